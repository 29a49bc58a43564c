package vn.tdkt.registry.unit;

import java.time.LocalDate;

/** A row of org_unit, with its successor's code when it was merged. */
public record Unit(long id, String code, String name, UnitType unitType, String email, LocalDate validFrom,
                   LocalDate validTo, EndReason endReason, String successorCode) {

    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    /** Active on at least one day of the year. */
    public boolean activeDuring(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31))
                && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }

    /**
     * Why a collective award cannot go to this unit on that day: it had stopped existing (merged or dissolved) before
     * it. Thông tư 15/2025/TT-BNV: no commendation for bodies dissolved by the restructuring. Empty when it may.
     */
    public java.util.Optional<String> endedRefusal(LocalDate day) {
        if (validTo == null || !validTo.isBefore(day)) {
            return java.util.Optional.empty();
        }
        String how = endReason == null ? "chấm dứt hoạt động" : endReason.label().toLowerCase(java.util.Locale.ROOT);
        return java.util.Optional.of("'" + name + "' đã " + how + " từ ngày "
                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(validTo.plusDays(1))
                + (successorCode == null ? "" : " (đơn vị tiếp nhận: " + successorCode + ")")
                + ": không khen thưởng tập thể đã chấm dứt hoạt động (Thông tư 15/2025/TT-BNV).");
    }
}

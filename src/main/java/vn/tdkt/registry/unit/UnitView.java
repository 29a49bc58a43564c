package vn.tdkt.registry.unit;

import java.time.LocalDate;

/** A unit as the API shows it: codes with their Vietnamese labels, and the successor of a merged unit. */
public record UnitView(String code, String name, String unitType, String unitTypeLabel, String email,
                       LocalDate validFrom, LocalDate validTo, String endReason, String endReasonLabel,
                       String successorCode, boolean activeToday) {

    public static UnitView of(Unit u, LocalDate today) {
        return new UnitView(u.code(), u.name(), u.unitType().name(), u.unitType().label(), u.email(),
                u.validFrom(), u.validTo(), u.endReason() == null ? null : u.endReason().name(),
                u.endReason() == null ? null : u.endReason().label(), u.successorCode(), u.activeOn(today));
    }
}

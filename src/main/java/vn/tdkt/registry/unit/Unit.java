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
}

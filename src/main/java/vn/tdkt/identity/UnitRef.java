package vn.tdkt.identity;

import java.time.LocalDate;

/** The essentials of a unit that workflow code needs: who it is and when it exists. */
public record UnitRef(long id, String code, String name, LocalDate validFrom, LocalDate validTo) {

    public boolean activeDuring(int year) {
        return !validFrom.isAfter(LocalDate.of(year, 12, 31))
                && (validTo == null || !validTo.isBefore(LocalDate.of(year, 1, 1)));
    }
}

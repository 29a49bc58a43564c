package vn.tdkt.registry.person;

import java.time.LocalDate;

/** A row of person, with the code and name of its unit. */
public record Person(long id, String code, String fullName, Gender gender, LocalDate birthDate, String jobTitle,
                     long unitId, String unitCode, String unitName, String email, boolean active,
                     OccupationCategory occupationCategory, boolean ethnicMinority) {
}

package vn.tdkt.registry.person;

import java.time.LocalDate;

/** A person (cán bộ) as the API shows it. */
public record PersonView(String code, String fullName, String gender, String genderLabel, LocalDate birthDate,
                         String jobTitle, String unitCode, String unitName, String email, boolean active,
                         String occupationCategory, String occupationCategoryLabel, boolean ethnicMinority) {

    public static PersonView of(Person p) {
        return new PersonView(p.code(), p.fullName(), p.gender() == null ? null : p.gender().name(),
                p.gender() == null ? null : p.gender().label(), p.birthDate(), p.jobTitle(), p.unitCode(),
                p.unitName(), p.email(), p.active(),
                p.occupationCategory() == null ? null : p.occupationCategory().name(),
                p.occupationCategory() == null ? null : p.occupationCategory().label(), p.ethnicMinority());
    }
}

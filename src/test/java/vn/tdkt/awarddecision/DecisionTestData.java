package vn.tdkt.awarddecision;

import vn.tdkt.registry.person.PersonRequests;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.registry.unit.UnitRequests;
import vn.tdkt.registry.unit.UnitService;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Persons and units of the decision tests, created with unique codes (the demo province and other tests share
 * the database), and requests for a decision of the chairman.
 */
final class DecisionTestData {

    static final String BK = "BK_TINH";

    private DecisionTestData() { }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new person of the unit (gender not recorded); returns the person's code. */
    static String person(PersonService persons, String unitCode, String fullName, String jobTitle) {
        return person(persons, unitCode, fullName, jobTitle, null);
    }

    /** A new person of the unit with the registry's gender (NAM, NU); returns the person's code. */
    static String person(PersonService persons, String unitCode, String fullName, String jobTitle, String gender) {
        String code = unique("D");
        persons.create(new PersonRequests.Create(code, fullName, gender, LocalDate.of(1985, 6, 15), jobTitle, unitCode,
                null));
        return code;
    }

    /** A new unit valid from 2020 to 2099 (so that demo invariants about open units keep holding). */
    static String unit(UnitService units, String name) {
        String code = unique("d");
        units.create(new UnitRequests.Create(code, name, "KHAC", null, LocalDate.of(2020, 1, 1),
                LocalDate.of(2099, 12, 31)));
        return code;
    }

    /** A chairman's Bằng khen for the year's work, signed by a deputy, submitted by the unit. */
    static DecisionRequest.Builder bangKhen(int year, String ownerUnitCode) {
        return DecisionRequest.builder()
                .year(year)
                .signedOn(LocalDate.of(year, 11, 25))
                .signer("chutich", "Nguyễn Văn Bình", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")
                .awardTypeCode(BK)
                .awardYear(year)
                .commendationKind("CONG_TRANG")
                .proposalReference("Tờ trình số 245/TTr-SNV ngày 20 tháng 11 năm " + year)
                .businessKey(unique("DNKT-" + year))
                .ownerUnitCode(ownerUnitCode);
    }
}

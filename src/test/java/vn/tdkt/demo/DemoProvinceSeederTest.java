package vn.tdkt.demo;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.DemoProvinceTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo province is large enough to work with, shaped like Tây Ninh, and seeding it twice adds nothing. */
@DemoProvinceTest
class DemoProvinceSeederTest {

    @Autowired JdbcClient jdbc;
    @Autowired DemoProvinceSeeder seeder;
    @Autowired IdentityService identityService;
    @Autowired RuntimeService runtimeService;
    @Autowired Clock clock;

    @Test
    void provinceHasBlocksUnitsPersonsAndHistory() {
        List<String> blocks = jdbc.sql("SELECT name FROM emulation_block").query(String.class).list();
        assertThat(blocks).contains("Khối Tham mưu - Tổng hợp", "Khối Kinh tế - Kỹ thuật", "Khối Văn hóa - Xã hội",
                "Khối Nội chính");
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE valid_to IS NULL")).isGreaterThanOrEqualTo(24);
        assertThat(count("SELECT COUNT(*) FROM org_unit WHERE end_reason = 'MERGED' AND successor_id IS NOT NULL"))
                .as("units merged in 2025").isPositive();
        assertThat(count("SELECT COUNT(*) FROM person")).isGreaterThanOrEqualTo(100);
        assertThat(count("SELECT COUNT(DISTINCT award_year) FROM award_record")).isGreaterThanOrEqualTo(5);

        int year = LocalDate.now(clock).getYear();
        // every block has a leader and a deputy this year, both members of the block
        assertThat(count("SELECT COUNT(*) FROM block_officer o WHERE o.emulation_year = " + year
                + " AND EXISTS (SELECT 1 FROM block_membership m WHERE m.block_id = o.block_id"
                + " AND m.unit_id = o.leader_unit_id AND m.emulation_year = o.emulation_year)"))
                .isEqualTo(count("SELECT COUNT(DISTINCT block_id) FROM block_membership WHERE emulation_year = " + year));
    }

    @Test
    void historyHoldsStreaksToExercise() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        // person 01 of Sở Tư pháp: CSTĐCS in the last three years; 02: the last two; 03: a broken streak
        assertThat(cstdcsYears("STP-01")).contains(lastYear - 2, lastYear - 1, lastYear);
        assertThat(cstdcsYears("STP-02")).contains(lastYear - 1, lastYear).doesNotContain(lastYear - 2);
        assertThat(cstdcsYears("STP-03")).contains(lastYear - 1, lastYear - 3).doesNotContain(lastYear - 2);
        // every CSTĐCS of the demo's people comes with the LĐTT of the same year (other tests add registries of their
        // own to the same database, shaped as they need)
        assertThat(count("SELECT COUNT(*) FROM award_record c JOIN person p ON p.id = c.person_id"
                + " JOIN org_unit u ON u.id = p.unit_id WHERE u.code IN (" + demoUnitCodes() + ")"
                + " AND c.award_type_code = 'CSTDCS' AND NOT EXISTS"
                + " (SELECT 1 FROM award_record l WHERE l.award_type_code = 'LDTT' AND l.person_id = c.person_id"
                + " AND l.award_year = c.award_year)")).isZero();
    }

    @Test
    void everyActiveUnitHasAnOfficerAndAHead() {
        String demoUnits = demoUnitCodes();
        assertThat(count("SELECT COUNT(*) FROM org_unit u WHERE u.valid_to IS NULL AND u.code IN (" + demoUnits
                + ") AND NOT EXISTS (SELECT 1 FROM user_profile p WHERE p.unit_id = u.id)")).isZero();
        // heads sign in their unit's group (unit-head.<unit>); the deputy head phothutruong.stp holds the role
        // without that group, and receives head tasks only as a named substitute (vn.tdkt.delegation)
        long signingHeads = identityService.createUserQuery().memberOfGroup("unit-head").list().stream()
                .filter(u -> identityService.createGroupQuery().groupMember(u.getId()).list().stream()
                        .anyMatch(g -> g.getId().startsWith("unit-head.") && DemoProvinceData.UNITS.stream()
                                .anyMatch(unit -> g.getId().equals("unit-head." + unit.code()))))
                .count();
        assertThat(signingHeads).isEqualTo(count("SELECT COUNT(*) FROM org_unit WHERE valid_to IS NULL AND code IN ("
                + demoUnits + ")"));
        assertThat(identityService.createUserQuery().userId("phothutruong.stp").memberOfGroup("unit-head").count())
                .isEqualTo(1);
    }

    @Test
    void seedingAgainChangesNothing() {
        long units = count("SELECT COUNT(*) FROM org_unit");
        long persons = count("SELECT COUNT(*) FROM person");
        long awards = count("SELECT COUNT(*) FROM award_record");
        long users = identityService.createUserQuery().count();
        long instances = runtimeService.createProcessInstanceQuery().count();
        seeder.run(null);
        assertThat(count("SELECT COUNT(*) FROM org_unit")).isEqualTo(units);
        assertThat(count("SELECT COUNT(*) FROM person")).isEqualTo(persons);
        assertThat(count("SELECT COUNT(*) FROM award_record")).isEqualTo(awards);
        assertThat(identityService.createUserQuery().count()).isEqualTo(users);
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    private List<Integer> cstdcsYears(String personCode) {
        return jdbc.sql("SELECT r.award_year FROM award_record r JOIN person p ON p.id = r.person_id"
                + " WHERE p.code = ? AND r.award_type_code = 'CSTDCS'").param(personCode).query(Integer.class).list();
    }

    /** The demo province's unit codes as an SQL list: tests of other classes add units of their own. */
    private static String demoUnitCodes() {
        return DemoProvinceData.UNITS.stream().map(u -> "'" + u.code() + "'").collect(Collectors.joining(", "));
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}

package vn.tdkt.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.DemoProvinceTest;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo's proposals stand at the steps a visitor should find, and the facts agree with the award history. */
@DemoProvinceTest
class DemoProposalSeederTest {

    @Autowired JdbcClient jdbc;

    private List<String> statusesOf(String unit) {
        return jdbc.sql("SELECT p.status FROM commendation_proposal p JOIN org_unit u ON u.id = p.unit_id"
                + " WHERE u.code = ? AND p.created_by = ?").params(unit, "canbo." + unit).query(String.class).list();
    }

    @Test
    void proposalsStandAtEveryKindOfStep() {
        assertThat(statusesOf("stp")).contains("WAITING_INTAKE");
        assertThat(statusesOf("syt")).contains("RETURNED");
        assertThat(statusesOf("sgddt")).contains("ACCEPTED");
        assertThat(statusesOf("sct")).contains("WAITING_DECISION");
        assertThat(statusesOf("sxd")).contains("AWARDED");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision d JOIN org_unit u ON u.code = d.owner_unit_code"
                + " WHERE u.code = 'sxd'").query(Integer.class).single()).isPositive();
    }

    @Test
    void oneProposalWaitsForTheCouncilOnTheDemoCouncilOfFifteen() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation_proposal p JOIN org_unit u ON u.id = p.unit_id"
                + " WHERE u.code = 'stc' AND p.award_type_code = 'CSTD_TINH'").query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM council_member WHERE term_code = '2021-2026'")
                .query(Integer.class).single()).isEqualTo(15);
    }

    @Test
    void theNoiChinhBlockWaitsForItsLeaderToOpenTheVote() {
        int year = java.time.LocalDate.now().getYear();
        assertThat(jdbc.sql("SELECT c.stage FROM block_cycle c JOIN emulation_block b ON b.id = c.block_id"
                + " WHERE b.code = 'NC' AND c.emulation_year = ?").param(year).query(String.class).single()).isEqualTo("RANKED");
    }

    @Test
    void ratingsAndInitiativesFollowTheAwards() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM award_record r JOIN annual_assessment a ON a.person_id = r.person_id"
                + " AND a.assessment_year = r.award_year WHERE r.award_type_code = 'CSTDCS' AND a.task_rating <> 'XUAT_SAC'")
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative").query(Integer.class).single()).isPositive();
        // the register continues after the provincial decision numbers of the history
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision d JOIN award_record r ON r.decision_number = d.decision_number"
                + " AND EXTRACT(YEAR FROM r.decision_date) = d.issuing_year WHERE r.id NOT IN"
                + " (SELECT a.award_record_id FROM decision_awardee a WHERE a.decision_id = d.id"
                + " AND a.award_record_id IS NOT NULL)").query(Integer.class).single()).isZero();
    }
}

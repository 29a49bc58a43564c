package vn.tdkt.proposal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lookups a proposal makes can use V30's indexes ({@link ProposalLookupIndexesMigration}): with sequential scans
 * switched off for the check, the planner must find an index for each predicate as the repositories write it (an
 * index on another expression would leave it with nothing but the scan). On H2 only the plain index exists.
 */
@IntegrationTest
class ProposalLookupIndexesTest {

    @Autowired DataSource dataSource;
    @Autowired TransactionTemplate transactions;

    /** Each lookup's predicate as its repository writes it, with the index it must be able to use. */
    static final Map<String, String> LOOKUPS = Map.of(
            "SELECT p.id FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE UPPER(p.code) = UPPER('stp-1')"
                    + " AND p.active", "ix_person_code_upper",
            "SELECT p.business_key FROM commendation_proposal p JOIN proposal_nominee n ON n.business_key ="
                    + " p.business_key WHERE UPPER(n.nominee_code) = UPPER('stp-1') AND p.award_type_code = 'BK_TINH'"
                    + " AND p.period_year = 2025 AND p.closed_at IS NULL", "ix_nominee_code_upper",
            "SELECT business_key, agency_submission_date FROM commendation_proposal WHERE"
                    + " UPPER(agency_submission_number) = UPPER('12/ttr-snv') AND agency_submission_date >= DATE"
                    + " '2026-01-01' AND agency_submission_date <= DATE '2026-12-31' AND business_key <> 'x'"
                    + " ORDER BY business_key", "ix_proposal_agency_number_upper",
            "SELECT r.id FROM award_record r WHERE r.achievement_ref = 'DNKT-2026-00012'",
            "ix_award_record_achievement");

    @Test
    void everyLookupCanUseItsIndex() throws Exception {
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        if (!postgres) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM INFORMATION_SCHEMA.INDEXES WHERE"
                    + " LOWER(INDEX_NAME) = 'ix_award_record_achievement'", Integer.class)).isEqualTo(1);
            return;
        }
        transactions.executeWithoutResult(status -> {
            jdbc.execute("SET LOCAL enable_seqscan = off");
            LOOKUPS.forEach((sql, index) -> {
                List<String> plan = jdbc.queryForList("EXPLAIN " + sql, String.class);
                assertThat(String.join("\n", plan)).as(sql).contains(index);
            });
            status.setRollbackOnly();
        });
    }
}

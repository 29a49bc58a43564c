package vn.tdkt.workflow;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rows to records by column name, as Spring's record mapping does, with the columns found once per query. */
class RecordRowsTest {

    record Proposal(String businessKey, long unitId, Long councilVotes, LocalDate submissionDate, Instant createdAt,
                    boolean signed, int periodYear) { }

    SingleConnectionDataSource dataSource;
    JdbcClient jdbc;

    @BeforeEach
    void table() {
        dataSource = new SingleConnectionDataSource("jdbc:h2:mem:record-rows;DB_CLOSE_DELAY=-1", true);
        jdbc = JdbcClient.create(dataSource);
        jdbc.sql("""
                CREATE TABLE p (business_key VARCHAR(40), unit_id BIGINT, council_votes BIGINT, submission_date DATE,
                created_at TIMESTAMP, signed BOOLEAN, period_year INT)""").update();
        jdbc.sql("INSERT INTO p VALUES ('DNKT-2026-00001', 7, 12, DATE '2026-11-30', TIMESTAMP '2026-12-01 08:30:00',"
                + " TRUE, 2025)").update();
        jdbc.sql("INSERT INTO p VALUES ('DNKT-2026-00002', 8, NULL, NULL, NULL, FALSE, 2025)").update();
    }

    @AfterEach
    void drop() {
        jdbc.sql("DROP TABLE p").update();
        dataSource.destroy();
    }

    @Test
    void everyColumnReachesItsComponentWhateverItsCaseAndUnderscores() {
        List<Proposal> rows = jdbc.sql("SELECT * FROM p ORDER BY business_key").query(RecordRows.of(Proposal.class))
                .list();
        assertThat(rows).hasSize(2);
        Proposal first = rows.get(0);
        assertThat(first.businessKey()).isEqualTo("DNKT-2026-00001");
        assertThat(first.unitId()).isEqualTo(7);
        assertThat(first.councilVotes()).isEqualTo(12L);
        assertThat(first.submissionDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(first.createdAt()).isNotNull();
        assertThat(first.signed()).isTrue();
        assertThat(first.periodYear()).isEqualTo(2025);
        Proposal second = rows.get(1);
        assertThat(second.councilVotes()).isNull();
        assertThat(second.submissionDate()).isNull();
        assertThat(second.signed()).isFalse();
    }

    @Test
    void theSameAsSpringsOwnMapping() {
        String sql = "SELECT * FROM p ORDER BY business_key";
        assertThat(jdbc.sql(sql).query(RecordRows.of(Proposal.class)).list())
                .isEqualTo(jdbc.sql(sql).query(Proposal.class).list());
    }

    @Test
    void anAliasNamesTheComponentAndAMissingColumnIsNamed() {
        record Short(String key, int year) { }
        assertThat(jdbc.sql("SELECT business_key AS \"key\", period_year AS \"year\" FROM p ORDER BY 1")
                .query(RecordRows.of(Short.class)).list()).extracting(Short::key)
                .containsExactly("DNKT-2026-00001", "DNKT-2026-00002");
        assertThatThrownBy(() -> jdbc.sql("SELECT business_key FROM p").query(RecordRows.of(Proposal.class)).list())
                .hasMessageContaining("Proposal.unitId");
    }
}

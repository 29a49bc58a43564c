package vn.tdkt.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway's migrations ran on the database of this run: H2 by default, PostgreSQL with -Ppostgres. */
@IntegrationTest
class DatabaseMigrationTest {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Environment environment;

    @Test
    void runsOnTheDatabaseOfTheProfile() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            boolean postgres = Arrays.asList(environment.getActiveProfiles()).contains("postgres");
            assertThat(product).isEqualTo(postgres ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void everyMigrationSucceeded() {
        List<String> versions = jdbc.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE"
                + " AND \"version\" IS NOT NULL ORDER BY \"installed_rank\"").query(String.class).list();
        assertThat(versions).contains("1", "2");
        long failed = jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = FALSE")
                .query(Long.class).single();
        assertThat(failed).isZero();
    }

    @Test
    void catalogueAndConstraintsArePresent() {
        assertThat(jdbc.sql("SELECT name FROM award_type WHERE code = 'CSTD_TINH'").query(String.class).single())
                .isEqualTo("Chiến sĩ thi đua cấp tỉnh");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM award_type WHERE legal_basis IS NULL OR legal_basis = ''")
                .query(Long.class).single()).isZero();
        // Camunda's own tables live beside the project's in the same database
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RE_PROCDEF").query(Long.class).single()).isPositive();
    }
}

package vn.tdkt.config;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * {@link PostgresPlannerSettings}: the planner's random page cost goes into the start-up options of PostgreSQL
 * connections only, next to options already set; empty leaves the server's; anything but a positive number is
 * refused at start. That the setting reaches the server: {@link PostgresPlannerSettingsIntegrationTest}.
 */
class PostgresPlannerSettingsTest {

    @Test
    void aPostgresPoolGetsTheSettingInItsStartUpOptions() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/tdkt");
        new PostgresPlannerSettings("1.1").postProcessBeforeInitialization(pool, "dataSource");
        assertThat(pool.getDataSourceProperties().getProperty("options")).isEqualTo("-c random_page_cost=1.1");
    }

    @Test
    void optionsAlreadyGivenAreKept() {
        HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:5432/tdkt");
        pool.addDataSourceProperty("options", "-c statement_timeout=60000");
        new PostgresPlannerSettings("1.5").apply(pool);
        assertThat(pool.getDataSourceProperties().getProperty("options"))
                .isEqualTo("-c statement_timeout=60000 -c random_page_cost=1.5");
    }

    @Test
    void anotherDatabaseOrAnEmptyValueChangesNothing() {
        HikariDataSource h2 = pool("jdbc:h2:mem:x");
        new PostgresPlannerSettings("1.1").apply(h2);
        assertThat(h2.getDataSourceProperties()).doesNotContainKey("options");

        HikariDataSource postgres = pool("jdbc:postgresql://127.0.0.1:5432/tdkt");
        new PostgresPlannerSettings(" ").apply(postgres);
        assertThat(postgres.getDataSourceProperties()).doesNotContainKey("options");
    }

    @Test
    void anythingButAPositiveNumberIsRefusedAtStart() {
        for (String bad : new String[] {"0", "-1", "abc", "1.1 -c work_mem=1GB"}) {
            assertThatThrownBy(() -> new PostgresPlannerSettings(bad))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TDKT_DB_RANDOM_PAGE_COST").hasMessageContaining(bad);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}

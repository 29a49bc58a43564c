package vn.tdkt.config;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.sql.Connection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application's own connections run with the planner's random page cost of {@link PostgresPlannerSettings} on
 * PostgreSQL; on H2 the pool starts without any such option.
 */
@IntegrationTest
class PostgresPlannerSettingsIntegrationTest {

    @Autowired DataSource dataSource;

    @Test
    void theApplicationsConnectionsPlanWithTheConfiguredPageCost() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                assertThat(dataSource.unwrap(HikariDataSource.class).getDataSourceProperties())
                        .doesNotContainKey("options");
                return;
            }
        }
        assertThat(new JdbcTemplate(dataSource).queryForObject("SHOW random_page_cost", String.class))
                .isEqualTo(PostgresPlannerSettings.DEFAULT);
    }
}

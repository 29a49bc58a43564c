package vn.tdkt.config;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;

/**
 * PostgreSQL's planner prices reading a page at random at four sequential reads ({@code random_page_cost = 4}), the
 * cost of a spinning disk. This application's tables are read by index lookups and live in memory or on SSD, where
 * 1.1 is the usual setting. With 4, the reviewers' task list read every open task of the province by a sequential
 * scan instead of its candidate group's tasks by their primary key (docs/performance-rest.md, 7: the list alone
 * 4.3 → 3.0 ms; the stress test's PostgreSQL CPU per request 3.6–3.9 → 3.0–3.4 ms; the year of 5,000 proposals
 * 330 → 321 s).
 *
 * <p>Set on this application's connections only, by pgjdbc's start-up {@code options} (no statement, no server
 * change); the server's other users keep theirs. {@code tdkt.db.random-page-cost} ({@code TDKT_DB_RANDOM_PAGE_COST})
 * changes the value, empty leaves the server's. An {@code options} parameter in {@code TDKT_DB_URL} takes precedence
 * over this one (pgjdbc reads the URL last).
 */
@Component
class PostgresPlannerSettings implements BeanPostProcessor {

    static final String PROPERTY = "tdkt.db.random-page-cost";
    static final String DEFAULT = "1.1";

    private final String randomPageCost;

    @Autowired
    PostgresPlannerSettings(Environment environment) {
        this(environment.getProperty(PROPERTY, DEFAULT));
    }

    PostgresPlannerSettings(String randomPageCost) {
        this.randomPageCost = randomPageCost == null ? "" : randomPageCost.trim();
        if (!this.randomPageCost.isEmpty()) {
            validate(this.randomPageCost);
        }
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool) {
            apply(pool);
        }
        return bean;
    }

    void apply(HikariDataSource pool) {
        String url = pool.getJdbcUrl();
        if (randomPageCost.isEmpty() || url == null || !url.startsWith("jdbc:postgresql:")) {
            return;
        }
        String setting = "-c random_page_cost=" + randomPageCost;
        String options = pool.getDataSourceProperties().getProperty("options");
        pool.addDataSourceProperty("options", options == null || options.isBlank() ? setting : options + " " + setting);
    }

    /** A positive number, nothing else: the value goes into the connection's start-up options. */
    private static void validate(String value) {
        try {
            if (new BigDecimal(value).signum() > 0) {
                return;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw new IllegalStateException(PROPERTY + " (TDKT_DB_RANDOM_PAGE_COST) must be a positive number such as "
                + DEFAULT + ", or empty to keep the server's setting; it is '" + value + "'");
    }
}

package vn.tdkt.engine;

import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the project's Flyway migrations under the start-up lock ({@link ClusterStartupLock}). Flyway locks its own
 * migrations on PostgreSQL, but not the creation of its history table on an empty database: with
 * {@code baseline-on-migrate}, a node that finds the table another node has just created, still empty, refuses to
 * start ("Unable to baseline schema history table … as it already exists, and is empty"). Taking the lock here,
 * before Flyway, makes the first node create and fill it alone; the lock is then kept through the engine's start.
 */
@Configuration(proxyBeanMethods = false)
public class ClusterStartupMigrations {

    @Bean
    FlywayMigrationStrategy migrateUnderStartupLock(ClusterStartupLock startupLock) {
        return flyway -> {
            startupLock.acquire();
            flyway.migrate();
        };
    }
}

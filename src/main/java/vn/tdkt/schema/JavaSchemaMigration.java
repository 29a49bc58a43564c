package vn.tdkt.schema;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A schema migration written in Java, for a change that PostgreSQL and H2 need in different SQL; numbered among the
 * SQL migrations of {@code db/migration}. Spring Boot hands every {@link JavaMigration} bean to Flyway, so a subclass
 * is a {@code @Component}.
 */
public abstract class JavaSchemaMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    protected JavaSchemaMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public final MigrationVersion getVersion() {
        return version;
    }

    @Override
    public final String getDescription() {
        return description;
    }

    @Override
    public final Integer getChecksum() {
        return null;
    }

    @Override
    public final boolean canExecuteInTransaction() {
        return true;
    }

    protected static boolean isPostgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }
}

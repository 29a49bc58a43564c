package vn.tdkt.audit;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * V29: {@code audit_event.hash} holds a record's SHA-256 as its 32 bytes instead of 64 hex characters, 32 bytes less
 * per record (issue 17: about 5 KB of a proposal's 173 records). The hash itself is unchanged, so every record still
 * checks; readers show it as hex digits as before ({@link ChainHasher#read}). The head row keeps its hex digits.
 * PostgreSQL converts in one statement; other databases (H2) copy row by row, since H2 has no hex-to-binary function.
 * A Java migration because the two need different SQL; Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
public class AuditHashAsBytesMigration implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("29");
    }

    @Override
    public String getDescription() {
        return "audit hash as bytes";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        convert(context.getConnection());
    }

    static void convert(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                statement.execute("ALTER TABLE audit_event ALTER COLUMN hash TYPE BYTEA USING decode(hash, 'hex')");
                return;
            }
            statement.execute("ALTER TABLE audit_event ADD COLUMN hash_bytes VARBINARY(32)");
            try (PreparedStatement read = connection.prepareStatement("SELECT seq, hash FROM audit_event");
                 PreparedStatement write = connection.prepareStatement(
                         "UPDATE audit_event SET hash_bytes = ? WHERE seq = ?");
                 ResultSet rs = read.executeQuery()) {
                int batched = 0;
                while (rs.next()) {
                    write.setBytes(1, ChainHasher.stored(rs.getString(2).strip()));
                    write.setLong(2, rs.getLong(1));
                    write.addBatch();
                    if (++batched % BATCH == 0) {
                        write.executeBatch();
                    }
                }
                write.executeBatch();
            }
            statement.execute("ALTER TABLE audit_event DROP COLUMN hash");
            statement.execute("ALTER TABLE audit_event RENAME COLUMN hash_bytes TO hash");
            statement.execute("ALTER TABLE audit_event ALTER COLUMN hash SET NOT NULL");
        }
    }
}

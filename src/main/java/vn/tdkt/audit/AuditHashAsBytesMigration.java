package vn.tdkt.audit;

import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import vn.tdkt.schema.JavaSchemaMigration;

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
 */
@Component
public class AuditHashAsBytesMigration extends JavaSchemaMigration {

    private static final int BATCH = 1000;

    public AuditHashAsBytesMigration() {
        super("29", "audit hash as bytes");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        convert(context.getConnection());
    }

    static void convert(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            if (isPostgres(connection)) {
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

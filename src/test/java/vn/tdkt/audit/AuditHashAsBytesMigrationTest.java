package vn.tdkt.audit;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Records sealed while the hash was stored as hex digits keep their hash, and the chain still checks, after V29. */
class AuditHashAsBytesMigrationTest {

    @Test
    void aChainSealedAsHexDigitsChecksAsBytes() throws Exception {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:v29-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (String migration : List.of("V13__audit_chain.sql", "V25__audit_pending.sql")) {
            String ddl = Files.readString(Path.of("src/main/resources/db/migration/" + migration), StandardCharsets.UTF_8);
            for (String statement : ddl.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        }
        // three records as the sealer wrote them before V29: the hash as 64 hex digits
        String previous = ChainHasher.GENESIS;
        for (int seq = 1; seq <= 3; seq++) {
            ChainLink link = new ChainLink(seq, 1_796_000_000_000L + seq, 1_796_000_000_100L, "STAGE_OUTCOME", "pi-1",
                    null, "DNKT-2026-00001", "tiepnhan", "Tiếp nhận hồ sơ", "{\"outcome\":\"ACCEPT\",\"lượt\":" + seq + "}",
                    previous, null);
            String hash = ChainHasher.hash(link);
            jdbc.update("INSERT INTO audit_event (seq, occurred_at, recorded_at, kind, process_instance_id,"
                            + " business_key, actor, subject, payload, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    seq, link.occurredAtMillis(), link.recordedAtMillis(), link.kind(), link.processInstanceId(),
                    link.businessKey(), link.actor(), link.subject(), link.payload(), hash);
            previous = hash;
        }
        jdbc.update("UPDATE audit_chain_head SET last_seq = 3, last_hash = ? WHERE id = 1", previous);
        try (Connection connection = dataSource.getConnection()) {
            assertThat(ChainVerifier.verify(connection).intact()).as("before").isTrue();
        }

        try (Connection connection = dataSource.getConnection()) {
            AuditHashAsBytesMigration.convert(connection);
        }

        byte[] stored = jdbc.queryForObject("SELECT hash FROM audit_event WHERE seq = 3", byte[].class);
        assertThat(stored).hasSize(32);
        assertThat(ChainHasher.read(stored)).isEqualTo(previous);
        try (Connection connection = dataSource.getConnection()) {
            ChainVerification after = ChainVerifier.verify(connection);
            assertThat(after.intact()).as("after").isTrue();
            assertThat(after.lastHash()).isEqualTo(previous);
        }
    }
}

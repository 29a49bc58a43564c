package vn.tdkt.audit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The chain on its own database (the V13 migration): sealing, and each way of breaking it named at its record. */
class ChainVerifierTest {

    JdbcTemplate jdbc;
    DriverManagerDataSource dataSource;
    ChainWriter writer;

    @BeforeEach
    void freshChain() throws Exception {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:chain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        String ddl = Files.readString(Path.of("src/main/resources/db/migration/V13__audit_chain.sql"), StandardCharsets.UTF_8);
        for (String statement : ddl.replaceAll("(?m)--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                jdbc.execute(statement);
            }
        }
        writer = new ChainWriter(jdbc, Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            records.add(AuditRecord.domain(AuditKind.STAGE_OUTCOME, Instant.parse("2026-11-29T01:00:00Z").plusSeconds(i),
                    "DNKT-2026-0000" + (i % 3), null, "canbo.stp", "Bước " + i, Map.of("note", "Ghi chú có dấu " + i)));
        }
        writer.append(records.subList(0, 4));
        writer.append(records.subList(4, 10));
    }

    private ChainVerification verify() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return ChainVerifier.verify(c);
        }
    }

    @Test
    void anUntouchedChainIsIntactAndEachRecordCarriesThePreviousHash() throws Exception {
        ChainVerification result = verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(10);
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT seq, prev_hash, hash FROM audit_event ORDER BY seq");
        assertThat(rows.get(0).get("prev_hash")).isEqualTo(ChainHasher.GENESIS);
        for (int i = 1; i < rows.size(); i++) {
            assertThat(rows.get(i).get("prev_hash")).isEqualTo(rows.get(i - 1).get("hash"));
        }
        assertThat(result.lastHash()).isEqualTo(rows.get(9).get("hash"));
    }

    @Test
    void anAlteredFieldIsNamedAtItsRecord() throws Exception {
        jdbc.update("UPDATE audit_event SET actor = 'nguoi-khac' WHERE seq = 6");
        ChainVerification result = verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.brokenSeq()).isEqualTo(6);
        assertThat(result.problemCode()).isEqualTo("ALTERED");
        assertThat(result.problem()).contains("bản ghi số 6");
    }

    @Test
    void aRecordRewrittenWithAFreshHashBreaksTheNextLink() throws Exception {
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE seq = 3");
        ChainLink forged = new ChainLink(3, ((Number) row.get("occurred_at")).longValue(),
                ((Number) row.get("recorded_at")).longValue(), (String) row.get("kind"), null, null,
                (String) row.get("business_key"), "ke-gian", (String) row.get("subject"), (String) row.get("payload"),
                (String) row.get("prev_hash"), null);
        jdbc.update("UPDATE audit_event SET actor = 'ke-gian', hash = ? WHERE seq = 3", ChainHasher.hash(forged));
        ChainVerification result = verify();
        assertThat(result.brokenSeq()).isEqualTo(4);
        assertThat(result.problemCode()).isEqualTo("PREV_HASH_MISMATCH");
    }

    @Test
    void aDeletedRecordAndADeletedTailAreNamed() throws Exception {
        jdbc.update("DELETE FROM audit_event WHERE seq = 10");
        assertThat(verify()).satisfies(r -> {
            assertThat(r.problemCode()).isEqualTo("HEAD_MISMATCH");
            assertThat(r.brokenSeq()).isEqualTo(10);
        });
        jdbc.update("DELETE FROM audit_event WHERE seq = 5");
        assertThat(verify()).satisfies(r -> {
            assertThat(r.problemCode()).isEqualTo("MISSING");
            assertThat(r.brokenSeq()).isEqualTo(5);
        });
    }

    @Test
    void theHashCoversFieldBoundariesAndTellsNullFromEmpty() {
        ChainLink a = new ChainLink(1, 1, 1, "K", null, null, "ab", "c", null, "{}", ChainHasher.GENESIS, null);
        ChainLink b = new ChainLink(1, 1, 1, "K", null, null, "a", "bc", null, "{}", ChainHasher.GENESIS, null);
        ChainLink c = new ChainLink(1, 1, 1, "K", "", null, "ab", "c", null, "{}", ChainHasher.GENESIS, null);
        assertThat(ChainHasher.hash(a)).isNotEqualTo(ChainHasher.hash(b)).isNotEqualTo(ChainHasher.hash(c));
        assertThat(ChainHasher.hash(a)).hasSize(64).isEqualTo(ChainHasher.hash(a));
    }

    @Test
    void theCommandLineNamesTheBrokenRecordAndExitsWithOne() throws Exception {
        String url = dataSource.getUrl();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int ok = VerifyAuditChainCommand.run(new String[]{"--url=" + url, "--user=sa", "--password="},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(ok).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("toàn vẹn: 10 bản ghi");
        jdbc.update("UPDATE audit_event SET payload = '{\"note\":\"sửa\"}' WHERE seq = 7");
        out.reset();
        int broken = VerifyAuditChainCommand.run(new String[]{"--url=" + url, "--user=sa", "--password="},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(broken).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("bản ghi số 7");
        assertThat(VerifyAuditChainCommand.run(new String[]{"--url=jdbc:h2:mem:khong-co;IFEXISTS=TRUE"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isEqualTo(2);
    }
}

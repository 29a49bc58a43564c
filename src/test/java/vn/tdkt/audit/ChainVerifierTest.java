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
    AuditSealing sealing;

    @BeforeEach
    void freshChain() throws Exception {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:chain-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = new JdbcTemplate(dataSource);
        for (String migration : List.of("V13__audit_chain.sql", "V25__audit_pending.sql")) {
            String ddl = Files.readString(Path.of("src/main/resources/db/migration/" + migration), StandardCharsets.UTF_8);
            for (String statement : ddl.replaceAll("(?m)--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    jdbc.execute(statement);
                }
            }
        }
        try (java.sql.Connection connection = dataSource.getConnection()) {
            AuditHashAsBytesMigration.convert(connection);
        }
        writer = new ChainWriter(jdbc, Clock.fixed(Instant.parse("2026-11-29T02:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        sealing = new AuditSealing(dataSource);
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            records.add(AuditRecord.domain(AuditKind.STAGE_OUTCOME, Instant.parse("2026-11-29T01:00:00Z").plusSeconds(i),
                    "DNKT-2026-0000" + (i % 3), null, "canbo.stp", "Bước " + i, Map.of("note", "Ghi chú có dấu " + i)));
        }
        writer.stage(records.subList(0, 4));
        writer.stage(records.subList(4, 10));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class)).as("unsealed").isZero();
        assertThat(sealing.sealWaiting()).isEqualTo(10);
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
        // each hash covers the previous record's hash (held by that record, not stored twice)
        List<Map<String, Object>> rows = jdbc.queryForList("SELECT * FROM audit_event ORDER BY seq");
        String previous = ChainHasher.GENESIS;
        for (Map<String, Object> row : rows) {
            String stored = ChainHasher.read(row.get("hash"));
            assertThat(ChainHasher.hash(link(row, previous, null))).isEqualTo(stored);
            assertThat(ChainHasher.hash(link(row, "1".repeat(64), null))).isNotEqualTo(stored);
            assertThat((byte[]) row.get("hash")).as("stored as its 32 bytes").hasSize(32);
            previous = stored;
        }
        assertThat(result.lastHash()).isEqualTo(ChainHasher.read(rows.get(9).get("hash")));
        assertThat(rows.get(0)).doesNotContainKey("PREV_HASH").doesNotContainKey("prev_hash");
    }

    private static ChainLink link(Map<String, Object> row, String previous, String actor) {
        return new ChainLink(((Number) row.get("seq")).longValue(), ((Number) row.get("occurred_at")).longValue(),
                ((Number) row.get("recorded_at")).longValue(), (String) row.get("kind"),
                (String) row.get("process_instance_id"), (String) row.get("root_process_instance_id"),
                (String) row.get("business_key"), actor == null ? (String) row.get("actor") : actor,
                (String) row.get("subject"), (String) row.get("payload"), previous, null);
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
        String previous = ChainHasher.read(jdbc.queryForObject("SELECT hash FROM audit_event WHERE seq = 2",
                byte[].class));
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_event WHERE seq = 3");
        jdbc.update("UPDATE audit_event SET actor = 'ke-gian', hash = ? WHERE seq = 3",
                ChainHasher.stored(ChainHasher.hash(link(row, previous, "ke-gian"))));
        ChainVerification result = verify();
        assertThat(result.brokenSeq()).isEqualTo(4);
        assertThat(result.problemCode()).isEqualTo("ALTERED");
        assertThat(result.problem()).contains("bản ghi số 4").contains("bản ghi số 3");
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

    private static AuditRecord record(int i, String actor) {
        return AuditRecord.domain(AuditKind.STAGE_OUTCOME, Instant.parse("2026-11-30T01:00:00Z").plusSeconds(i),
                "DNKT-2026-0100" + (i % 3), null, actor, "Bước " + i, Map.of("note", "Tiếp " + i));
    }

    @Test
    void waitingRecordsAreSealedInOrderOfWritingWithEachTransactionsRecordsTogether() throws Exception {
        writer.stage(List.of(record(1, "a"), record(2, "a")));
        writer.stage(List.of(record(3, "b")));
        writer.stage(List.of(record(4, "c"), record(5, "c"), record(6, "c")));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_pending", Long.class)).isEqualTo(3);
        assertThat(verify().checked()).as("the chain holds only what is sealed").isEqualTo(10);

        assertThat(sealing.sealWaiting()).isEqualTo(6);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_pending", Long.class)).isZero();
        assertThat(jdbc.queryForList("SELECT actor FROM audit_event WHERE seq > 10 ORDER BY seq", String.class))
                .containsExactly("a", "a", "b", "c", "c", "c");
        assertThat(jdbc.queryForList("SELECT subject FROM audit_event WHERE seq > 10 ORDER BY seq", String.class))
                .containsExactly("Bước 1", "Bước 2", "Bước 3", "Bước 4", "Bước 5", "Bước 6");
        ChainVerification result = verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(16);
        assertThat(sealing.sealWaiting()).as("nothing left").isZero();
    }

    @Test
    void aRolledBackTransactionLeavesNothingToSeal() throws Exception {
        org.springframework.transaction.support.TransactionTemplate tx = new org.springframework.transaction.support
                .TransactionTemplate(new org.springframework.jdbc.datasource.DataSourceTransactionManager(dataSource));
        tx.executeWithoutResult(status -> {
            writer.stage(List.of(record(1, "x")));
            status.setRollbackOnly();
        });
        assertThat(sealing.sealWaiting()).isZero();
        assertThat(verify().checked()).isEqualTo(10);
    }

    @Test
    void sealersRacingOnSeparateConnectionsBuildOneIntactChain() throws Exception {
        int writers = 6;
        int rounds = 25;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(writers);
        try {
            List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "w" + w;
                futures.add(pool.submit(() -> {
                    for (int r = 0; r < rounds; r++) {
                        writer.stage(List.of(record(r, actor), record(r, actor)));
                        sealing.sealWaiting();
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : futures) {
                f.get(120, java.util.concurrent.TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        sealing.sealWaiting();
        ChainVerification result = verify();
        assertThat(result.intact()).as(result.describe()).isTrue();
        assertThat(result.checked()).isEqualTo(10 + writers * rounds * 2L);
        // a transaction's two records are neighbours in the chain
        List<String> actors = jdbc.queryForList("SELECT actor FROM audit_event WHERE seq > 10 ORDER BY seq", String.class);
        for (int i = 0; i < actors.size(); i += 2) {
            assertThat(actors.get(i)).isEqualTo(actors.get(i + 1));
        }
    }

    @Test
    void theCommandLineSealsWhatWaitsBeforeItChecks() throws Exception {
        writer.stage(List.of(record(1, "a"), record(2, "b")));
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int ok = VerifyAuditChainCommand.run(new String[]{"--url=" + dataSource.getUrl(), "--user=sa", "--password="},
                new java.io.PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(ok).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("toàn vẹn: 12 bản ghi");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_pending", Long.class)).isZero();
    }
}

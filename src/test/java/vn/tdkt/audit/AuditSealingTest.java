package vn.tdkt.audit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.support.IntegrationTest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chain without a lock in the writers (issue 17), on the application's database (H2, or PostgreSQL with
 * -Ppostgres): a committed step's records are sealed by the node's sealer without anyone reading, a rolled-back one
 * leaves nothing, a writer commits and returns while a sealer holds the chain's head, concurrent writers make one
 * intact chain with each transaction's records together, and a reader seals what was left waiting before it reads.
 */
@IntegrationTest
class AuditSealingTest {

    @Autowired AuditTrail trail;
    @Autowired AuditLedger ledger;
    @Autowired ChainWriter writer;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    private TransactionTemplate tx() {
        TransactionTemplate t = new TransactionTemplate(transactions);
        t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return t;
    }

    private static AuditRecord record(String key, int i, String actor) {
        return AuditRecord.domain(AuditKind.STAGE_OUTCOME, Instant.now(), key, null, actor, "Bước " + i,
                Map.of("note", "Ghi chú " + i));
    }

    private long count(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE business_key = ?").param(key).query(Long.class).single();
    }

    private long waiting() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_pending").query(Long.class).single();
    }

    /** Waits for the node's sealer (no reader seals meanwhile): true once the key has that many sealed records. */
    private boolean sealedByTheSealer(String key, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (count(key) < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(5);
        }
        return count(key) == expected;
    }

    @Test
    void aCommittedStepIsSealedByTheNodesSealerARolledBackOneLeavesNothing() throws Exception {
        String key = "SEAL-" + UUID.randomUUID();
        tx().executeWithoutResult(s -> {
            trail.record(record(key, 1, "canbo.a"));
            trail.record(record(key, 2, "canbo.a"));
        });
        assertThat(sealedByTheSealer(key, 2)).as("sealed after the commit, nobody reading").isTrue();
        List<ChainLink> links = ledger.recordsOf(key, null);
        assertThat(links).extracting(ChainLink::subject).containsExactly("Bước 1", "Bước 2");
        assertThat(links.get(1).seq()).isEqualTo(links.get(0).seq() + 1);
        assertThat(links.get(1).prevHash()).isEqualTo(links.get(0).hash());

        String rolledBack = "SEAL-" + UUID.randomUUID();
        tx().executeWithoutResult(s -> {
            trail.record(record(rolledBack, 1, "canbo.a"));
            s.setRollbackOnly();
        });
        assertThat(ledger.sealWaiting()).isZero();
        assertThat(count(rolledBack)).isZero();
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void aWriterCommitsWhileASealerHoldsTheHeadAndItsRecordsAreSealedOnceTheLockIsFree() throws Exception {
        String key = "SEAL-" + UUID.randomUUID();
        CountDownLatch headLocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch committed = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> sealer = pool.submit(() -> tx().executeWithoutResult(s -> {
                jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1 FOR UPDATE").query(Long.class).single();
                headLocked.countDown();
                await(release);
            }));
            assertThat(headLocked.await(30, TimeUnit.SECONDS)).isTrue();
            Future<?> step = pool.submit(() -> tx().executeWithoutResult(s -> {
                trail.record(record(key, 1, "canbo.b"));
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public int getOrder() {
                        return Ordered.HIGHEST_PRECEDENCE;
                    }

                    @Override
                    public void afterCommit() {
                        committed.countDown();
                    }
                });
            }));
            // the step's transaction commits although the head is locked: writers no longer take that lock,
            // and the step returns without waiting for its records to be sealed
            assertThat(committed.await(30, TimeUnit.SECONDS)).as("the writer committed").isTrue();
            step.get(30, TimeUnit.SECONDS);
            assertThat(count(key)).as("not sealed while the head is held").isZero();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_pending WHERE records LIKE ?").param("%" + key + "%")
                    .query(Long.class).single()).isEqualTo(1);
            release.countDown();
            sealer.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        assertThat(sealedByTheSealer(key, 1)).as("sealed by the node's sealer once the head is free").isTrue();
        assertThat(ledger.verify().intact()).isTrue();
    }

    @Test
    void concurrentWritersMakeOneIntactChainWithEachTransactionsRecordsTogether() throws Exception {
        String key = "SEAL-" + UUID.randomUUID();
        int writers = 8;
        int rounds = 10;
        CyclicBarrier start = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                String actor = "canbo.w" + w;
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    for (int r = 0; r < rounds; r++) {
                        int round = r;
                        tx().executeWithoutResult(s -> {
                            for (int i = 0; i < 3; i++) {
                                trail.record(record(key, round * 10 + i, actor));
                            }
                        });
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get(300, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        ledger.sealWaiting();
        List<ChainLink> links = ledger.recordsOf(key, null);
        assertThat(links).hasSize(writers * rounds * 3);
        for (int i = 0; i < links.size(); i += 3) {
            ChainLink first = links.get(i);
            assertThat(links.subList(i, i + 3)).as("one transaction's records, in order, together")
                    .extracting(ChainLink::actor).containsOnly(first.actor());
            assertThat(links.get(i + 2).seq()).isEqualTo(first.seq() + 2);
        }
        ChainVerification verification = ledger.verify();
        assertThat(verification.intact()).as(verification.describe()).isTrue();
    }

    @Test
    void aReaderSealsWhatWasLeftWaitingBeforeItReads() {
        String key = "SEAL-" + UUID.randomUUID();
        // as if the sealing after the commit had failed (a lost connection): committed, waiting
        tx().executeWithoutResult(s -> writer.stage(List.of(record(key, 1, "canbo.c"), record(key, 2, "canbo.c"))));
        assertThat(waiting()).isPositive();
        assertThat(count(key)).isZero();

        assertThat(ledger.recordsOf(key, null)).extracting(ChainLink::subject).containsExactly("Bước 1", "Bước 2");
        assertThat(count(key)).isEqualTo(2);
        ChainVerification verification = ledger.verify();
        assertThat(verification.intact()).isTrue();
        assertThat(ledger.head().records()).isEqualTo(verification.checked());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

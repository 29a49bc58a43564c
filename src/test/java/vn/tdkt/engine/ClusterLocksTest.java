package vn.tdkt.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Periodic work runs on one node at a time: while one {@link ClusterLocks} (one node) runs a named round, another
 * node's round of the same name is skipped, a round of another name is not, and the lock is free again afterwards.
 * Plain JUnit: on H2 (the lock of one JVM) always, on PostgreSQL (two separate sessions, as two nodes) in the
 * PostgreSQL run.
 */
class ClusterLocksTest {

    @Test
    void oneNodeAtATimeOnH2() throws Exception {
        DataSource h2 = new DriverManagerDataSource("jdbc:h2:mem:cluster-locks;DB_CLOSE_DELAY=-1", "sa", "");
        ClusterLocks node = new ClusterLocks(h2);
        assertOneAtATime(node, node);
    }

    @Test
    @EnabledIfSystemProperty(named = "spring.profiles.active", matches = ".*postgres.*")
    void oneNodeAtATimeOnPostgres() throws Exception {
        String url = System.getProperty("TDKT_DB_URL", "jdbc:postgresql://127.0.0.1:5432/tdkt_test");
        String user = System.getenv().getOrDefault("TDKT_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("TDKT_DB_PASSWORD", "");
        assertOneAtATime(new ClusterLocks(new DriverManagerDataSource(url, user, password)),
                new ClusterLocks(new DriverManagerDataSource(url, user, password)));
    }

    private static void assertOneAtATime(ClusterLocks nodeA, ClusterLocks nodeB) throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch leave = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        ExecutorService a = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> first = a.submit(() -> nodeA.runAlone("outbox-test", () -> {
                rounds.incrementAndGet();
                inside.countDown();
                awaitQuietly(leave);
            }));
            assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(nodeB.runAlone("outbox-test", rounds::incrementAndGet)).as("same name, other node").isFalse();
            assertThat(nodeB.runAlone("other-work", () -> { })).as("another name").isTrue();

            leave.countDown();
            assertThat(first.get(30, TimeUnit.SECONDS)).isTrue();
            assertThat(nodeB.runAlone("outbox-test", rounds::incrementAndGet)).as("free again").isTrue();
            assertThat(rounds).hasValue(2);
        } finally {
            leave.countDown();
            a.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void keysAreStableAndDistinct() {
        assertThat(ClusterLocks.key("notification-outbox")).isEqualTo(ClusterLocks.key("notification-outbox"))
                .isNotEqualTo(ClusterLocks.key("stale-claim-release"));
    }
}

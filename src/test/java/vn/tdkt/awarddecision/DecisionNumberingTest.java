package vn.tdkt.awarddecision;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Decision numbers: per year, consecutive, never handed out twice, even to concurrent callers. */
@IntegrationTest
class DecisionNumberingTest {

    private static final int THREADS = 8;
    private static final int PER_THREAD = 25;

    @Autowired DecisionNumbering numbering;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    @Test
    void concurrentCallersGetDistinctConsecutiveNumbers() throws Exception {
        int year = unusedYear();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Callable<List<Integer>> caller = () -> {
                    start.await();
                    List<Integer> mine = new ArrayList<>();
                    for (int i = 0; i < PER_THREAD; i++) {
                        mine.add(numbering.next(year).sequence());
                    }
                    return mine;
                };
                results.add(pool.submit(caller));
            }
            start.countDown();   // every thread races for the first number of a year that has no row yet
            List<Integer> all = new ArrayList<>();
            for (Future<List<Integer>> r : results) {
                all.addAll(r.get(120, TimeUnit.SECONDS));
            }
            assertThat(all).hasSize(THREADS * PER_THREAD).doesNotHaveDuplicates();
            assertThat(all).containsExactlyInAnyOrderElementsOf(
                    IntStream.rangeClosed(1, THREADS * PER_THREAD).boxed().toList());
            assertThat(numbering.last(year)).isEqualTo(THREADS * PER_THREAD);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void numbersRestartEachYearAndCarryTheSymbol() {
        int year = unusedYear();
        DecisionNumber first = numbering.next(year);
        assertThat(first.sequence()).isEqualTo(1);
        assertThat(first.year()).isEqualTo(year);
        assertThat(first.text()).as("a leading zero below 10").isEqualTo("01/QĐ-UBND");
        assertThat(numbering.next(year).text()).isEqualTo("02/QĐ-UBND");
        assertThat(numbering.next(year + 1).text()).isEqualTo("01/QĐ-UBND");
        assertThat(jdbc.sql("SELECT symbol FROM decision_number_sequence WHERE issuing_year = ?").param(year)
                .query(String.class).single()).isEqualTo("QĐ-UBND");
    }

    @Test
    void aNumberWhoseTransactionRollsBackIsGivenAgain() {
        int year = unusedYear();
        numbering.next(year);
        Integer undone = tx.execute(status -> {
            int n = numbering.next(year).sequence();
            status.setRollbackOnly();
            return n;
        });
        assertThat(undone).isEqualTo(2);
        assertThat(numbering.last(year)).isEqualTo(1);
        assertThat(numbering.next(year).sequence()).isEqualTo(2);
    }

    /** A far-off year without a sequence row (the database may outlive a test run). */
    private int unusedYear() {
        Random random = new Random();
        while (true) {
            int year = 5000 + random.nextInt(4000);
            boolean used = jdbc.sql("SELECT COUNT(*) FROM decision_number_sequence WHERE issuing_year IN (?, ?)")
                    .params(year, year + 1).query(Long.class).single() > 0;
            if (!used) {
                return year;
            }
        }
    }
}

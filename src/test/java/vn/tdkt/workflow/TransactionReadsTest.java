package vn.tdkt.workflow;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** A row is read once per transaction; a write forgets it; outside a transaction nothing is kept. */
class TransactionReadsTest {

    private final Object owner = new Object();
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Integer> reader = reads::incrementAndGet;
    private final TransactionTemplate tx;

    TransactionReadsTest() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:transaction-reads;DB_CLOSE_DELAY=-1");
        tx = new TransactionTemplate(new DataSourceTransactionManager(h2));
    }

    private Integer read(String key) {
        return TransactionReads.read(owner, key, reader);
    }

    @Test
    void readOncePerTransactionAndAgainAfterAWrite() {
        tx.executeWithoutResult(s -> {
            assertThat(read("p:1")).isEqualTo(1);
            assertThat(read("p:1")).isEqualTo(1);
            assertThat(read("p:2")).isEqualTo(2);
            TransactionReads.forget(owner);
            assertThat(read("p:1")).isEqualTo(3);
        });
        // the next transaction reads afresh
        tx.executeWithoutResult(s -> assertThat(read("p:1")).isEqualTo(4));
    }

    @Test
    void nothingIsKeptOutsideATransactionOrAcrossANewOne() {
        assertThat(read("p:1")).isEqualTo(1);
        assertThat(read("p:1")).isEqualTo(2);
        tx.executeWithoutResult(outer -> {
            assertThat(read("p:1")).isEqualTo(3);
            TransactionTemplate inner = new TransactionTemplate(tx.getTransactionManager());
            inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            inner.executeWithoutResult(s -> assertThat(read("p:1")).isEqualTo(4));
            // back in the outer transaction: its own read again
            assertThat(read("p:1")).isEqualTo(3);
        });
    }
}

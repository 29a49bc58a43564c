package vn.tdkt.decision;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out decision numbers, restarting at 1 every issuing year, never the same number twice.
 * <p>
 * The year's row of decision_number_sequence is incremented with {@code UPDATE ... SET last_number =
 * last_number + 1} and read back in the same transaction: the row lock taken by the UPDATE is held until
 * that transaction ends, so concurrent callers queue behind it (on H2 and on PostgreSQL alike) and a number
 * whose transaction rolls back is given out again. The first call of a year creates the row inside a
 * savepoint, so that losing the race against a concurrent creation only undoes that insert.
 */
@Component
public class DecisionNumbering {

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final String symbol;

    public DecisionNumbering(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                             DecisionProperties properties) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.symbol = properties.symbol();
    }

    /** The next number of the year; it is consumed only if the caller's transaction commits. */
    @Transactional
    public DecisionNumber next(int year) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int updated = jdbc.sql("UPDATE decision_number_sequence SET last_number = last_number + 1, symbol = ?"
                            + " WHERE issuing_year = ?")
                    .params(symbol, year).update();
            if (updated == 1) {
                int number = jdbc.sql("SELECT last_number FROM decision_number_sequence WHERE issuing_year = ?")
                        .param(year).query(Integer.class).single();
                return new DecisionNumber(year, number, symbol);
            }
            openYear(year);
        }
        throw new IllegalStateException("Could not allocate a decision number for " + year);
    }

    /** The last number handed out (committed) for the year; 0 when none. */
    @Transactional(readOnly = true)
    public int last(int year) {
        return jdbc.sql("SELECT last_number FROM decision_number_sequence WHERE issuing_year = ?")
                .param(year).query(Integer.class).optional().orElse(0);
    }

    /** Creates the year's row; a concurrent caller that created it first wins and this insert is undone. */
    private void openYear(int year) {
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql(
                            "INSERT INTO decision_number_sequence (issuing_year, symbol, last_number) VALUES (?, ?, 0)")
                    .params(year, symbol).update());
        } catch (DuplicateKeyException alreadyOpened) {
            // the row exists now: the next UPDATE waits for its creator and then increments it
        }
    }
}

package vn.tdkt.workflow;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Per-year running numbers (proposal numbers, council session numbers, certificate register numbers), one row per
 * year in the sequence's own table, incremented in the caller's transaction so a number is consumed only if that
 * transaction commits. The first number of a year creates the row inside a savepoint: a concurrent creator wins
 * without aborting the caller's transaction (PostgreSQL would otherwise refuse every later statement of it).
 */
@Component
public class YearlySequences {

    /** The sequences and their tables; names are constants, never input. */
    public enum Sequence {
        PROPOSAL("proposal_number_sequence", "proposal_year"),
        COUNCIL_SESSION("council_session_sequence", "session_year"),
        /** The certificate register (số vào sổ) of awardees of the chairman's decisions. */
        CERTIFICATE_REGISTER("certificate_register_sequence", "register_year");

        private final String table;
        private final String yearColumn;

        Sequence(String table, String yearColumn) {
            this.table = table;
            this.yearColumn = yearColumn;
        }
    }

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;

    public YearlySequences(JdbcClient jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Transactional
    public int next(Sequence sequence, int year) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            if (jdbc.sql("UPDATE " + sequence.table + " SET last_number = last_number + 1 WHERE " + sequence.yearColumn
                    + " = ?").param(year).update() == 1) {
                return jdbc.sql("SELECT last_number FROM " + sequence.table + " WHERE " + sequence.yearColumn + " = ?")
                        .param(year).query(Integer.class).single();
            }
            try {
                savepoint.executeWithoutResult(s -> jdbc.sql("INSERT INTO " + sequence.table + " (" + sequence.yearColumn
                        + ", last_number) VALUES (?, 0)").param(year).update());
            } catch (DuplicateKeyException alreadyOpened) {
                // the row exists now: the next UPDATE waits for its creator and then increments it
            }
        }
        throw new IllegalStateException("Could not allocate a number of " + sequence + " for " + year);
    }
}

package vn.tdkt.awarddecision;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.RecordRows;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The office's register of outgoing documents (sổ đăng ký văn bản đi of Văn phòng UBND tỉnh): hands out its numbers
 * to the decisions this application issues and to the documents the office numbers itself, never the same number
 * twice, and records the numbers the office took by hand in the paper register so that they are never handed out.
 * Numbers restart at 1 every issuing year unless {@code tdkt.decision.register.restart-each-year} is false (then one
 * numbering period, stored as year 0, runs on).
 * <p>
 * The period's row of decision_number_sequence is incremented with {@code UPDATE ... SET last_number =
 * last_number + 1} and read back in the same transaction: the row lock taken by the UPDATE is held until
 * that transaction ends, so concurrent callers queue behind it (on H2 and on PostgreSQL alike) and a number
 * whose transaction rolls back is given out again. A number recorded from paper raises the counter with
 * {@code GREATEST(last_number, n)} under the same lock. The first call of a period creates the row inside a
 * savepoint, so that losing the race against a concurrent creation only undoes that insert.
 */
@Component
public class DecisionNumbering {

    private static final int ATTEMPTS = 5;
    private static final int MAX_SUBJECT = 500;

    /** One column for each component of {@link RegisterEntry}, so that JdbcClient maps a row to it. */
    private static final String SELECT_ENTRY = "SELECT id, register_year, sequence_number AS sequence,"
            + " number_text AS number, issued_on, subject, taken_by, source, recorded_from_paper, decision_id,"
            + " created_at FROM outgoing_register_entry";

    private final JdbcClient jdbc;
    private final TransactionTemplate savepoint;
    private final DecisionNumber.Format format;
    private final boolean restartEachYear;

    public DecisionNumbering(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                             DecisionProperties properties) {
        this.jdbc = jdbc;
        this.savepoint = new TransactionTemplate(transactionManager);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.format = properties.numberFormat();
        this.restartEachYear = properties.register().restartEachYear();
    }

    public DecisionNumber.Format format() {
        return format;
    }

    /** The numbering period a year's numbers belong to: the year itself, or 0 when numbers never restart. */
    public int periodOf(int year) {
        return restartEachYear ? year : 0;
    }

    /**
     * The next number of the year, without a register entry: the caller writes one ({@link #take} does); it is
     * consumed only if the caller's transaction commits.
     */
    @Transactional
    public DecisionNumber next(int year) {
        int period = periodOf(year);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int updated = jdbc.sql("UPDATE decision_number_sequence SET last_number = last_number + 1, symbol = ?"
                            + " WHERE issuing_year = ?")
                    .params(format.symbol(), period).update();
            if (updated == 1) {
                int number = jdbc.sql("SELECT last_number FROM decision_number_sequence WHERE issuing_year = ?")
                        .param(period).query(Integer.class).single();
                return new DecisionNumber(year, number, format.symbol(), format.minDigits());
            }
            openPeriod(period);
        }
        throw new IllegalStateException("Could not allocate a register number for " + year);
    }

    /**
     * Takes the next number of the register and enters it: the number, the day, the subject, who took it and for
     * what. Consumed only if the caller's transaction commits.
     */
    @Transactional
    public RegisterEntry take(LocalDate issuedOn, String subject, String takenBy, RegisterEntry.Source source) {
        DecisionNumber number = next(issuedOn.getYear());
        long id = insert(periodOf(issuedOn.getYear()), number.sequence(), number.text(), issuedOn,
                clip(subject), takenBy, source, false);
        return entry(id);
    }

    /**
     * Enters a number the office took by hand in the paper register (typed "15", "015" or "15/QĐ-UBND"), so that the
     * application never hands it out: the counter is raised to it when it is ahead. 400 when the text is no number
     * of this register; 409 when the number is already in the register.
     */
    @Transactional
    public RegisterEntry recordFromPaper(String typedNumber, LocalDate issuedOn, String subject, String takenBy) {
        int sequence = format.sequenceOf(typedNumber).orElseThrow(() -> Refusal.invalid(
                "INVALID_REGISTER_NUMBER", "'" + (typedNumber == null ? "" : typedNumber.strip())
                        + "' không phải số của sổ văn bản đi; ghi số thứ tự, ví dụ 15 hoặc " + format.text(15) + "."));
        int period = periodOf(issuedOn.getYear());
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int updated = jdbc.sql("UPDATE decision_number_sequence SET last_number = GREATEST(last_number, ?)"
                    + " WHERE issuing_year = ?").params(sequence, period).update();
            if (updated == 1) {
                // the row lock is ours until commit: nobody takes or records a number of the period meanwhile
                if (jdbc.sql("SELECT COUNT(*) FROM outgoing_register_entry WHERE register_year = ? AND"
                        + " sequence_number = ?").params(period, sequence).query(Integer.class).single() > 0) {
                    throw Refusal.conflict("REGISTER_NUMBER_TAKEN", "Số " + format.text(sequence)
                            + (restartEachYear ? " năm " + issuedOn.getYear() : "")
                            + " đã có trong sổ văn bản đi; không ghi nhận lại.");
                }
                long id = insert(period, sequence, format.text(sequence), issuedOn, clip(subject), takenBy,
                        RegisterEntry.Source.OFFICE, true);
                return entry(id);
            }
            openPeriod(period);
        }
        throw new IllegalStateException("Could not record register number " + sequence + " for " + issuedOn);
    }

    /** Links the entry the application took to the decision it numbers. */
    @Transactional
    public void attach(long entryId, long decisionId) {
        jdbc.sql("UPDATE outgoing_register_entry SET decision_id = ? WHERE id = ?").params(decisionId, entryId).update();
    }

    /** The register's entries of the year's numbering period, in number order. */
    @Transactional(readOnly = true)
    public List<RegisterEntry> entries(int year) {
        return jdbc.sql(SELECT_ENTRY + " WHERE register_year = ? ORDER BY sequence_number").param(periodOf(year))
                .query(RecordRows.of(RegisterEntry.class)).list();
    }

    /** The last number handed out (committed) for the year; 0 when none. */
    @Transactional(readOnly = true)
    public int last(int year) {
        return jdbc.sql("SELECT last_number FROM decision_number_sequence WHERE issuing_year = ?")
                .param(periodOf(year)).query(Integer.class).optional().orElse(0);
    }

    private long insert(int period, int sequence, String text, LocalDate issuedOn, String subject, String takenBy,
                        RegisterEntry.Source source, boolean fromPaper) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO outgoing_register_entry (register_year, sequence_number, number_text, issued_on, subject,"
                        + " taken_by, source, recorded_from_paper) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(period, sequence, text, issuedOn, subject, takenBy, source.name(), fromPaper)
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "the database returned no generated id").longValue();
    }

    private RegisterEntry entry(long id) {
        return jdbc.sql(SELECT_ENTRY + " WHERE id = ?").param(id).query(RecordRows.of(RegisterEntry.class)).single();
    }

    private static String clip(String subject) {
        String s = subject == null ? "" : subject.strip().replaceAll("\\s+", " ");
        return s.length() > MAX_SUBJECT ? s.substring(0, MAX_SUBJECT) : s;
    }

    /** Creates the period's row; a concurrent caller that created it first wins and this insert is undone. */
    private void openPeriod(int period) {
        try {
            savepoint.executeWithoutResult(s -> jdbc.sql(
                            "INSERT INTO decision_number_sequence (issuing_year, symbol, last_number) VALUES (?, ?, 0)")
                    .params(period, format.symbol()).update());
        } catch (DuplicateKeyException alreadyOpened) {
            // the row exists now: the next UPDATE waits for its creator and then increments it
        }
    }
}

package vn.tdkt.council;

/**
 * A candidate's result in a ballot round, as the DMN decision {@code vote-outcome} gives it (its output
 * {@code outcome}) and {@code council_candidate.outcome} stores it; VoteOutcomeTest holds it to the table.
 */
public enum VoteOutcome {
    PASSED, REVOTE, NOT_PASSED;

    /** Whether the stored or decided value is this one. */
    public boolean is(Object value) {
        return name().equals(value);
    }
}

package vn.tdkt.rules;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The legal parameters in force on one day, read from the DMN table {@code legal-parameters}: the numbers and choices
 * the software needs when it computes facts (streak cycles, initiative windows, which ratings count, penalties,
 * maternity leave, hiệp y silence, deadlines after a return, the block vote's denominator). A parameter missing for
 * the day is a table error, reported with its code and day rather than guessed.
 */
public record LegalParameterSet(LocalDate judgedOn, Map<String, LegalParameter> parameters) {

    public static final String PENALTY_COUNTS_FROM_END = "PENALTY_COUNTS_FROM_END";
    public static final String PROVINCIAL_FIGHTER_CYCLE_YEARS = "PROVINCIAL_FIGHTER_CYCLE_YEARS";
    public static final String INITIATIVE_SCOPE_LOOKBACK_YEARS = "INITIATIVE_SCOPE_LOOKBACK_YEARS";
    public static final String INITIATIVE_WINDOW_YEARS = "INITIATIVE_WINDOW_YEARS";
    public static final String COMPLETED_TASK_RATINGS = "COMPLETED_TASK_RATINGS";
    public static final String MATERNITY_COUNTS_AS_WORK = "MATERNITY_COUNTS_AS_WORK";
    public static final String ACHIEVEMENT_YEARS_BACK = "ACHIEVEMENT_YEARS_BACK";
    public static final String CONCURRENCE_SILENCE_MEANS_CONSENT = "CONCURRENCE_SILENCE_MEANS_CONSENT";
    public static final String DEADLINE_AFTER_RETURN = "DEADLINE_AFTER_RETURN";
    public static final String BLOCK_VOTE_DENOMINATOR = "BLOCK_VOTE_DENOMINATOR";
    public static final String MERIT_COUNTING_KINDS = "MERIT_COUNTING_KINDS";
    public static final String COLLECTIVE_DISCIPLINE_FROM = "COLLECTIVE_DISCIPLINE_FROM";

    /** Penalties from the mildest; a collective counts members disciplined at or above COLLECTIVE_DISCIPLINE_FROM. */
    public static final List<String> PENALTIES = List.of("KHIEN_TRACH", "CANH_CAO", "CACH_CHUC", "BUOC_THOI_VIEC");

    /** Every parameter the code reads: the table must give each of them, once, for every day. */
    public static final List<String> REQUIRED = List.of(PENALTY_COUNTS_FROM_END, PROVINCIAL_FIGHTER_CYCLE_YEARS,
            INITIATIVE_SCOPE_LOOKBACK_YEARS, INITIATIVE_WINDOW_YEARS, COMPLETED_TASK_RATINGS, MATERNITY_COUNTS_AS_WORK,
            ACHIEVEMENT_YEARS_BACK, CONCURRENCE_SILENCE_MEANS_CONSENT, DEADLINE_AFTER_RETURN, BLOCK_VOTE_DENOMINATOR,
            MERIT_COUNTING_KINDS, COLLECTIVE_DISCIPLINE_FROM);

    public LegalParameterSet {
        parameters = Map.copyOf(parameters);
    }

    public boolean penaltyCountsFromEnd() {
        return bool(PENALTY_COUNTS_FROM_END);
    }

    public int provincialFighterCycleYears() {
        return positive(PROVINCIAL_FIGHTER_CYCLE_YEARS);
    }

    public int initiativeScopeLookbackYears() {
        return positive(INITIATIVE_SCOPE_LOOKBACK_YEARS);
    }

    public int initiativeWindowYears() {
        return positive(INITIATIVE_WINDOW_YEARS);
    }

    public List<String> completedTaskRatings() {
        return list(COMPLETED_TASK_RATINGS);
    }

    /** The kinds of award whose years build merit streaks (Decree 152/2025: not đột xuất, not chuyên đề). */
    public List<String> meritCountingKinds() {
        return list(MERIT_COUNTING_KINDS);
    }

    /** The penalties, from the given one up, that make a member count as disciplined for a collective's title. */
    public List<String> collectiveDisciplinePenalties() {
        int from = PENALTIES.indexOf(text(COLLECTIVE_DISCIPLINE_FROM));
        if (from < 0) {
            throw invalid(COLLECTIVE_DISCIPLINE_FROM, "must be one of " + PENALTIES);
        }
        return PENALTIES.subList(from, PENALTIES.size());
    }

    private List<String> list(String code) {
        return Arrays.stream(text(code).split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public boolean maternityCountsAsWork() {
        return bool(MATERNITY_COUNTS_AS_WORK);
    }

    public int achievementYearsBack() {
        int years = integer(ACHIEVEMENT_YEARS_BACK);
        if (years < 0) {
            throw invalid(ACHIEVEMENT_YEARS_BACK, "must not be negative");
        }
        return years;
    }

    public boolean concurrenceSilenceMeansConsent() {
        return bool(CONCURRENCE_SILENCE_MEANS_CONSENT);
    }

    /** RESTART: a dossier accepted again after a return gets the whole time again; RESUME: only what was left. */
    public boolean deadlineRestartsAfterReturn() {
        return switch (text(DEADLINE_AFTER_RETURN)) {
            case "RESTART" -> true;
            case "RESUME" -> false;
            default -> throw invalid(DEADLINE_AFTER_RETURN, "must be RESTART or RESUME");
        };
    }

    /** Whether the block's suy tôn share is taken of all member units (true) or of the ballots cast (false). */
    public boolean blockVoteOfAllMembers() {
        return switch (text(BLOCK_VOTE_DENOMINATOR)) {
            case "BLOCK_MEMBERS" -> true;
            case "VOTES_CAST" -> false;
            default -> throw invalid(BLOCK_VOTE_DENOMINATOR, "must be VOTES_CAST or BLOCK_MEMBERS");
        };
    }

    public LegalParameter parameter(String code) {
        LegalParameter p = parameters.get(code);
        if (p == null || p.value() == null) {
            throw new IllegalStateException("Decision legal-parameters gives no value for " + code + " on " + judgedOn);
        }
        return p;
    }

    private boolean bool(String code) {
        if (parameter(code).value() instanceof Boolean b) {
            return b;
        }
        throw invalid(code, "must be true or false");
    }

    private int integer(String code) {
        if (parameter(code).value() instanceof Number n) {
            return n.intValue();
        }
        throw invalid(code, "must be a number");
    }

    private int positive(String code) {
        int value = integer(code);
        if (value < 1) {
            throw invalid(code, "must be at least 1");
        }
        return value;
    }

    private String text(String code) {
        return String.valueOf(parameter(code).value()).strip();
    }

    private IllegalStateException invalid(String code, String what) {
        return new IllegalStateException("Decision legal-parameters: " + code + " on " + judgedOn + " " + what
                + " (value " + parameter(code).value() + ")");
    }
}

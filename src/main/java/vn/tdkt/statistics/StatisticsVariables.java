package vn.tdkt.statistics;

/** The variable names of the statistics-report process, as its model and forms spell them. */
public final class StatisticsVariables {

    public static final String PROCESS_KEY = "statistics-report";
    public static final String INITIATOR = "initiator";
    public static final String REPORT_YEAR = "reportYear";
    public static final String AWARD_LEVEL = "awardLevel";
    public static final String REPORT_ID = "reportId";
    public static final String REPORT_KEY = "reportKey";
    public static final String LEVEL_LABEL = "levelLabel";
    public static final String FIGURES_CHECKED = "figuresChecked";
    public static final String PREPARATION_NOTES = "preparationNotes";
    public static final String APPROVAL_DECISION = "approvalDecision";
    public static final String RETURN_REASON = "returnReason";

    private StatisticsVariables() { }
}

package vn.tdkt.demo.simulation;

/** How a simulated proposal is meant to end, and the path it takes there. */
public enum ProposalPlan {
    /** Bằng khen, accepted at intake, appraised eligible, decided by the chairman. */
    AWARDED("BK_TINH", true),
    /** Bằng khen returned once at intake for a missing paper, completed, then awarded. */
    RETURNED_THEN_AWARDED("BK_TINH", true),
    /** Bằng khen with hiệp y of two agencies asked by the specialist, then awarded. */
    CONCURRENCE_THEN_AWARDED("BK_TINH", true),
    /** Bằng khen for a nominee without the history: appraised not eligible, not awarded. */
    NOT_ELIGIBLE("BK_TINH", false),
    /** CSTĐ cấp tỉnh, voted through by the council, decided by the chairman. */
    COUNCIL_PASSED("CSTD_TINH", true),
    /** CSTĐ cấp tỉnh the council does not vote through: not awarded. */
    COUNCIL_NOT_PASSED("CSTD_TINH", false);

    private final String awardType;
    private final boolean awarded;

    ProposalPlan(String awardType, boolean awarded) {
        this.awardType = awardType;
        this.awarded = awarded;
    }

    public String awardType() {
        return awardType;
    }

    public boolean awarded() {
        return awarded;
    }

    public boolean council() {
        return this == COUNCIL_PASSED || this == COUNCIL_NOT_PASSED;
    }

    /** The plan of the i-th proposal: 55 % straight Bằng khen, 10 % returned, 5 % hiệp y, 10 % not eligible, 15 % and 5 % council. */
    public static ProposalPlan of(int i) {
        return switch (i % 20) {
            case 1, 11 -> RETURNED_THEN_AWARDED;
            case 2 -> CONCURRENCE_THEN_AWARDED;
            case 3, 13 -> NOT_ELIGIBLE;
            case 4, 9, 14 -> COUNCIL_PASSED;
            case 8 -> COUNCIL_NOT_PASSED;
            default -> AWARDED;
        };
    }
}

package vn.tdkt.statistics;

import java.util.Set;

/**
 * What a row of a form counts (statistics_form_row.criterion): the words a form's row is written in, so that a new
 * circular's form is added by rows of data.
 */
final class StatisticsCriteria {

    static final String ALL = "ALL";
    static final String HEADING = "HEADING";
    /** Proposals to the Prime Minister made by a ministry: never the province's own. */
    static final String SUBMITTER_MINISTRY = "SUBMITTER_MINISTRY";
    /** Proposals made by a province: every award the province reports. */
    static final String SUBMITTER_PROVINCE = "SUBMITTER_PROVINCE";
    static final String COLLECTIVE = "COLLECTIVE";
    static final String ENTERPRISE = "ENTERPRISE";
    /** The registry holds no household: always 0. */
    static final String HOUSEHOLD = "HOUSEHOLD";
    static final String INDIVIDUAL = "INDIVIDUAL";
    static final String CATEGORY = "CATEGORY:";
    static final String KIND = "KIND:";

    static final Set<String> OCCUPATION_CATEGORIES = Set.of("LANH_DAO_BO_TINH", "LANH_DAO_SO_NGANH", "DOANH_NHAN",
            "LANH_DAO_KHAC", "TRUC_TIEP");

    private StatisticsCriteria() { }

    /** Whether the award counts in a row of this criterion. */
    static boolean matches(String criterion, AwardFact fact) {
        if (criterion == null) {
            return false;
        }
        if (criterion.startsWith(CATEGORY)) {
            return !fact.collective() && criterion.substring(CATEGORY.length()).equals(fact.occupationCategory());
        }
        if (criterion.startsWith(KIND)) {
            return criterion.substring(KIND.length()).equals(fact.commendationKind());
        }
        return switch (criterion) {
            case ALL, SUBMITTER_PROVINCE -> true;
            case COLLECTIVE -> fact.collective();
            case ENTERPRISE -> fact.collective() && "DOANH_NGHIEP".equals(fact.unitType());
            case INDIVIDUAL -> !fact.collective();
            default -> false;
        };
    }
}

package vn.tdkt.registry.award;

import java.time.LocalDate;

/** One award of the history: who received what, in which year, by which decision. */
public record AwardRecordView(long id, String awardTypeCode, String awardTypeName, String personCode,
                              String personName, String unitCode, String unitName, int awardYear,
                              String commendationKind, String commendationKindLabel, String decisionNumber,
                              LocalDate decisionDate, String decisionAuthority, String achievementRef) {
}

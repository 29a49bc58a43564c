package vn.tdkt.registry.award;

import java.time.LocalDate;

/**
 * One award of the history: who received what, in which year, by which decision, under which regime of law
 * ({@code legalRegime} its code, {@code legalRegimeName} "Luật Thi đua, khen thưởng 2022; Nghị định 152/2025/NĐ-CP"),
 * and, once annulled, the day and the number of the annulling decision.
 */
public record AwardRecordView(long id, String awardTypeCode, String awardTypeName, String personCode,
                              String personName, String unitCode, String unitName, int awardYear,
                              String commendationKind, String commendationKindLabel, String decisionNumber,
                              LocalDate decisionDate, String decisionAuthority, String achievementRef,
                              String legalRegime, String legalRegimeName, LocalDate annulledOn,
                              String annulmentNumber) {

    /** Whether the award was annulled (hủy bỏ): it then counts for no streak or later eligibility. */
    public boolean annulled() {
        return annulledOn != null;
    }

    /** The record with its regime named (and taken from the decision's date when the row has none). */
    public AwardRecordView withRegime(LawProperties law) {
        java.util.Optional<LegalRegime> regime = legalRegime != null ? law.byCode(legalRegime)
                : law.regimeOn(decisionDate);
        return new AwardRecordView(id, awardTypeCode, awardTypeName, personCode, personName, unitCode, unitName,
                awardYear, commendationKind, commendationKindLabel, decisionNumber, decisionDate, decisionAuthority,
                achievementRef, regime.map(LegalRegime::code).orElse(legalRegime),
                regime.map(LegalRegime::name).orElse(null), annulledOn, annulmentNumber);
    }
}

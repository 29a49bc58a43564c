package vn.tdkt.statistics;

import java.time.LocalDate;

/**
 * One award of the registry as the statistics count it.
 *
 * @param recipientKind      TAP_THE (a unit) or CA_NHAN (a person)
 * @param unitType           the unit's type for a collective (DOANH_NGHIEP counts as an enterprise), else null
 * @param occupationCategory the person's group of the form (person.occupation_category), else null
 * @param commendationKind   the kind of commendation (award_record.commendation_kind)
 */
public record AwardFact(long recordId, String awardTypeCode, String awardName, String recipientKind,
                        String recipientName, String unitName, String unitType, String occupationCategory,
                        String commendationKind, String decisionNumber, LocalDate decisionDate,
                        String decisionAuthority, int awardYear) {

    public boolean collective() {
        return "TAP_THE".equals(recipientKind);
    }
}

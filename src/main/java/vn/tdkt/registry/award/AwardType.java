package vn.tdkt.registry.award;

import java.math.BigDecimal;

/** A row of award_type: an emulation title or a form of commendation of the catalogue. */
public record AwardType(String code, String name, AwardCategory category, RecipientKind recipientKind,
                        DecidingLevel decidingLevel, String decider, String legalBasis, BigDecimal bonusMultiplier,
                        boolean verified, boolean active, String note) {
}

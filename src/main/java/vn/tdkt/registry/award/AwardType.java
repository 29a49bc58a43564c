package vn.tdkt.registry.award;

import java.math.BigDecimal;

/**
 * A row of award_type: an emulation title or a form of commendation of the catalogue. {@code registrable}: a
 * collective emulation title a unit may register for at the start of the year (đăng ký thi đua).
 */
public record AwardType(String code, String name, AwardCategory category, RecipientKind recipientKind,
                        DecidingLevel decidingLevel, String decider, String legalBasis, BigDecimal bonusMultiplier,
                        boolean verified, boolean active, String note, boolean registrable) {

    public AwardType(String code, String name, AwardCategory category, RecipientKind recipientKind,
                     DecidingLevel decidingLevel, String decider, String legalBasis, BigDecimal bonusMultiplier,
                     boolean verified, boolean active, String note) {
        this(code, name, category, recipientKind, decidingLevel, decider, legalBasis, bonusMultiplier, verified, active,
                note, false);
    }

    /** Only a collective emulation title can be registered for. */
    public boolean mayBeRegistrable() {
        return category == AwardCategory.DANH_HIEU && recipientKind == RecipientKind.TAP_THE;
    }
}

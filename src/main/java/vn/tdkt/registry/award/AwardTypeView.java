package vn.tdkt.registry.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An award type as the API shows it, codes with their Vietnamese labels. */
public record AwardTypeView(String code, String name, String category, String categoryLabel, String recipientKind,
                            String recipientKindLabel, String decidingLevel, String decidingLevelLabel, String decider,
                            String legalBasis, BigDecimal bonusMultiplier, boolean verified, boolean active,
                            String note, boolean registrable, LocalDate effectiveFrom, LocalDate effectiveTo,
                            boolean deciderConfirmed, boolean criteriaConfirmed, boolean bonusConfirmed) {

    public static AwardTypeView of(AwardType t) {
        return new AwardTypeView(t.code(), t.name(), t.category().name(), t.category().label(),
                t.recipientKind().name(), t.recipientKind().label(), t.decidingLevel().name(),
                t.decidingLevel().label(), t.decider(), t.legalBasis(), t.bonusMultiplier(), t.verified(), t.active(),
                t.note(), t.registrable(), t.effectiveFrom(), t.effectiveTo(), t.confirmation().decider(),
                t.confirmation().criteria(), t.confirmation().bonus());
    }
}

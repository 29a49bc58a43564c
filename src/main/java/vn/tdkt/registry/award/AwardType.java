package vn.tdkt.registry.award;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A row of award_type: an emulation title or a form of commendation of the catalogue. {@code registrable}: a
 * collective emulation title a unit may register for at the start of the year (đăng ký thi đua).
 * {@code effectiveFrom}/{@code effectiveTo} (inclusive, null = open): the period whose achievements it may reward, so
 * the titles of a new decree are loaded before it takes effect. {@code confirmation}: what the legal sources confirm of
 * the entry, field by field; {@code verified} is their conjunction.
 */
public record AwardType(String code, String name, AwardCategory category, RecipientKind recipientKind,
                        DecidingLevel decidingLevel, String decider, String legalBasis, BigDecimal bonusMultiplier,
                        boolean verified, boolean active, String note, boolean registrable, LocalDate effectiveFrom,
                        LocalDate effectiveTo, Confirmation confirmation) {

    /** Which fields of the entry the legal sources confirm: who decides, the criteria, the bonus. */
    public record Confirmation(boolean decider, boolean criteria, boolean bonus) {

        public static Confirmation all(boolean confirmed) {
            return new Confirmation(confirmed, confirmed, confirmed);
        }

        public boolean complete() {
            return decider && criteria && bonus;
        }
    }

    public AwardType {
        confirmation = confirmation == null ? Confirmation.all(verified) : confirmation;
        verified = confirmation.complete();
    }

    public AwardType(String code, String name, AwardCategory category, RecipientKind recipientKind,
                     DecidingLevel decidingLevel, String decider, String legalBasis, BigDecimal bonusMultiplier,
                     boolean verified, boolean active, String note, boolean registrable) {
        this(code, name, category, recipientKind, decidingLevel, decider, legalBasis, bonusMultiplier, verified, active,
                note, registrable, null, null, null);
    }

    public AwardType(String code, String name, AwardCategory category, RecipientKind recipientKind,
                     DecidingLevel decidingLevel, String decider, String legalBasis, BigDecimal bonusMultiplier,
                     boolean verified, boolean active, String note) {
        this(code, name, category, recipientKind, decidingLevel, decider, legalBasis, bonusMultiplier, verified, active,
                note, false);
    }

    /** Whether achievements of the year fall inside the entry's period (judged on the year's last day). */
    public boolean inForceForYear(int year) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate start = LocalDate.of(year, 1, 1);
        return (effectiveFrom == null || !end.isBefore(effectiveFrom))
                && (effectiveTo == null || !start.isAfter(effectiveTo));
    }

    /** "từ 01/07/2025", "đến 30/06/2025", "từ … đến …"; empty when open on both ends. */
    public String periodText() {
        java.time.format.DateTimeFormatter f = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        String from = effectiveFrom == null ? "" : "từ " + f.format(effectiveFrom);
        String to = effectiveTo == null ? "" : "đến " + f.format(effectiveTo);
        return (from + " " + to).strip();
    }

    /** Only a collective emulation title can be registered for. */
    public boolean mayBeRegistrable() {
        return category == AwardCategory.DANH_HIEU && recipientKind == RecipientKind.TAP_THE;
    }
}

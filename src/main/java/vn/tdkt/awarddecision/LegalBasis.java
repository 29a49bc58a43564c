package vn.tdkt.awarddecision;

import java.time.LocalDate;

/**
 * One "Căn cứ ..." line of a commendation decision with the period in which it is cited: a decision signed on a day
 * cites the lines in force that day ({@code effectiveFrom} and {@code effectiveTo} inclusive, either open), so a
 * decision of June 2025 cites Decree 98/2023 and one of July 2025 Decree 152/2025. {@code source} says where the
 * wording and dates were confirmed (shown to nobody but the administrator who edits the list).
 */
public record LegalBasis(String text, LocalDate effectiveFrom, LocalDate effectiveTo, String source) {

    public LegalBasis {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("tdkt.decision.legal-bases: a line without text");
        }
        text = text.strip().replaceAll("\\s*\\R\\s*", " ");
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("tdkt.decision.legal-bases: '" + text + "' ends (" + effectiveTo
                    + ") before it starts (" + effectiveFrom + ")");
        }
    }

    public static LegalBasis always(String text) {
        return new LegalBasis(text, null, null, null);
    }

    /** Whether a decision signed on {@code day} cites this line. */
    public boolean inForceOn(LocalDate day) {
        return (effectiveFrom == null || !day.isBefore(effectiveFrom))
                && (effectiveTo == null || !day.isAfter(effectiveTo));
    }
}

package vn.tdkt.calendar;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an exception day is: a day off on a weekday (or a holiday on a weekend), or a weekend day worked. */
public enum DayKind {
    /** Ngày nghỉ: a public holiday, Tết, a compensatory day off (nghỉ bù) or a swapped day off (hoán đổi). */
    HOLIDAY("Ngày nghỉ"),
    /** Ngày làm bù: a Saturday or Sunday that is worked in exchange for a swapped day off. */
    WORKING("Ngày làm bù");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    /** Vietnamese name of the kind. */
    public String label() {
        return label;
    }

    /** The kind named by a text, ignoring case and surrounding blanks. */
    public static Optional<DayKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.trim().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.name().equals(wanted)).findFirst();
    }
}

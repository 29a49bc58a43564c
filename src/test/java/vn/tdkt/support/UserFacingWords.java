package vn.tdkt.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words a Vietnamese civil servant must never meet on a screen of the product: English left by the form editor or
 * Camunda ("Select", "Field must have…", "Cannot instantiate…"), developer words (DMN, API paths, null, stack
 * traces, code in backticks) and raw technical values (ISO instants, time-zone ids). Kept here as one list, used
 * by the forms and pages test and by the browser walkthrough on every screen it visits.
 */
public final class UserFacingWords {

    /** One forbidden word or pattern with the reason a reader of a failure needs. */
    public record Word(Pattern pattern, String why) { }

    public static final List<Word> FORBIDDEN = List.of(
            word("\\bSelect\\b", "English placeholder of a select"),
            word("\\bSearch\\b", "English placeholder of a searchable select"),
            word("\\bField must\\b|\\bmust have\\b|\\bis required\\b", "English validation message"),
            word("\\bCannot\\b|\\bCould not\\b|\\bnot found\\b", "English error message"),
            word("\\bException\\b|\\bat (?:org|java|vn)\\.[a-z]", "stack trace or exception name"),
            word("\\bDMN\\b|\\bBPMN\\b", "model language name"),
            word("/api/|/engine-rest", "API path shown as text"),
            word("\\bAPI\\b", "developer word"),
            word("\\bnull\\b|\\bundefined\\b|\\bNaN\\b", "a missing value printed as code"),
            word("\\bTODO\\b|\\bFIXME\\b", "unfinished work"),
            word("`", "code in backticks"),
            word("Asia/(?:Saigon|Ho_Chi_Minh)", "time-zone id"),
            word("\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}", "ISO date-time instead of dd/MM/yyyy HH:mm"),
            word("\\$\\{|\\{\\{", "an unreplaced template expression"));

    private UserFacingWords() { }

    private static Word word(String regex, String why) {
        return new Word(Pattern.compile(regex), why);
    }

    /** Every forbidden word found in a text, as "«found» (why) in: …context…". */
    public static List<String> findIn(String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        for (Word w : FORBIDDEN) {
            Matcher m = w.pattern().matcher(text);
            while (m.find()) {
                int from = Math.max(0, m.start() - 40);
                int to = Math.min(text.length(), m.end() + 40);
                found.add("«" + m.group() + "» (" + w.why() + ") in: …" + text.substring(from, to).replace('\n', ' ')
                        + "…");
            }
        }
        return found;
    }
}

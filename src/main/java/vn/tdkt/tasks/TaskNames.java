package vn.tdkt.tasks;

/**
 * Task names with their subject, fitted to the engine's task name column ({@code NAME_ VARCHAR(255)} in
 * {@code ACT_RU_TASK} and {@code ACT_HI_TASKINST}): the modelled name is kept whole, the subject is cut at a word
 * boundary and ends with "…" when the whole would not fit.
 */
public final class TaskNames {

    /** Length of {@code ACT_RU_TASK.NAME_} and {@code ACT_HI_TASKINST.NAME_} in Camunda 7.24's schema. */
    public static final int MAX_LENGTH = 255;

    static final String SEPARATOR = ": ";
    static final String ELLIPSIS = "…";

    private TaskNames() { }

    /** {@code "<modelled name>: <subject>"}, at most {@link #MAX_LENGTH} characters. */
    public static String withSubject(String modelledName, String subject) {
        String base = modelledName == null ? "" : modelledName.strip();
        String about = subject == null ? "" : subject.strip();
        if (about.isEmpty()) {
            return shorten(base, MAX_LENGTH);
        }
        if (base.isEmpty()) {
            return shorten(about, MAX_LENGTH);
        }
        int room = MAX_LENGTH - base.length() - SEPARATOR.length();
        if (room < 20) {
            // a modelled name this long leaves no useful room: cut the whole
            return shorten(base + SEPARATOR + about, MAX_LENGTH);
        }
        return base + SEPARATOR + shorten(about, room);
    }

    /** The text, or its longest prefix ending at a word boundary followed by "…", within {@code max} characters. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int limit = max - ELLIPSIS.length();
        int cut = limit;
        // cut before a space so that no word is split; a single over-long word is cut where it must be
        while (cut > 0 && !Character.isWhitespace(text.charAt(cut))) {
            cut--;
        }
        if (cut == 0) {
            cut = limit;
        }
        String head = text.substring(0, cut).stripTrailing();
        while (!head.isEmpty() && ",;:–-".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + ELLIPSIS;
    }
}

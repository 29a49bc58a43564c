package vn.tdkt.documents;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes an uploaded file's name safe to store and to offer for download: no folder part, no control or
 * invisible direction characters, no characters Windows forbids, NFC (macOS sends decomposed Vietnamese),
 * bounded length, and an extension that matches the verified format.
 */
public final class FileNames {

    /** Longest stored name in characters (column dossier_document.file_name is VARCHAR(255)). */
    public static final int MAX_LENGTH = 255;
    static final String FALLBACK = "tai-lieu";
    private static final String WINDOWS_RESERVED = "<>:\"|?*";

    private FileNames() { }

    /** The last path segment of the name, cleaned; "tai-lieu" when nothing usable is left. */
    public static String sanitise(String raw) {
        if (raw == null) {
            return FALLBACK;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder clean = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                clean.append(' ');
            } else if (Character.isISOControl(cp) || isInvisible(cp)) {
                // dropped: control characters, bidi overrides (a "fdp.exe" shown as "exe.pdf"), zero-width marks
            } else if (WINDOWS_RESERVED.indexOf(cp) >= 0) {
                clean.append('_');
            } else {
                clean.appendCodePoint(cp);
            }
        });
        String result = clean.toString().replaceAll(" {2,}", " ").strip();
        result = stripDots(result);
        result = truncate(result, MAX_LENGTH);
        return result.isEmpty() ? FALLBACK : result;
    }

    /** The name, with the format's extension appended unless it already ends with one of the format's. */
    public static String withExtension(String name, FileFormat format) {
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (format.extensions().contains(extension)) {
            return name;
        }
        String suffix = "." + format.extensions().get(0);
        return truncate(name, MAX_LENGTH - suffix.length()) + suffix;
    }

    private static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.UNASSIGNED || type == Character.SURROGATE
                || type == Character.PRIVATE_USE;
    }

    /** No leading dots (hidden files, "..") and no trailing dots or spaces (Windows drops them). */
    private static String stripDots(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && (s.charAt(start) == '.' || s.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(start, end);
    }

    /** At most max characters, cutting the base name so that the extension survives. */
    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int dot = s.lastIndexOf('.');
        String extension = dot > 0 && s.length() - dot <= 10 ? s.substring(dot) : "";
        String base = s.substring(0, s.length() - extension.length());
        int keep = max - extension.length();
        if (Character.isHighSurrogate(base.charAt(keep - 1))) {
            keep--;
        }
        return base.substring(0, keep).strip() + extension;
    }
}

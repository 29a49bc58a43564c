package vn.tdkt.format;

import java.util.Optional;

/**
 * What the application accepts as text, wherever text comes in (the API's JSON, the engine's variables, Tasklist's
 * forms, .xlsx cells, query parameters):
 * <ul>
 *   <li><b>No control characters.</b> C0 controls other than tab, line feed and carriage return (NUL among them:
 *   PostgreSQL cannot even store it), DEL and the C1 controls, the bidirectional embedding, override and isolate
 *   controls (they make a name read differently from what is stored), unpaired surrogates and noncharacters.</li>
 *   <li><b>Invisible text is empty.</b> Text made only of spaces of any kind and of invisible format characters
 *   (zero-width space, zero-width joiners, word joiner, byte-order mark, soft hyphen, Hangul fillers…) counts as
 *   empty: a required field filled with it is still missing.</li>
 * </ul>
 */
public final class TextRules {

    private TextRules() { }

    /** The first forbidden character of the text, described in Vietnamese, or empty when the text is acceptable. */
    public static Optional<String> problem(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    int cp = Character.toCodePoint(c, text.charAt(i + 1));
                    if (isNoncharacter(cp)) {
                        return Optional.of("ký tự không hợp lệ " + code(cp) + " ở vị trí " + (i + 1));
                    }
                    i++;
                    continue;
                }
                return Optional.of("nửa cặp mã UTF-16 bị lẻ (" + code(c) + ") ở vị trí " + (i + 1));
            }
            if (Character.isLowSurrogate(c)) {
                return Optional.of("nửa cặp mã UTF-16 bị lẻ (" + code(c) + ") ở vị trí " + (i + 1));
            }
            if (isControl(c)) {
                return Optional.of("ký tự điều khiển " + code(c) + " ở vị trí " + (i + 1));
            }
            if (isBidiControl(c)) {
                return Optional.of("ký tự điều khiển hướng chữ " + code(c) + " ở vị trí " + (i + 1));
            }
            if (isNoncharacter(c)) {
                return Optional.of("ký tự không hợp lệ " + code(c) + " ở vị trí " + (i + 1));
            }
        }
        return Optional.empty();
    }

    public static boolean acceptable(CharSequence text) {
        return problem(text).isEmpty();
    }

    /** True when nothing of the text would be seen: null, empty, or only spaces and invisible characters. */
    public static boolean visiblyEmpty(CharSequence text) {
        if (text == null) {
            return true;
        }
        return text.codePoints().allMatch(TextRules::isInvisible);
    }

    /**
     * True when the text is visibly empty although it holds some invisible character that is not ordinary
     * white space: a value that {@link String#isBlank()} would take for content.
     */
    public static boolean invisibleOnly(CharSequence text) {
        return text != null && !text.toString().isBlank() && visiblyEmpty(text);
    }

    /** The text without the spaces and invisible characters at its ends. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end) {
            int cp = text.codePointAt(start);
            if (!isInvisible(cp)) {
                break;
            }
            start += Character.charCount(cp);
        }
        while (end > start) {
            int cp = text.codePointBefore(end);
            if (!isInvisible(cp)) {
                break;
            }
            end -= Character.charCount(cp);
        }
        return text.substring(start, end);
    }

    /** Spaces of every kind, invisible format characters and the blank fillers that render as nothing. */
    public static boolean isInvisible(int cp) {
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        if (type == Character.FORMAT) {
            return true; // U+00AD, U+200B–U+200F, U+2060–U+2064, U+FEFF, U+180E, U+061C, tags…
        }
        return cp == 0x034F                      // combining grapheme joiner
                || cp == 0x115F || cp == 0x1160  // Hangul choseong / jungseong fillers
                || cp == 0x3164 || cp == 0xFFA0  // Hangul fillers
                || cp == 0x2800                  // braille pattern blank
                || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
                || (cp >= 0xE0100 && cp <= 0xE01EF)
                || (cp >= 0x1D173 && cp <= 0x1D17A) // musical formatting
                || cp == 0x17B4 || cp == 0x17B5;  // Khmer inherent vowels
    }

    static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }

    static boolean isBidiControl(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    static boolean isNoncharacter(int cp) {
        return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    }

    private static String code(int cp) {
        return String.format("U+%04X", cp);
    }
}

package vn.tdkt.model;

import java.text.Normalizer;

/** Tells Vietnamese text from text that has no Vietnamese letter (a Modeler default such as "Task_1"). */
public final class VietnameseText {

    private VietnameseText() { }

    /**
     * True when the text holds at least one letter that ASCII lacks and Vietnamese uses: đ, or a vowel with a
     * breve, circumflex or horn (ă â ê ô ơ ư) or with a tone mark (huyền, sắc, hỏi, ngã, nặng).
     */
    public static boolean hasVietnameseLetter(String text) {
        if (text == null) {
            return false;
        }
        // NFD splits ế into e + circumflex + acute: the first mark after the vowel is enough
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (c == 'đ' || c == 'Đ') {
                return true;
            }
            if (isVietnameseMark(c) && i > 0 && "aeiouyAEIOUY".indexOf(decomposed.charAt(i - 1)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isVietnameseMark(char c) {
        return switch (c) {
            case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323', // huyền, sắc, ngã, hỏi, nặng
                 '\u0302', '\u0306', '\u031B' -> true;              // circumflex, breve, horn
            default -> false;
        };
    }
}

package vn.tdkt.registry.common;

import java.util.regex.Pattern;

/** Formats shared by the registry's request records and its .xlsx import. */
public final class RegistryFormats {

    /** Codes of units, blocks, persons and award types: letters, digits, dot, dash, underscore. */
    public static final String CODE = "^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$";
    public static final String CODE_MESSAGE =
            "chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới (tối đa 40 ký tự)";

    /** A plain e-mail address: something@domain.tld, no spaces. */
    public static final String EMAIL = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";

    private static final Pattern CODE_PATTERN = Pattern.compile(CODE);
    private static final Pattern EMAIL_PATTERN = Pattern.compile(EMAIL);

    private RegistryFormats() { }

    public static boolean isCode(String s) {
        return s != null && CODE_PATTERN.matcher(s).matches();
    }

    public static boolean isEmail(String s) {
        return s != null && s.length() <= 255 && EMAIL_PATTERN.matcher(s).matches();
    }

    /** Escapes a user's search text for LIKE ... ESCAPE '!'. */
    public static String likeContains(String text) {
        String escaped = text.strip().toLowerCase().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }
}

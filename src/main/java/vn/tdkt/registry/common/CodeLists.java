package vn.tdkt.registry.common;

import vn.tdkt.refusal.Refusal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads code list values (enums) sent as text, accepting the code or its Vietnamese label. */
public final class CodeLists {

    private CodeLists() { }

    /** The value whose name or label equals the text (ignoring case and surrounding spaces). */
    public static <E extends Enum<E> & Labelled> Optional<E> find(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip();
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(wanted) || e.label().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** As {@link #find}, refusing an unknown value with a 400 that lists the allowed ones. */
    public static <E extends Enum<E> & Labelled> E parse(Class<E> type, String text, String errorCode, String what) {
        return find(type, text).orElseThrow(() -> Refusal.invalid(errorCode,
                capitalize(what) + " '" + (text == null ? "" : text.strip()) + "' không hợp lệ; giá trị hợp lệ: "
                        + allowed(type) + "."));
    }

    /** As {@link #parse}, but an absent value gives the default. */
    public static <E extends Enum<E> & Labelled> E parseOrDefault(Class<E> type, String text, E fallback,
                                                                  String errorCode, String what) {
        return text == null || text.isBlank() ? fallback : parse(type, text, errorCode, what);
    }

    public static <E extends Enum<E> & Labelled> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(e -> e.name() + " (" + e.label() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}

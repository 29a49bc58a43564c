package vn.tdkt.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * E-mail addresses as the outbox stores them: plain {@code local@domain}, checked when a notification is
 * written so that one malformed address never blocks the delivery of a whole message later.
 */
final class MailAddresses {

    static final String SEPARATOR = ",";

    private MailAddresses() { }

    /** The bare address of {@code raw} ({@code "Tên <a@b.vn>"} gives {@code a@b.vn}), or empty if it is not one. */
    static Optional<String> normalize(String raw) {
        if (raw == null || raw.isBlank() || raw.contains(SEPARATOR)) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(raw.strip(), true);
            address.validate();
            String plain = address.getAddress();
            int at = plain.lastIndexOf('@');
            if (at <= 0 || at == plain.length() - 1 || plain.substring(at + 1).indexOf('.') < 0) {
                return Optional.empty();
            }
            return Optional.of(plain);
        } catch (AddressException e) {
            return Optional.empty();
        }
    }

    /** The valid addresses among {@code raw}, first occurrence kept, compared without regard to case. */
    static Split distinctValid(Collection<String> raw) {
        Map<String, String> valid = new LinkedHashMap<>();
        List<String> rejected = new ArrayList<>();
        for (String candidate : raw) {
            Optional<String> address = normalize(candidate);
            if (address.isPresent()) {
                valid.putIfAbsent(address.get().toLowerCase(Locale.ROOT), address.get());
            } else if (candidate != null && !candidate.isBlank()) {
                rejected.add(candidate);
            }
        }
        return new Split(List.copyOf(valid.values()), List.copyOf(rejected));
    }

    static String join(List<String> addresses) {
        return String.join(SEPARATOR, addresses);
    }

    static List<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Addresses kept and candidates refused as malformed. */
    record Split(List<String> valid, List<String> rejected) { }
}

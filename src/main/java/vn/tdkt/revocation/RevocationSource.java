package vn.tdkt.revocation;

import java.util.Optional;

/** How the violation came to light. */
public enum RevocationSource {
    INSPECTION("Phát hiện qua thanh tra, kiểm tra"),
    COMPLAINT("Từ đơn khiếu nại, tố cáo");

    private final String label;

    RevocationSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<RevocationSource> parse(Object value) {
        for (RevocationSource s : values()) {
            if (s.name().equals(value)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}

package vn.tdkt.exemplar;

import java.util.Arrays;
import java.util.Optional;

/** What a model example is about: a person, a collective, or a new model or initiative ("mô hình mới, nhân tố mới"). */
public enum ExampleKind {
    PERSON("Cá nhân điển hình"),
    COLLECTIVE("Tập thể điển hình"),
    MODEL("Mô hình mới, nhân tố mới");

    private final String label;

    ExampleKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<ExampleKind> of(Object value) {
        return Arrays.stream(values()).filter(k -> k.name().equals(value)).findFirst();
    }
}

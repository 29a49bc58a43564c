package vn.tdkt.registry.unit;

import vn.tdkt.registry.common.Labelled;

/** Why a unit stopped existing: merged into a successor, or dissolved. */
public enum EndReason implements Labelled {
    MERGED("Sáp nhập"),
    DISSOLVED("Giải thể");

    private final String label;

    EndReason(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

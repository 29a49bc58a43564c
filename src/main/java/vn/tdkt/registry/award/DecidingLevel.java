package vn.tdkt.registry.award;

import vn.tdkt.registry.common.Labelled;

/** Level whose head decides the award. */
public enum DecidingLevel implements Labelled {
    CO_SO("Cơ sở"),
    TINH("Tỉnh"),
    TRUNG_UONG("Trung ương");

    private final String label;

    DecidingLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

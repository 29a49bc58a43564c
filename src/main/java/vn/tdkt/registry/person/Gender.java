package vn.tdkt.registry.person;

import vn.tdkt.registry.common.Labelled;

public enum Gender implements Labelled {
    NAM("Nam"),
    NU("Nữ");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

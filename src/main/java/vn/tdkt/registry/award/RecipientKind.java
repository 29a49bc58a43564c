package vn.tdkt.registry.award;

import vn.tdkt.registry.common.Labelled;

/** Who may receive an award: individuals, collectives, or both. */
public enum RecipientKind implements Labelled {
    CA_NHAN("Cá nhân"),
    TAP_THE("Tập thể"),
    CA_NHAN_TAP_THE("Cá nhân và tập thể");

    private final String label;

    RecipientKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

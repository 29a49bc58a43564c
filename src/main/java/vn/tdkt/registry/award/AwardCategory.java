package vn.tdkt.registry.award;

import vn.tdkt.registry.common.Labelled;

/** Emulation title (danh hiệu thi đua) or form of commendation (hình thức khen thưởng). */
public enum AwardCategory implements Labelled {
    DANH_HIEU("Danh hiệu thi đua"),
    HINH_THUC("Hình thức khen thưởng");

    private final String label;

    AwardCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

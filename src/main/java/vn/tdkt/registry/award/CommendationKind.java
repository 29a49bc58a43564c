package vn.tdkt.registry.award;

import vn.tdkt.registry.common.Labelled;

/** Kinds of commendation (Law on Emulation and Commendation 2022); only CONG_TRANG counts for merit streaks. */
public enum CommendationKind implements Labelled {
    CONG_TRANG("Khen thưởng theo công trạng và thành tích đạt được"),
    CHUYEN_DE("Khen thưởng theo chuyên đề"),
    DOT_XUAT("Khen thưởng đột xuất"),
    CONG_HIEN("Khen thưởng quá trình cống hiến"),
    NIEN_HAN("Khen thưởng theo niên hạn"),
    DOI_NGOAI("Khen thưởng đối ngoại");

    private final String label;

    CommendationKind(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

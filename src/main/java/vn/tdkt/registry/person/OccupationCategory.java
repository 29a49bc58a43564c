package vn.tdkt.registry.person;

import vn.tdkt.registry.common.Labelled;

/**
 * The group of a person the statistics forms count by (Thông tư 02/2023/TT-BNV, biểu 0602.N and 0603.N, rows
 * "Cá nhân"): leaders of a ministry or province and above, leaders of a department, business people, other leaders
 * from deputy head of division up, and the people working directly (workers, farmers…).
 */
public enum OccupationCategory implements Labelled {
    LANH_DAO_BO_TINH("Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên"),
    LANH_DAO_SO_NGANH("Lãnh đạo cấp vụ, sở, ngành và tương đương"),
    DOANH_NHAN("Doanh nhân"),
    LANH_DAO_KHAC("Các cấp lãnh đạo khác từ phó phòng trở lên"),
    TRUC_TIEP("Người trực tiếp công tác, lao động, học tập, chiến đấu (công nhân, nông dân…)");

    private final String label;

    OccupationCategory(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

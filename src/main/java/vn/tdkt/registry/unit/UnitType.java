package vn.tdkt.registry.unit;

import vn.tdkt.registry.common.Labelled;

/** Kinds of units taking part in the province's emulation movement. */
public enum UnitType implements Labelled {
    SO_NGANH("Sở, ban, ngành tỉnh"),
    CO_QUAN_TRUNG_UONG("Cơ quan Trung ương đóng trên địa bàn"),
    MAT_TRAN_DOAN_THE("Mặt trận, đoàn thể"),
    DON_VI_SU_NGHIEP("Đơn vị sự nghiệp"),
    DOANH_NGHIEP("Doanh nghiệp"),
    UBND_XA("UBND xã, phường, đặc khu"),
    KHAC("Khác");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}

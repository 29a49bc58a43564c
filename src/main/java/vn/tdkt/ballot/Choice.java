package vn.tdkt.ballot;

/** A voter's answer on one candidate. */
public enum Choice {
    DONG_Y("Đồng ý"),
    KHONG_DONG_Y("Không đồng ý"),
    DE_TRONG("Để trống");

    private final String label;

    Choice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

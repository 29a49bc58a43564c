package vn.tdkt.statistics;

/** Where a statistics report stands, with the Vietnamese words users read. */
public enum StatisticsStatus {
    DRAFT("Đang lập"),
    SUBMITTED("Chờ lãnh đạo phê duyệt"),
    RETURNED("Bị trả lại"),
    APPROVED("Đã phê duyệt");

    private final String label;

    StatisticsStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package vn.tdkt.proposal;

/** Where a proposal stands, as shown to units and auditors (after the states of production TĐKT systems). */
public enum ProposalStatus {
    DRAFT("Đang lập hồ sơ"),
    SUBMITTED("Chờ thủ trưởng ký"),
    RETURNED("Bị trả lại để hoàn thiện"),
    WAITING_INTAKE("Chờ Sở Nội vụ tiếp nhận"),
    ACCEPTED("Đã tiếp nhận, đang thẩm định"),
    APPRAISED("Đã thẩm định"),
    COUNCIL("Chờ Hội đồng TĐKT xét"),
    CONSULTATION("Đang công khai lấy ý kiến"),
    WAITING_DECISION("Chờ Chủ tịch UBND tỉnh quyết định"),
    FORWARDED("Đã trình Trung ương"),
    AWARDED("Đã khen thưởng"),
    NOT_AWARDED("Không được khen thưởng");

    private final String label;

    ProposalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

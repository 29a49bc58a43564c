package vn.tdkt.audit;

/** What an audit record is about, with the Vietnamese label the audit page, the exports and the PDF show. */
public enum AuditKind {
    PROCESS_STARTED("Bắt đầu quy trình"),
    PROCESS_UPDATED("Cập nhật quy trình"),
    PROCESS_ENDED("Kết thúc quy trình"),
    ACTIVITY_STARTED("Bắt đầu bước"),
    ACTIVITY_ENDED("Kết thúc bước"),
    TASK_CREATED("Tạo nhiệm vụ"),
    TASK_UPDATED("Cập nhật nhiệm vụ"),
    TASK_COMPLETED("Hoàn thành nhiệm vụ"),
    TASK_DELETED("Hủy nhiệm vụ"),
    IDENTITY_LINK_ADDED("Giao việc / thêm nhóm xử lý"),
    IDENTITY_LINK_REMOVED("Bỏ giao việc / bỏ nhóm xử lý"),
    VARIABLE_CREATED("Tạo dữ liệu"),
    VARIABLE_UPDATED("Thay đổi dữ liệu"),
    VARIABLE_DELETED("Xóa dữ liệu"),
    DECISION_EVALUATED("Áp dụng bảng quyết định (DMN)"),
    USER_OPERATION("Thao tác của người dùng"),
    INCIDENT("Sự cố"),
    TIMER_OR_JOB("Hẹn giờ / tác vụ nền"),
    COMMENT("Ý kiến (bình luận)"),
    DOCUMENT_UPLOADED("Tải lên tài liệu hồ sơ"),
    DOCUMENT_DELETED("Xóa tài liệu hồ sơ"),
    STAGE_OUTCOME("Kết quả một bước hồ sơ"),
    COUNCIL_RESULT("Kết quả bỏ phiếu của Hội đồng (tổng số phiếu)"),
    ELIGIBILITY_ASSESSED("Kết quả xét tiêu chuẩn (kèm cảnh báo quy định chưa xác nhận)"),
    DECISION_ISSUED("Ban hành quyết định khen thưởng"),
    DECISION_SIGNED_ORIGINAL_RECORDED("Ghi nhận bản chính quyết định đã ký"),
    REGISTER_NUMBER_TAKEN("Lấy số văn bản đi"),
    SUBSTITUTE_NAMED("Ủy quyền khi vắng mặt"),
    SUBSTITUTION_CANCELLED("Hủy ủy quyền khi vắng mặt"),
    TASK_REROUTED_TO_SUBSTITUTE("Chuyển việc cho người thay thế"),
    LOGIN_FAILED("Đăng nhập sai"),
    LOGIN_HELD_BACK("Tạm chặn đăng nhập do sai nhiều lần"),
    LOGIN_LOCK_LIFTED("Mở khóa đăng nhập"),
    STALE_CLAIM_RELEASED("Trả lại việc nhận quá lâu về nhóm"),
    MOVEMENT_LAUNCHED("Phát động phong trào thi đua"),
    MOVEMENT_PARTICIPATION("Đơn vị đăng ký, báo cáo phong trào thi đua"),
    MOVEMENT_REVIEWED("Sơ kết, tổng kết phong trào thi đua"),
    BLOCK_SUPERVISOR_ASSIGNED("Phân công thành viên Hội đồng phụ trách khối thi đua"),
    BLOCK_SUPERVISION_RECORDED("Ý kiến, kết quả giám sát của thành viên Hội đồng phụ trách khối"),
    STATISTICS_REPORT_STARTED("Lập báo cáo thống kê thi đua, khen thưởng"),
    STATISTICS_REPORT_RETURNED("Trả lại báo cáo thống kê thi đua, khen thưởng"),
    STATISTICS_REPORT_APPROVED("Phê duyệt báo cáo thống kê thi đua, khen thưởng"),
    REVOCATION_STARTED("Đề nghị hủy bỏ quyết định khen thưởng"),
    REVOCATION_REVIEWED("Thẩm định, cho ý kiến về hủy bỏ khen thưởng"),
    REVOCATION_REFUSED("Không hủy bỏ khen thưởng"),
    REVOCATION_ANNULLED("Hủy bỏ khen thưởng"),
    REVOCATION_PROPOSAL_FLAGGED("Cảnh báo hồ sơ đề nghị có khen thưởng bị hủy bỏ"),
    REVOCATION_RECOVERY("Thu hồi hiện vật, tiền thưởng"),
    REVOCATION_RECOVERY_OVERDUE("Quá hạn thu hồi hiện vật, tiền thưởng"),
    REVOCATION_COMPLETED("Hoàn thành thu hồi hiện vật, tiền thưởng");

    private final String label;

    AuditKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

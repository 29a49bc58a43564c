package vn.tdkt.audit;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The Vietnamese words of the readable timeline that no deployed form gives: data the processes keep for
 * themselves (counts, deadlines, outcomes), fields of the rows of such lists, the codes those hold, the states of a
 * process instance and the incidents' kinds. A form's label always wins over these (see {@link ProcessWords}).
 */
final class TimelineWords {

    private TimelineWords() {
    }

    /** Process variables by name, for those no form shows. */
    static final Map<String, String> VARIABLES = Map.ofEntries(
            entry("initiator", "Người lập hồ sơ"),
            entry("sessionInitiator", "Người mở phiên họp"),
            entry("unitCode", "Mã đơn vị đề nghị"),
            entry("awardTypeName", "Tên hình thức khen thưởng"),
            entry("decidingLevel", "Cấp quyết định khen thưởng"),
            entry("recipientKind", "Đối tượng đề nghị (cá nhân / tập thể)"),
            entry("requiredDocuments", "Thành phần hồ sơ bắt buộc"),
            entry("provincialOutcome", "Kết quả xử lý tại cấp tỉnh"),
            entry("eligibilitySummary", "Kết quả xét điều kiện theo tiêu chuẩn"),
            entry("processingDueDate", "Hạn giải quyết hồ sơ"),
            entry("judgedOn", "Ngày áp dụng quy định (ngày bắt đầu hồ sơ)"),
            entry("processingAcceptedOn", "Ngày tiếp nhận hồ sơ (bắt đầu tính thời hạn)"),
            entry("processingDaysUsed", "Số ngày làm việc đã dùng trước khi trả lại"),
            entry("reminderDate", "Ngày nhắc việc trước hạn"),
            entry("eligibleCount", "Số đối tượng đủ điều kiện"),
            entry("agencyLetterNeeded", "Có tờ trình của Sở Nội vụ trình Chủ tịch UBND tỉnh"),
            entry("councilResults", "Kết quả xét của Hội đồng TĐKT"),
            entry("councilRule", "Quy định xét của Hội đồng TĐKT"),
            entry("councilMinutesRef", "Số biên bản họp Hội đồng TĐKT"),
            entry("councilMinutesDate", "Ngày họp Hội đồng TĐKT (ngày của biên bản)"),
            entry("councilSessionKey", "Số phiên họp Hội đồng TĐKT"),
            entry("councilKind", "Loại Hội đồng"),
            entry("passedCount", "Số đối tượng được Hội đồng thông qua"),
            entry("approvedCount", "Số đối tượng được Chủ tịch UBND tỉnh đồng ý khen thưởng"),
            entry("remainingCount", "Số đối tượng còn lại sau công khai"),
            entry("centralAwardedCount", "Số đối tượng được Trung ương khen thưởng"),
            entry("decidedBy", "Người quyết định"),
            entry("decisionId", "Số hiệu quyết định trong hệ thống"),
            entry("decisionNumber", "Số quyết định khen thưởng"),
            entry("decisionDateText", "Ngày ký quyết định"),
            entry("consultationEndsAt", "Thời điểm hết thời gian công khai"),
            entry("consultationEndsText", "Thời hạn công khai"),
            entry("concurrenceAgencies", "Cơ quan được hỏi ý kiến hiệp y"),
            entry("concurrenceAnswered", "Số cơ quan đã trả lời hiệp y"),
            entry("concurrenceDueDate", "Hạn trả lời hiệp y"),
            entry("forwardedAt", "Thời điểm chuyển hồ sơ lên Trung ương"),
            entry("yearEndDate", "Ngày kết thúc năm thi đua"),
            entry("midYearDate", "Ngày sơ kết 6 tháng"),
            entry("leaderUnit", "Đơn vị khối trưởng"),
            entry("blockId", "Số hiệu khối thi đua"),
            entry("members", "Đơn vị thành viên"),
            entry("member", "Đơn vị thành viên"),
            entry("checkers", "Đơn vị chấm chéo"),
            entry("checker", "Đơn vị chấm chéo"),
            entry("target", "Đơn vị được chấm"),
            entry("crossCheckTargets", "Đơn vị được chấm chéo"),
            entry("arbitrationTargets", "Đơn vị cần phân xử điểm"),
            entry("arbitrationTarget", "Đơn vị cần phân xử điểm"),
            entry("ranking", "Xếp hạng trong khối"),
            entry("voterIds", "Thành viên được bỏ phiếu"),
            entry("voter", "Thành viên bỏ phiếu"),
            entry("writtenVoterIds", "Thành viên vắng mặt gửi phiếu bằng văn bản"),
            entry("writtenMembers", "Thành viên vắng mặt có phiếu bằng văn bản"),
            entry("writtenVoterOptions", "Danh sách thành viên gửi phiếu bằng văn bản"),
            entry("ballotCandidates", "Danh sách đưa ra bỏ phiếu"),
            entry("ballotRound", "Vòng bỏ phiếu"),
            entry("ballotSessionId", "Số hiệu phiên bỏ phiếu"),
            entry("revoteNeeded", "Cần bỏ phiếu lại"),
            entry("quorum", "Kết quả xét túc số"),
            entry("chairName", "Chủ tọa phiên họp"),
            entry("chairUserId", "Tài khoản chủ tọa"),
            entry("agency", "Cơ quan hiệp y"),
            entry("needsConcurrence", "Có lấy ý kiến hiệp y"),
            entry("councilTotals", "Kết quả kiểm phiếu"),
            entry("nrOfInstances", "Số lượt xử lý song song"),
            entry("nrOfActiveInstances", "Số lượt đang xử lý"),
            entry("nrOfCompletedInstances", "Số lượt đã xong"),
            entry("loopCounter", "Thứ tự lượt xử lý"));

    /** Fields of list rows and of objects, by field name, for those no form shows. */
    static final Map<String, String> ROW_FIELDS = Map.ofEntries(
            entry("nomineeCode", "Mã"),
            entry("nomineeName", "Cá nhân / tập thể"),
            entry("nominee", "Cá nhân / tập thể"),
            entry("appraisal", "Kết quả thẩm định"),
            entry("totalMembers", "Tổng số thành viên Hội đồng"),
            entry("yesVotes", "Số phiếu đồng ý"),
            entry("passed", "Được thông qua"),
            entry("voteType", "Loại biểu quyết"),
            entry("needsCouncil", "Cần Hội đồng TĐKT tỉnh xét"),
            entry("reason", "Lý do"),
            entry("note", "Ý kiến"),
            entry("action", "Xử lý"),
            entry("approve", "Quyết định"),
            entry("awarded", "Kết quả"),
            entry("candidateCode", "Mã"),
            entry("candidateName", "Cá nhân, tập thể, đơn vị"),
            entry("unitCode", "Mã đơn vị"),
            entry("unitName", "Đơn vị"),
            entry("awardName", "Hình thức đề nghị"),
            entry("fullName", "Họ tên"),
            entry("userId", "Tài khoản"),
            entry("code", "Mã"),
            entry("name", "Tên"),
            entry("score", "Điểm"),
            entry("yes", "Đồng ý"),
            entry("no", "Không đồng ý"),
            entry("blank", "Để trống"),
            entry("votesCast", "Số phiếu"),
            entry("result", "Kết quả"),
            entry("threshold", "Tỷ lệ quy định"));

    /** Coded values of the processes' own data and of decision tables' inputs and outputs. */
    static final Map<String, String> CODES = Map.ofEntries(
            entry("PENDING", "đang xử lý"),
            entry("DECIDED", "Chủ tịch UBND tỉnh đã quyết định"),
            entry("UPWARD", "đề nghị cấp trên khen thưởng"),
            entry("NOT_AWARDED", "không được khen thưởng"),
            entry("XUAT_SAC", "Hoàn thành xuất sắc nhiệm vụ"),
            entry("TOT", "Hoàn thành tốt nhiệm vụ"),
            entry("HOAN_THANH", "Hoàn thành nhiệm vụ"),
            entry("KHONG_HOAN_THANH", "Không hoàn thành nhiệm vụ"),
            entry("CHUA_HOAN_THANH", "Chưa hoàn thành nhiệm vụ"),
            entry("NONE", "không có"),
            entry("KHONG", "không"),
            entry("PROCESSING", "giải quyết hồ sơ"),
            entry("REMINDER_BEFORE", "nhắc việc trước hạn"),
            entry("CONCURRENCE", "lấy ý kiến hiệp y"),
            entry("CONSULTATION", "công khai lấy ý kiến"),
            entry("PASSED", "thông qua"),
            entry("NOT_PASSED", "không thông qua"),
            entry("REVOTE", "bỏ phiếu lại"),
            entry("DEFER", "hoãn xét"),
            entry("AT_LEAST", "từ … trở lên"),
            entry("MORE_THAN", "trên …"),
            entry("TOTAL_MEMBERS", "tổng số thành viên"),
            entry("VOTES_CAST", "số phiếu bầu"),
            entry("HOI_DONG_TINH", "Hội đồng TĐKT tỉnh"),
            entry("THONG_QUA", "thông qua"),
            entry("DONE", "đã hoàn thành"),
            entry("TINH", "cấp tỉnh"),
            entry("TRUNG_UONG", "Trung ương"));

    /** States of a process instance. */
    static final Map<String, String> STATES = Map.of(
            "ACTIVE", "đang xử lý",
            "SUSPENDED", "tạm dừng",
            "COMPLETED", "đã kết thúc",
            "EXTERNALLY_TERMINATED", "bị hủy",
            "INTERNALLY_TERMINATED", "kết thúc do quy trình dừng");

    /** Kinds of incident. */
    static final Map<String, String> INCIDENTS = Map.of(
            "failedJob", "tác vụ nền bị lỗi",
            "failedExternalTask", "tác vụ bên ngoài bị lỗi");

    /**
     * Process variables that tell a person nothing another row does not: the engine's record of the starter and
     * the counters it keeps for a step done in several parallel turns.
     */
    static final java.util.Set<String> TECHNICAL_VARIABLES = java.util.Set.of("initiator", "sessionInitiator",
            "nrOfInstances", "nrOfActiveInstances", "nrOfCompletedInstances", "loopCounter");

    /** Reasons the engine itself gives when it ends an instance or a task (a person's own reason is quoted). */
    static final Map<String, String> ENGINE_REASONS = Map.of(
            "deleted", "quy trình chuyển sang hướng khác",
            "deleted deployment", "gói mô hình quy trình đã bị gỡ khỏi hệ thống",
            "Process instance modification", "quản trị viên điều chỉnh bước đang xử lý",
            "Cancelled due to process instance modification", "quản trị viên điều chỉnh bước đang xử lý",
            "terminated", "quy trình kết thúc ở nhánh khác");
}

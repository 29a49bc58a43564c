package vn.tdkt.awarddecision;

import vn.tdkt.refusal.Refusal;

import java.util.List;

/** Checks the shape of a {@link DecisionRequest} before anything is looked up or written: 400 on the first fault. */
final class DecisionRequestValidator {

    static final int MAX_AWARDEES = 1000;

    private DecisionRequestValidator() { }

    /** A draft needs no signer: it is read before anyone signs. */
    static void check(DecisionRequest r, boolean draft) {
        if (r == null) {
            throw invalid("Thiếu nội dung quyết định.");
        }
        if (!draft) {
            required(r.signerUserId(), "Người ký (signerUserId)");
            required(r.signerName(), "Họ và tên người ký (signerName)");
        }
        required(r.awardTypeCode(), "Mã hình thức khen thưởng (awardTypeCode)");
        if (r.awardYear() == null) {
            throw invalid("Năm khen thưởng (awardYear) không được để trống.");
        }
        year(r.awardYear(), "Năm khen thưởng");
        if (r.year() != null) {
            year(r.year(), "Năm ban hành");
        }
        max(r.signerUserId(), 64, "Người ký (signerUserId)");
        max(r.signerName(), 255, "Họ và tên người ký");
        max(r.signerTitle(), 120, "Chức danh người ký");
        max(r.subject(), 500, "Trích yếu");
        max(r.achievementText(), 1000, "Nội dung thành tích");
        max(r.proposalReference(), 500, "Văn bản đề nghị");
        if (r.submission() != null) {
            required(r.submission().proposer(), "Người đề nghị tại tờ trình (chức danh thủ trưởng đơn vị)");
            required(r.submission().number(), "Số tờ trình");
            if (r.submission().date() == null) {
                throw invalid("Ngày tờ trình không được để trống.");
            }
            max(r.submission().proposer(), 200, "Chức danh người đề nghị tại tờ trình");
            max(r.submission().number(), 60, "Số tờ trình");
        }
        if (r.councilMinutes() != null) {
            required(r.councilMinutes().number(), "Số biên bản họp Hội đồng Thi đua - Khen thưởng");
            max(r.councilMinutes().number(), 200, "Số biên bản họp Hội đồng Thi đua - Khen thưởng");
        }
        max(r.businessKey(), 64, "Mã hồ sơ (businessKey)");
        max(r.ownerUnitCode(), 40, "Mã đơn vị trình (ownerUnitCode)");
        max(r.processInstanceId(), 64, "Mã quy trình (processInstanceId)");
        awardees(r.awardees());
    }

    private static void awardees(List<DecisionRequest.Awardee> awardees) {
        if (awardees == null || awardees.isEmpty()) {
            throw Refusal.invalid("NO_AWARDEES", "Quyết định phải có ít nhất một cá nhân hoặc tập thể được khen.");
        }
        if (awardees.size() > MAX_AWARDEES) {
            throw Refusal.invalid("TOO_MANY_AWARDEES", "Một quyết định có tối đa " + MAX_AWARDEES
                    + " cá nhân, tập thể.");
        }
        for (int i = 0; i < awardees.size(); i++) {
            DecisionRequest.Awardee a = awardees.get(i);
            String which = "Dòng " + (i + 1) + " của danh sách";
            if (a == null || blank(a.personCode()) == blank(a.unitCode())) {
                throw Refusal.invalid("RECIPIENT_REQUIRED", which + " phải ghi đúng một đối tượng được khen:"
                        + " personCode (cá nhân) hoặc unitCode (tập thể).");
            }
            max(a.positionAndUnit(), 500, which + ": chức vụ, đơn vị");
            max(a.achievementSummary(), 2000, which + ": thành tích");
            max(a.achievementRef(), 120, which + ": mã thành tích (achievementRef)");
        }
    }

    private static void required(String value, String what) {
        if (blank(value)) {
            throw invalid(what + " không được để trống.");
        }
    }

    private static void year(int year, String what) {
        if (year < 1945 || year > 2100) {
            throw invalid(what + " phải từ 1945 đến 2100.");
        }
    }

    private static void max(String value, int length, String what) {
        if (value != null && value.strip().length() > length) {
            throw invalid(what + " tối đa " + length + " ký tự.");
        }
    }

    private static Refusal invalid(String message) {
        return Refusal.invalid("INVALID_DECISION", message);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

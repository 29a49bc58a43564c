package vn.tdkt.exemplar;

import java.util.ArrayList;
import java.util.List;

import static vn.tdkt.exemplar.ModelExampleVariables.Decision;

/**
 * What a model example and the answers on it must satisfy, as plain functions of the submitted values. Each returns
 * the problems in Vietnamese; an empty list means acceptable.
 */
final class ExampleRules {

    static final int TITLE_MIN = 5;
    static final int TITLE_MAX = 200;
    static final int STORY_MIN = 50;
    static final int STORY_MAX = 8000;
    static final int EVIDENCE_MIN = 10;
    static final int EVIDENCE_MAX = 4000;
    static final int SUMMARY_MIN = 20;
    static final int SUMMARY_MAX = 1000;
    static final int REASON_MAX = 2000;

    private ExampleRules() { }

    static List<String> content(ExampleInput in) {
        List<String> errors = new ArrayList<>();
        if (ExampleKind.of(in.kind()).isEmpty()) {
            errors.add("Loại gương điển hình phải là cá nhân, tập thể hoặc mô hình mới, nhân tố mới.");
        }
        length(errors, in.title(), TITLE_MIN, TITLE_MAX, "Tên gương điển hình");
        length(errors, in.subjectName(), 2, TITLE_MAX, "Tên cá nhân, tập thể hoặc mô hình");
        length(errors, in.story(), STORY_MIN, STORY_MAX, "Câu chuyện, thành tích nổi bật");
        length(errors, in.evidence(), EVIDENCE_MIN, EVIDENCE_MAX, "Minh chứng");
        return errors;
    }

    /** The unit head's answer: approve, or return with a reason. */
    static List<String> headAnswer(Object decision, Object comment) {
        if (!Decision.isOneOf(decision, Decision.APPROVE, Decision.RETURN)) {
            return List.of("Ý kiến của thủ trưởng phải là 'Đồng ý đề nghị' hoặc 'Trả lại để hoàn thiện'.");
        }
        if (Decision.RETURN.is(decision) && blank(comment)) {
            return List.of("Khi trả lại, thủ trưởng phải ghi rõ lý do.");
        }
        return List.of();
    }

    /** The standing agency's vetting: accept with a nurture plan and a public summary; return or refuse with a reason. */
    static List<String> vettingAnswer(Object decision, Object comment, Object plan, Object summary) {
        if (!Decision.isOneOf(decision, Decision.ACCEPT, Decision.RETURN, Decision.REFUSE)) {
            return List.of("Kết quả xem xét phải là 'Công nhận', 'Trả lại đơn vị' hoặc 'Không công nhận'.");
        }
        List<String> errors = new ArrayList<>();
        if (Decision.ACCEPT.is(decision)) {
            length(errors, plan, EVIDENCE_MIN, EVIDENCE_MAX, "Kế hoạch bồi dưỡng, nhân rộng");
            length(errors, summary, SUMMARY_MIN, SUMMARY_MAX, "Tóm tắt để công bố");
        } else if (blank(comment)) {
            errors.add(Decision.RETURN.is(decision) ? "Khi trả lại đơn vị phải ghi rõ lý do."
                    : "Khi không công nhận phải ghi rõ lý do.");
        }
        return errors;
    }

    /** The approval of publishing: approve, or return to the vetting with a reason. */
    static List<String> publishAnswer(Object decision, Object comment) {
        if (!Decision.isOneOf(decision, Decision.APPROVE, Decision.RETURN)) {
            return List.of("Ý kiến phải là 'Duyệt đăng tin' hoặc 'Trả lại chuyên viên'.");
        }
        if (Decision.RETURN.is(decision) && blank(comment)) {
            return List.of("Khi trả lại chuyên viên phải ghi rõ lý do.");
        }
        return List.of();
    }

    /** The monitoring of a published example: withdraw with a reason, or close the follow-up. */
    static List<String> monitorAnswer(Object decision, Object reason) {
        if (!Decision.isOneOf(decision, Decision.WITHDRAW, Decision.CLOSE)) {
            return List.of("Ý kiến phải là 'Thu hồi gương điển hình' hoặc 'Kết thúc theo dõi, giữ công bố'.");
        }
        if (Decision.WITHDRAW.is(decision) && blank(reason)) {
            return List.of("Khi thu hồi gương điển hình phải ghi rõ lý do; lý do được ghi vào nhật ký.");
        }
        return List.of();
    }

    /** A follow-up report of the nurture plan. */
    static List<String> followUpReport(Object report) {
        List<String> errors = new ArrayList<>();
        length(errors, report, EVIDENCE_MIN, EVIDENCE_MAX, "Báo cáo kết quả bồi dưỡng, nhân rộng");
        return errors;
    }

    /** A unit's note that it replicated the example. */
    static List<String> replicationNote(Object note) {
        List<String> errors = new ArrayList<>();
        length(errors, note, EVIDENCE_MIN, REASON_MAX, "Nội dung nhân rộng");
        return errors;
    }

    private static void length(List<String> errors, Object value, int min, int max, String label) {
        String text = value instanceof String s ? s.strip() : null;
        if (text == null || text.length() < min || text.length() > max) {
            errors.add(label + " phải dài từ " + min + " đến " + max + " ký tự.");
        }
    }

    static boolean blank(Object value) {
        return !(value instanceof String s) || s.isBlank();
    }
}

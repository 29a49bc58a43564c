package vn.tdkt.movement;

import vn.tdkt.proposal.ProposalStartRules;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a movement's draft and the units' answers must satisfy, as plain functions of the submitted values and
 * the facts around them. Each returns the problems in Vietnamese; an empty list means acceptable.
 */
public final class MovementRules {

    static final int NAME_MIN = 10;
    static final int NAME_MAX = 500;
    static final int TEXT_MIN = 20;
    static final int TEXT_MAX = 4000;
    static final int REPORT_MAX = 8000;
    static final int AWARDS_MAX = 2000;

    private MovementRules() { }

    /** A draft as submitted (values exactly as they came, possibly missing or of a wrong type). */
    public record DraftInput(Object name, Object kind, Object goal, Object criteria, Object startDate,
                             Object midReviewDate, Object endDate, Object participantCodes, Object awardsText) { }

    /** A draft that passed the rules. */
    public record Draft(String name, MovementKind kind, String goal, String criteria, LocalDate startDate,
                        LocalDate midReviewDate, LocalDate endDate, List<String> participantCodes, String awardsText) { }

    /** The outcome: the draft when acceptable, else the problems. */
    public record Checked(Draft draft, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /**
     * @param activeUnits the units active today, by code with their names (the only ones that may take part)
     */
    public static Checked checkDraft(DraftInput in, LocalDate today, Map<String, String> activeUnits) {
        List<String> problems = new ArrayList<>();
        String name = text(in.name());
        if (name == null || name.length() < NAME_MIN || name.length() > NAME_MAX) {
            problems.add("Tên phong trào phải dài từ " + NAME_MIN + " đến " + NAME_MAX + " ký tự.");
        }
        MovementKind kind = MovementKind.parse(in.kind());
        if (kind == null) {
            problems.add("Hình thức tổ chức thi đua phải là phong trào theo chuyên đề hoặc phong trào thường xuyên.");
        }
        String goal = longText(in.goal(), "Mục tiêu", TEXT_MAX, problems);
        String criteria = longText(in.criteria(), "Nội dung, tiêu chí thi đua", TEXT_MAX, problems);
        LocalDate start = date(in.startDate(), "Ngày bắt đầu", problems);
        LocalDate mid = date(in.midReviewDate(), "Ngày sơ kết", problems);
        LocalDate end = date(in.endDate(), "Ngày kết thúc", problems);
        if (start != null && mid != null && end != null) {
            if (!mid.isAfter(start)) {
                problems.add("Ngày sơ kết phải sau ngày bắt đầu.");
            }
            if (!end.isAfter(mid)) {
                problems.add("Ngày kết thúc phải sau ngày sơ kết.");
            }
            if (!mid.isAfter(today)) {
                problems.add("Ngày sơ kết phải sau hôm nay: phong trào phát động để các đơn vị còn thời gian thực hiện.");
            }
        }
        List<String> codes = ProposalStartRules.codesOf(in.participantCodes());
        if (codes.isEmpty()) {
            problems.add("Chọn ít nhất một cơ quan, đơn vị tham gia phong trào.");
        }
        List<String> unknown = codes.stream().filter(c -> !activeUnits.containsKey(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add("Không có đơn vị đang hoạt động với mã: " + String.join(", ", unknown) + ".");
        }
        String awards = text(in.awardsText());
        if (awards != null && awards.length() > AWARDS_MAX) {
            problems.add("Hình thức khen thưởng không dài quá " + AWARDS_MAX + " ký tự.");
        }
        if (!problems.isEmpty()) {
            return new Checked(null, problems);
        }
        return new Checked(new Draft(name, kind, goal, criteria, start, mid, end, codes, awards), problems);
    }

    /** A unit's registration: what it commits to. */
    public static List<String> checkRegistration(Object plan) {
        List<String> problems = new ArrayList<>();
        longText(plan, "Nội dung đăng ký", TEXT_MAX, problems);
        return problems;
    }

    /** A unit's progress report: the text and the share of its targets met, 0 to 100. */
    public static List<String> checkReport(Object report, Object percent) {
        List<String> problems = new ArrayList<>();
        longText(report, "Báo cáo kết quả thực hiện", REPORT_MAX, problems);
        Integer p = wholeNumber(percent);
        if (p == null || p < 0 || p > 100) {
            problems.add("Mức độ hoàn thành phải là số nguyên từ 0 đến 100.");
        }
        return problems;
    }

    /** A review report of the standing agency. */
    public static List<String> checkReview(Object report, String label) {
        List<String> problems = new ArrayList<>();
        longText(report, label, REPORT_MAX, problems);
        return problems;
    }

    static String longText(Object value, String label, int max, List<String> problems) {
        String text = text(value);
        if (text == null || text.length() < TEXT_MIN || text.length() > max) {
            problems.add(label + " phải dài từ " + TEXT_MIN + " đến " + max + " ký tự.");
            return null;
        }
        return text;
    }

    static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    static LocalDate date(Object value, String label, List<String> problems) {
        String text = text(value);
        if (text == null) {
            problems.add(label + " chưa có.");
            return null;
        }
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            problems.add(label + " không phải một ngày hợp lệ (năm-tháng-ngày).");
            return null;
        }
    }

    static Integer wholeNumber(Object value) {
        if (value instanceof Integer i) {
            return i;
        }
        if (value instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return d.intValue();
        }
        return null;
    }
}

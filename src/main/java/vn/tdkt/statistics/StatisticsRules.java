package vn.tdkt.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The checks of the people's answers in the statistics report process; each problem a Vietnamese sentence. */
public final class StatisticsRules {

    public static final Set<String> LEVELS = Set.of("TINH", "TRUNG_UONG");
    public static final int MAX_TEXT = 4000;
    public static final int MIN_REASON = 10;

    private StatisticsRules() { }

    /** The start: a year already begun, not before the first form, and a level the forms know. */
    public static List<String> start(Object year, Object level, int currentYear, int firstYear) {
        List<String> problems = new ArrayList<>();
        Integer y = year(year);
        if (y == null) {
            problems.add("Năm báo cáo phải là một số năm, ví dụ " + currentYear + ".");
        } else if (y < firstYear || y > currentYear) {
            problems.add("Năm báo cáo phải từ " + firstYear + " (năm có biểu mẫu thống kê) đến " + currentYear + ".");
        }
        if (!(level instanceof String s) || !LEVELS.contains(s)) {
            problems.add("Hãy chọn cấp khen thưởng: cấp tỉnh hoặc cấp nhà nước.");
        }
        return problems;
    }

    /** The specialist's preparation: the figures checked against the registry, notes not too long. */
    public static List<String> prepare(Object figuresChecked, Object notes) {
        List<String> problems = new ArrayList<>();
        if (!Boolean.TRUE.equals(figuresChecked)) {
            problems.add("Hãy xác nhận đã đối chiếu số liệu của biểu với sổ khen thưởng trước khi trình.");
        }
        if (notes instanceof String s) {
            if (s.length() > MAX_TEXT) {
                problems.add("Ghi chú dài quá " + MAX_TEXT + " ký tự.");
            }
        } else if (notes != null) {
            problems.add("Ghi chú phải là văn bản.");
        }
        return problems;
    }

    /** The head's answer: approve, or return with a reason. */
    public static List<String> approval(Object decision, Object reason) {
        List<String> problems = new ArrayList<>();
        if (!"approve".equals(decision) && !"return".equals(decision)) {
            problems.add("Hãy chọn phê duyệt hoặc trả lại báo cáo.");
            return problems;
        }
        if ("return".equals(decision)) {
            String r = reason instanceof String s ? s.strip() : "";
            if (r.length() < MIN_REASON) {
                problems.add("Trả lại báo cáo phải ghi rõ lý do (ít nhất " + MIN_REASON + " ký tự).");
            } else if (r.length() > MAX_TEXT) {
                problems.add("Lý do trả lại dài quá " + MAX_TEXT + " ký tự.");
            }
        }
        return problems;
    }

    static Integer year(Object value) {
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (value instanceof String s && s.strip().matches("\\d{4}")) {
            return Integer.valueOf(s.strip());
        }
        return null;
    }
}

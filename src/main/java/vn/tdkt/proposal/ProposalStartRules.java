package vn.tdkt.proposal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static vn.tdkt.proposal.ProposalVariables.ACHIEVEMENT_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.AWARD_TYPE;
import static vn.tdkt.proposal.ProposalVariables.COMMENDATION_KIND;
import static vn.tdkt.proposal.ProposalVariables.NOMINEE_CODES;
import static vn.tdkt.proposal.ProposalVariables.PERIOD_YEAR;

/**
 * Checks the input of a new proposal (from the start form, the API or another process) before anything is
 * written. Pure: registry lookups happen afterwards, in {@link ProposalStarter}.
 */
public final class ProposalStartRules {

    public static final Set<String> KINDS = Set.of("CONG_TRANG", "CHUYEN_DE", "DOT_XUAT", "KHEN_CAO");
    static final int MAX_NOMINEES = 200;

    /** Only for callers that check the shape of a request without the legal parameters at hand (tests, forms). */
    static final int DEFAULT_YEARS_BACK = 5;

    private ProposalStartRules() { }

    /** The checked start input. */
    public record StartInput(String commendationKind, String awardType, int periodYear, List<String> nomineeCodes,
                             String achievementSummary) { }

    /** A refusal listing every problem found, in Vietnamese. */
    public record Result(StartInput input, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Result check(Map<String, Object> v, int currentYear) {
        return check(v, currentYear, DEFAULT_YEARS_BACK);
    }

    /**
     * {@code yearsBack}: how many years back an achievement may be proposed (parameter ACHIEVEMENT_YEARS_BACK of the
     * table {@code legal-parameters}: the province's rule, not the law's).
     */
    public static Result check(Map<String, Object> v, int currentYear, int yearsBack) {
        List<String> problems = new ArrayList<>();
        String kind = text(v.get(COMMENDATION_KIND));
        if (kind == null || !KINDS.contains(kind)) {
            problems.add("Loại hình khen thưởng phải là một trong: theo công trạng (CONG_TRANG), chuyên đề (CHUYEN_DE), "
                    + "đột xuất (DOT_XUAT), khen cao (KHEN_CAO).");
        }
        String awardType = text(v.get(AWARD_TYPE));
        if (awardType == null) {
            problems.add("Chưa chọn hình thức khen thưởng đề nghị.");
        }
        Integer year = integer(v.get(PERIOD_YEAR));
        if (year == null) {
            problems.add("Năm thành tích phải là số năm, ví dụ " + currentYear + ".");
        } else if (year < currentYear - yearsBack || year > currentYear) {
            problems.add("Năm thành tích " + year + " không hợp lệ: chỉ đề nghị cho thành tích từ năm "
                    + (currentYear - yearsBack) + " đến năm " + currentYear + ".");
        }
        List<String> codes = codes(v.get(NOMINEE_CODES));
        if (codes.isEmpty()) {
            problems.add("Danh sách đề nghị trống: chọn ít nhất một cá nhân hoặc tập thể.");
        } else if (codes.size() > MAX_NOMINEES) {
            problems.add("Một đề nghị có tối đa " + MAX_NOMINEES + " đối tượng.");
        }
        String summary = text(v.get(ACHIEVEMENT_SUMMARY));
        if (summary == null || summary.length() < 20) {
            problems.add("Tóm tắt thành tích phải có ít nhất 20 ký tự.");
        } else if (summary.length() > 4000) {
            problems.add("Tóm tắt thành tích dài quá 4000 ký tự.");
        }
        StartInput input = problems.isEmpty() ? new StartInput(kind, awardType, year, codes, summary) : null;
        return new Result(input, problems);
    }

    /** Codes separated by new lines, commas or semicolons; blanks dropped, duplicates removed, order kept. */
    public static List<String> codesOf(Object raw) {
        return codes(raw);
    }

    static List<String> codes(Object raw) {
        Set<String> out = new LinkedHashSet<>();
        if (raw instanceof org.camunda.spin.json.SpinJsonNode json && json.isArray()) {
            // a taglist of the start form: the chosen codes as a JSON array
            json.elements().forEach(e -> out.add(e.isString() ? e.stringValue().strip() : e.toString()));
            out.remove("");
        } else if (raw instanceof String s && s.strip().startsWith("[")) {
            codes(org.camunda.spin.Spin.JSON(s)).forEach(out::add);
        } else if (raw instanceof String s) {
            Arrays.stream(s.split("[\\r\\n,;]+")).map(String::strip).filter(c -> !c.isEmpty()).forEach(out::add);
        } else if (raw instanceof java.util.Collection<?> list) {
            list.stream().map(o -> o == null ? "" : o.toString().strip()).filter(c -> !c.isEmpty()).forEach(out::add);
        }
        return List.copyOf(out);
    }

    static String text(Object o) {
        return o instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    static Integer integer(Object o) {
        if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        if (o instanceof String s && s.strip().matches("\\d{4}")) {
            return Integer.parseInt(s.strip());
        }
        return null;
    }
}

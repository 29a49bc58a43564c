package vn.tdkt.block.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a scoring table and a score sheet must respect, checked on the server: the table's codes are unique and
 * its maxima positive; a sheet names only the table's items, gives no negative points and none above an item's
 * maximum, and carries evidence (the id of an uploaded document) for every criterion that requires it and has
 * points. Pure; problems in Vietnamese, none means accepted.
 */
public final class ScoringRules {

    private ScoringRules() { }

    public static List<String> table(ScoringTable t) {
        List<String> problems = new ArrayList<>();
        if (t.groups() == null || t.groups().isEmpty()) {
            problems.add("Bảng điểm phải có ít nhất một nhóm tiêu chí.");
            return problems;
        }
        Set<String> codes = new HashSet<>();
        for (ScoringTable.Group g : t.groups()) {
            if (blank(g.code()) || blank(g.name()) || g.criteria() == null || g.criteria().isEmpty()) {
                problems.add("Nhóm tiêu chí '" + g.code() + "' phải có mã, tên và ít nhất một tiêu chí.");
                continue;
            }
            for (ScoringTable.Criterion c : g.criteria()) {
                check(problems, codes, c.code(), c.name(), c.maxPoints());
            }
        }
        for (ScoringTable.Item i : safe(t.bonusItems())) {
            check(problems, codes, i.code(), i.name(), i.maxPoints());
        }
        for (ScoringTable.Item i : safe(t.penaltyItems())) {
            check(problems, codes, i.code(), i.name(), i.maxPoints());
        }
        if (t.bonusCap() == null || t.bonusCap().signum() < 0) {
            problems.add("Mức điểm thưởng tối đa phải từ 0 trở lên.");
        }
        if (t.tolerance() == null || t.tolerance().signum() < 0) {
            problems.add("Mức chênh lệch cho phép giữa tự chấm và chấm chéo phải từ 0 trở lên.");
        }
        if (t.voteCandidates() < 1) {
            problems.add("Số đơn vị đưa vào bỏ phiếu suy tôn phải từ 1 trở lên.");
        }
        if (t.tieBreaks() == null) {
            problems.add("Thiếu thứ tự tiêu chí phụ khi bằng điểm.");
        }
        return problems;
    }

    /**
     * @param documentExists whether a document id belongs to the member's evidence dossier
     */
    public static List<String> sheet(ScoringTable t, ScoreSheet s, Predicate<String> documentExists,
                                     Map<String, String> evidence) {
        List<String> problems = new ArrayList<>();
        Map<String, ScoringTable.Criterion> criteria = new java.util.LinkedHashMap<>();
        t.groups().forEach(g -> g.criteria().forEach(c -> criteria.put(c.code(), c)));
        for (ScoringTable.Criterion c : criteria.values()) {
            BigDecimal given = s.criteria().get(c.code());
            if (given == null) {
                problems.add("Chưa chấm tiêu chí " + c.code() + " (" + c.name() + ").");
            }
        }
        checkPoints(problems, s.criteria(), criteria.keySet(), code -> criteria.get(code).maxPoints(), "tiêu chí");
        Map<String, BigDecimal> bonusMax = new java.util.HashMap<>();
        safe(t.bonusItems()).forEach(i -> bonusMax.put(i.code(), i.maxPoints()));
        checkPoints(problems, s.bonus(), bonusMax.keySet(), bonusMax::get, "điểm thưởng");
        Map<String, BigDecimal> penaltyMax = new java.util.HashMap<>();
        safe(t.penaltyItems()).forEach(i -> penaltyMax.put(i.code(), i.maxPoints()));
        checkPoints(problems, s.penalties(), penaltyMax.keySet(), penaltyMax::get, "điểm trừ");
        for (ScoringTable.Criterion c : criteria.values()) {
            BigDecimal given = s.criteria().get(c.code());
            if (c.evidenceRequired() && given != null && given.signum() > 0) {
                String doc = evidence == null ? null : evidence.get(c.code());
                if (blank(doc) || !documentExists.test(doc)) {
                    problems.add("Tiêu chí " + c.code() + " (" + c.name() + ") phải có minh chứng đã tải lên hồ sơ.");
                }
            }
        }
        return problems;
    }

    private static void checkPoints(List<String> problems, Map<String, BigDecimal> given, Set<String> allowed,
                                    java.util.function.Function<String, BigDecimal> max, String what) {
        for (Map.Entry<String, BigDecimal> e : given.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                problems.add("Mục '" + e.getKey() + "' không có trong bảng điểm (" + what + ").");
            } else if (e.getValue() == null || e.getValue().signum() < 0) {
                problems.add("Điểm " + what + " " + e.getKey() + " không được âm.");
            } else if (e.getValue().compareTo(max.apply(e.getKey())) > 0) {
                problems.add("Điểm " + what + " " + e.getKey() + " (" + e.getValue().stripTrailingZeros().toPlainString()
                        + ") vượt mức tối đa " + max.apply(e.getKey()).stripTrailingZeros().toPlainString() + ".");
            }
        }
    }

    private static void check(List<String> problems, Set<String> codes, String code, String name, BigDecimal max) {
        if (blank(code) || blank(name)) {
            problems.add("Mỗi mục của bảng điểm phải có mã và tên.");
        } else if (!codes.add(code)) {
            problems.add("Mã '" + code + "' bị trùng trong bảng điểm.");
        }
        if (max == null || max.signum() <= 0) {
            problems.add("Điểm tối đa của mục '" + code + "' phải lớn hơn 0.");
        }
    }

    private static <T> List<T> safe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

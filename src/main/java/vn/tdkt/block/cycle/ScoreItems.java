package vn.tdkt.block.cycle;

import vn.tdkt.block.scoring.ScoreSheet;
import vn.tdkt.block.scoring.ScoringTable;
import vn.tdkt.workflow.InputRejectedException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The score sheet as the forms show it: one item per criterion, bonus and penalty of the table (code, name, kind,
 * maximum, score, evidence), and its conversion to and from {@link ScoreSheet}.
 */
public final class ScoreItems {

    static final String CRITERION = "CRITERION";
    static final String BONUS = "BONUS";
    static final String PENALTY = "PENALTY";

    private ScoreItems() { }

    public static List<Map<String, Object>> blank(ScoringTable table) {
        List<Map<String, Object>> items = new ArrayList<>();
        table.groups().forEach(g -> g.criteria().forEach(c -> items.add(item(c.code(), g.code() + " – " + c.name()
                + (c.evidenceRequired() ? " (cần minh chứng)" : ""), CRITERION, "Tiêu chí", c.maxPoints()))));
        table.bonusItems().forEach(b -> items.add(item(b.code(), b.name(), BONUS, "Điểm thưởng", b.maxPoints())));
        table.penaltyItems().forEach(p -> items.add(item(p.code(), p.name(), PENALTY, "Điểm trừ", p.maxPoints())));
        return items;
    }

    private static Map<String, Object> item(String code, String name, String kind, String label, BigDecimal max) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("kind", kind);
        m.put("kindLabel", label);
        m.put("maxPoints", max);
        m.put("score", null);
        m.put("evidenceDocumentId", "");
        return m;
    }

    /**
     * The items with each one's kind (criterion, bonus, penalty) taken from the table by its code: a form submits
     * only its visible fields, and the kind is not one of them; a client's own kind never counts.
     */
    public static List<Map<String, Object>> withKinds(ScoringTable table, List<Map<String, Object>> items) {
        if (items == null) {
            return null;
        }
        Map<String, Object> kinds = new HashMap<>();
        blank(table).forEach(i -> kinds.put(String.valueOf(i.get("code")), i.get("kind")));
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        for (Map<String, Object> item : items) {
            Map<String, Object> copy = new LinkedHashMap<>(item);
            copy.put("kind", kinds.get(String.valueOf(item.get("code"))));
            out.add(copy);
        }
        return out;
    }

    /** The sheet the items carry; a score that is not a number is refused, a bonus or penalty left empty is 0. */
    public static ScoreSheet toSheet(String unitCode, List<Map<String, Object>> items) {
        if (items == null) {
            throw new InputRejectedException("Thiếu bảng điểm.");
        }
        Map<String, BigDecimal> criteria = new HashMap<>();
        Map<String, BigDecimal> bonus = new HashMap<>();
        Map<String, BigDecimal> penalties = new HashMap<>();
        for (Map<String, Object> item : items) {
            String code = String.valueOf(item.get("code"));
            Object raw = item.get("score");
            BigDecimal score;
            if (raw == null || (raw instanceof String s && s.isBlank())) {
                score = null;
            } else if (raw instanceof Number n) {
                score = new BigDecimal(n.toString());
            } else {
                try {
                    score = new BigDecimal(raw.toString().strip());
                } catch (NumberFormatException e) {
                    throw new InputRejectedException("Điểm của mục " + code + " phải là số.");
                }
            }
            switch (String.valueOf(item.get("kind"))) {
                case BONUS -> bonus.put(code, score == null ? BigDecimal.ZERO : score);
                case PENALTY -> penalties.put(code, score == null ? BigDecimal.ZERO : score);
                default -> criteria.put(code, score);
            }
        }
        criteria.values().removeIf(java.util.Objects::isNull);
        return new ScoreSheet(unitCode, criteria, bonus, penalties);
    }

    public static Map<String, String> evidence(List<Map<String, Object>> items) {
        Map<String, String> m = new HashMap<>();
        for (Map<String, Object> item : items) {
            Object doc = item.get("evidenceDocumentId");
            if (doc != null && !doc.toString().isBlank()) {
                m.put(String.valueOf(item.get("code")), doc.toString().strip());
            }
        }
        return m;
    }
}

package vn.tdkt.block.supervision;

import vn.tdkt.workflow.InputRejectedException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What the supervising member's answers mean, checked on the server (the REST API accepts anything): each refusal
 * is a Vietnamese {@link InputRejectedException}. Plain code, no engine: SupervisionAnswersTest.
 */
public final class SupervisionAnswers {

    /** The opinion on a block's suy tôn result. */
    public enum Opinion {
        AGREE("Đồng ý"),
        AGREE_WITH_REMARKS("Đồng ý, có ý kiến"),
        DISAGREE("Không đồng ý");

        private final String label;

        Opinion(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An inspection plan: its days and the members to visit, in the block's order. */
    public record Plan(LocalDate from, LocalDate to, List<String> units) { }

    private final int minText;

    public SupervisionAnswers(int minText) {
        this.minText = minText;
    }

    /** Attended or not (a yes/no is required) and his remarks, at least the configured length. */
    public boolean attended(Object attended, String what) {
        if (!(attended instanceof Boolean b)) {
            throw new InputRejectedException("Phải cho biết thành viên Hội đồng có dự " + what + " hay không.");
        }
        return b;
    }

    /** A text of at least the configured length, stripped. */
    public String text(Object value, String label) {
        if (!(value instanceof String s) || s.strip().length() < minText) {
            throw new InputRejectedException(label + " phải có ít nhất " + minText + " ký tự.");
        }
        return s.strip();
    }

    public Opinion opinion(Object value) {
        if (value instanceof String s) {
            for (Opinion o : Opinion.values()) {
                if (o.name().equals(s)) {
                    return o;
                }
            }
        }
        throw new InputRejectedException("Ý kiến về kết quả suy tôn phải là Đồng ý, Đồng ý có ý kiến hoặc Không đồng ý.");
    }

    /** The note with an opinion: required (as {@link #text}) unless he simply agrees. */
    public String opinionNote(Opinion opinion, Object note) {
        if (opinion == Opinion.AGREE) {
            return note instanceof String s && !s.isBlank() ? s.strip() : null;
        }
        return text(note, opinion == Opinion.DISAGREE ? "Lý do không đồng ý" : "Ý kiến kèm theo");
    }

    /**
     * The plan: both days within the emulation year, the first not after the last, at least one row ticked, every
     * ticked unit a member of the block.
     */
    public Plan plan(Object from, Object to, int year, List<Map<String, Object>> rows, Collection<String> members) {
        LocalDate first = day(from, "Ngày bắt đầu kiểm tra");
        LocalDate last = day(to, "Ngày kết thúc kiểm tra");
        if (first.isAfter(last)) {
            throw new InputRejectedException("Ngày bắt đầu kiểm tra phải trước hoặc bằng ngày kết thúc kiểm tra.");
        }
        if (first.getYear() != year || last.getYear() != year) {
            throw new InputRejectedException("Kế hoạch kiểm tra phải trong năm thi đua " + year + ".");
        }
        List<String> units = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            if (Boolean.TRUE.equals(row.get("visit"))) {
                Object code = row.get("unitCode");
                if (!(code instanceof String c) || !members.contains(c)) {
                    throw new InputRejectedException("Đơn vị '" + code + "' không phải thành viên của khối.");
                }
                if (!units.contains(c)) {
                    units.add(c);
                }
            }
        }
        if (units.isEmpty()) {
            throw new InputRejectedException("Kế hoạch kiểm tra phải chọn ít nhất một đơn vị được kiểm tra.");
        }
        return new Plan(first, last, units);
    }

    private static LocalDate day(Object value, String label) {
        if (value instanceof String s && !s.isBlank()) {
            try {
                return LocalDate.parse(s.strip().length() > 10 ? s.strip().substring(0, 10) : s.strip());
            } catch (DateTimeParseException e) {
                throw new InputRejectedException(label + " không phải một ngày hợp lệ.");
            }
        }
        throw new InputRejectedException("Chưa ghi " + label.toLowerCase(java.util.Locale.ROOT) + ".");
    }
}

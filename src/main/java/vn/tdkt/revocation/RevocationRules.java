package vn.tdkt.revocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of a revocation request that need no database: at least one ground of the law, a known source with the
 * complaint's reference when it came from a complaint, the reasons written, at least one award chosen; and the
 * checks of the recovery a unit records. Each returns every problem in Vietnamese.
 */
public final class RevocationRules {

    private RevocationRules() { }

    static final int MIN_REASONS = 20;
    static final int MAX_TEXT = 4000;

    /** A request as the start form gives it. */
    public record Request(Object decisionKey, Object awardIds, Object grounds, Object source, Object complaintRef,
                          Object reasons, Object evidence) { }

    /** A request read and checked: the parsed values, or the problems. */
    public record Checked(List<String> problems, String decisionNumber, java.time.LocalDate decisionDate,
                          List<Long> awardIds, Set<RevocationGround> grounds, RevocationSource source,
                          String complaintRef, String reasons, String evidence) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    public static Checked check(Request r) {
        List<String> problems = new ArrayList<>();
        String number = null;
        java.time.LocalDate date = null;
        if (r.decisionKey() instanceof String key && key.contains("|")) {
            number = key.substring(0, key.lastIndexOf('|')).strip();
            try {
                date = java.time.LocalDate.parse(key.substring(key.lastIndexOf('|') + 1).strip());
            } catch (java.time.format.DateTimeParseException e) {
                number = null;
            }
        }
        if (number == null || number.isEmpty() || date == null) {
            problems.add("Chọn quyết định khen thưởng cần hủy bỏ (theo số quyết định).");
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : items(r.awardIds())) {
            try {
                ids.add(Long.parseLong(String.valueOf(o).strip()));
            } catch (NumberFormatException e) {
                problems.add("Khen thưởng '" + o + "' không có trong sổ khen thưởng.");
            }
        }
        if (ids.isEmpty()) {
            problems.add("Chọn ít nhất một cá nhân, tập thể được khen thưởng trong quyết định cần hủy bỏ.");
        }
        Set<RevocationGround> grounds = new LinkedHashSet<>();
        for (Object o : items(r.grounds())) {
            RevocationGround.parse(o).ifPresentOrElse(grounds::add,
                    () -> problems.add("Căn cứ hủy bỏ '" + o + "' không phải căn cứ của Luật Thi đua, khen thưởng."));
        }
        if (grounds.isEmpty()) {
            problems.add("Chọn ít nhất một căn cứ hủy bỏ theo Luật Thi đua, khen thưởng (chương VII).");
        }
        RevocationSource source = RevocationSource.parse(r.source()).orElse(null);
        if (source == null) {
            problems.add("Chọn nguồn phát hiện: qua thanh tra, kiểm tra hoặc từ đơn khiếu nại, tố cáo.");
        }
        String complaint = text(r.complaintRef());
        if (source == RevocationSource.COMPLAINT && complaint == null) {
            problems.add("Khi phát hiện từ đơn khiếu nại, tố cáo, ghi số, ngày của đơn hoặc văn bản giải quyết.");
        }
        String reasons = text(r.reasons());
        if (reasons == null || reasons.length() < MIN_REASONS) {
            problems.add("Lý do hủy bỏ phải ghi rõ (ít nhất " + MIN_REASONS + " ký tự).");
        } else if (reasons.length() > MAX_TEXT) {
            problems.add("Lý do hủy bỏ dài quá " + MAX_TEXT + " ký tự.");
        }
        String evidence = text(r.evidence());
        if (evidence != null && evidence.length() > MAX_TEXT) {
            problems.add("Tài liệu, chứng cứ dài quá " + MAX_TEXT + " ký tự.");
        }
        return new Checked(problems, number, date, List.copyOf(new LinkedHashSet<>(ids)), grounds, source,
                complaint, reasons, evidence);
    }

    /** A unit's recovery as its form gives it, read and checked. */
    public record Recovery(boolean objectReturned, long bonusRefunded, java.time.LocalDate refundDate,
                           String receiptRef, String note) { }

    /** The problems of a unit's recovery; the refund day may not lie in the future. */
    public static List<String> checkRecovery(Object objectReturned, Object bonus, Object refundDate, Object receipt,
                                             java.time.LocalDate today) {
        List<String> problems = new ArrayList<>();
        if (!"yes".equals(objectReturned) && !"no".equals(objectReturned)) {
            problems.add("Ghi rõ đã thu hồi hiện vật (bằng, huy hiệu, cờ) hay chưa.");
        }
        if (!(bonus instanceof Number n) || n.doubleValue() < 0 || n.doubleValue() > 10_000_000_000d) {
            problems.add("Số tiền thưởng đã nộp lại phải là số từ 0 đồng trở lên.");
        }
        java.time.LocalDate day = date(refundDate);
        if (day == null) {
            problems.add("Ghi ngày nộp lại hiện vật, tiền thưởng.");
        } else if (day.isAfter(today)) {
            problems.add("Ngày nộp lại không được sau ngày hôm nay.");
        }
        if (text(receipt) == null) {
            problems.add("Ghi số biên lai, chứng từ nộp lại.");
        }
        return problems;
    }

    /** A decision's number as units write it: {@code 15/QĐ-STP} (number, "/", the kind and the issuer's sign). */
    static final java.util.regex.Pattern UNIT_DECISION_NUMBER =
            java.util.regex.Pattern.compile("\\d{1,6}/QĐ-[\\p{Lu}\\d]+(-[\\p{Lu}\\d]+)*");

    /** The unit head's decision number, trimmed and with the usual capitals. */
    static String unitDecisionNumber(Object v) {
        String s = text(v);
        return s == null ? null : s.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The problems of the unit head's annulment decision: its number like {@code 15/QĐ-STP}, its day neither in the
     * future nor before the decision that gave the awards.
     */
    public static List<String> checkUnitDecision(Object number, Object day, java.time.LocalDate awardDecision,
                                                 java.time.LocalDate today) {
        List<String> problems = new ArrayList<>();
        String n = unitDecisionNumber(number);
        if (n == null) {
            problems.add("Ghi số quyết định hủy bỏ của đơn vị (ví dụ 15/QĐ-STP).");
        } else if (n.length() > 60 || !UNIT_DECISION_NUMBER.matcher(n).matches()) {
            problems.add("Số quyết định «" + text(number) + "» không đúng dạng số/QĐ-ký hiệu đơn vị (ví dụ 15/QĐ-STP).");
        }
        java.time.LocalDate d = date(day);
        if (d == null) {
            problems.add("Ghi ngày ký quyết định hủy bỏ.");
        } else if (d.isAfter(today)) {
            problems.add("Ngày ký quyết định hủy bỏ không được sau ngày hôm nay.");
        } else if (awardDecision != null && d.isBefore(awardDecision)) {
            problems.add("Ngày ký quyết định hủy bỏ không được trước ngày quyết định khen thưởng ("
                    + RevocationService.VN_DATE.format(awardDecision) + ").");
        }
        return problems;
    }

    static java.time.LocalDate date(Object v) {
        if (v instanceof java.util.Date d) {
            return d.toInstant().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
        }
        if (v instanceof String s && s.length() >= 10) {
            try {
                return java.time.LocalDate.parse(s.substring(0, 10));
            } catch (java.time.format.DateTimeParseException e) {
                return null;
            }
        }
        return null;
    }

    static String text(Object v) {
        return v instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    static Collection<?> items(Object v) {
        return vn.tdkt.proposal.ProposalStartRules.codesOf(v);
    }
}

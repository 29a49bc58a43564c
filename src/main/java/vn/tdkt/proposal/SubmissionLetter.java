package vn.tdkt.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static vn.tdkt.proposal.ProposalVariables.SUBMISSION_DATE;
import static vn.tdkt.proposal.ProposalVariables.SUBMISSION_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.SUBMISSION_PROPOSER;
import static vn.tdkt.proposal.ProposalVariables.SUBMISSION_TEXT;

/**
 * The unit's tờ trình (submission letter, document TTR of the dossier) as the unit head signs it in Task_HeadSign:
 * its number, its date and the title in whose name the unit proposes. The commendation decision cites it: "Xét đề
 * nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026 ...".
 * <p>
 * Variables of the head's form: {@value #NUMBER}, {@value #DATE} (yyyy-MM-dd, as form-js submits a date) and
 * {@value #PROPOSER} (prefilled from the unit's name, see {@link #headTitle}).
 */
public record SubmissionLetter(String number, LocalDate date, String proposer) {

    public static final String NUMBER = SUBMISSION_NUMBER;
    public static final String DATE = SUBMISSION_DATE;
    public static final String PROPOSER = SUBMISSION_PROPOSER;
    /** What the forms after the head's signature show: "Số 12/TTr-STP ngày 05/11/2026 – Giám đốc Sở Tư pháp". */
    public static final String TEXT = SUBMISSION_TEXT;

    /** "12/TTr-STP", "245/TTr-UBND", "08/TTr-CAT-PV01": a number, "/TTr-" and the issuer's symbol. */
    public static final Pattern NUMBER_PATTERN = Pattern.compile("\\d{1,6}/TTr-[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]{0,39}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final int MAX_PROPOSER = 200;

    /** "Số 12/TTr-STP ngày 05/11/2026 – Giám đốc Sở Tư pháp". */
    public String text() {
        return "Số " + number + " ngày " + ProposalTexts.VN_DATE.format(date) + " – " + proposer;
    }

    /**
     * Checks what the head gave when signing: the number in the form of a tờ trình's number, a real date neither
     * after today nor before the year of the achievements, the proposer's title; and the same number of the same
     * unit in the same year never with another date ({@code sameNumber}: other proposals citing a tờ trình of that
     * number that year, business key → date). Returns the problems in Vietnamese, none when accepted.
     */
    public static List<String> problems(Object number, Object date, Object proposer, LocalDate today, int periodYear,
                                        Map<String, LocalDate> sameNumber) {
        List<String> problems = new ArrayList<>();
        String n = normalisedNumber(number);
        if (n == null) {
            problems.add("Phải ghi số tờ trình của đơn vị (ví dụ 12/TTr-STP).");
        } else if (!NUMBER_PATTERN.matcher(n).matches()) {
            problems.add("Số tờ trình \"" + shortened(n) + "\" không đúng dạng số/TTr-ký hiệu đơn vị, ví dụ 12/TTr-STP.");
        }
        LocalDate d = ProposalAnswerRules.parseDate(date);
        String dateProblem = dateProblem(date, d, today, "");
        if (dateProblem != null) {
            problems.add(dateProblem);
        } else if (d.getYear() < periodYear) {
            problems.add("Ngày tờ trình " + ProposalTexts.VN_DATE.format(d) + " trước năm thành tích " + periodYear
                    + " được đề nghị.");
        }
        String p = ProposalStartRules.text(proposer);
        if (p == null || p.chars().noneMatch(Character::isLetter)) {
            problems.add("Phải ghi chức danh thủ trưởng đơn vị đứng tên đề nghị (ví dụ Giám đốc Sở Tư pháp).");
        } else if (p.length() > MAX_PROPOSER) {
            problems.add("Chức danh người đề nghị tối đa " + MAX_PROPOSER + " ký tự.");
        }
        if (problems.isEmpty()) {
            otherDate(n, d, sameNumber, " của đơn vị").ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * The problem of a tờ trình's date as given ({@code raw}, read as {@code day}): missing, not a date, or not come
     * yet; null when none. {@code whose} follows "tờ trình" in the message (" của Sở Nội vụ", or "").
     */
    static String dateProblem(Object raw, LocalDate day, LocalDate today, String whose) {
        if (ProposalStartRules.text(raw) == null && !(raw instanceof java.util.Date)) {
            return "Phải ghi ngày ký tờ trình" + whose + ".";
        }
        if (day == null) {
            return "Ngày tờ trình" + whose + " phải là một ngày hợp lệ (ngày/tháng/năm).";
        }
        if (day.isAfter(today)) {
            return "Ngày tờ trình" + whose + " " + ProposalTexts.VN_DATE.format(day) + " chưa đến (hôm nay là "
                    + ProposalTexts.VN_DATE.format(today) + ").";
        }
        return null;
    }

    /** One tờ trình, one date: the first other proposal citing the same number with another date, as a problem. */
    static java.util.Optional<String> otherDate(String number, LocalDate day, Map<String, LocalDate> sameNumber,
                                                String whose) {
        return sameNumber.entrySet().stream().filter(e -> !day.equals(e.getValue())).findFirst().map(e ->
                "Tờ trình số " + number + whose + " đã được ghi ngày " + ProposalTexts.VN_DATE.format(e.getValue())
                        + " ở hồ sơ " + e.getKey() + ": một tờ trình chỉ có một ngày ký; kiểm tra lại số hoặc ngày.");
    }

    /** The letter as accepted (call after {@link #problems} found none). */
    public static SubmissionLetter of(Object number, Object date, Object proposer) {
        return new SubmissionLetter(normalisedNumber(number), ProposalAnswerRules.parseDate(date),
                ProposalStartRules.text(proposer).replaceAll("\\s+", " "));
    }

    /** The number without surrounding blanks or blanks around its slash: " 12 / TTr-STP " is "12/TTr-STP". */
    static String normalisedNumber(Object number) {
        String s = ProposalStartRules.text(number);
        return s == null ? null : s.replaceAll("\\s*/\\s*", "/").replaceAll("\\s*-\\s*", "-");
    }

    private static String shortened(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /**
     * The title of a unit's head as a decision names it when proposing, from the unit's name: "Giám đốc Sở Tư pháp",
     * "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Bí thư Tỉnh Đoàn", ...;
     * "Thủ trưởng …" when the name says nothing. The head's form shows it prefilled, to be corrected if need be.
     */
    public static String headTitle(String unitName) {
        String n = unitName == null ? "" : unitName.strip();
        String l = n.toLowerCase(java.util.Locale.forLanguageTag("vi"));
        String title;
        if (l.startsWith("sở ") || l.startsWith("công an") || l.startsWith("bệnh viện") || l.startsWith("trung tâm")
                || l.startsWith("quỹ") || l.startsWith("bảo hiểm") || l.startsWith("kho bạc") || l.startsWith("cục ")
                || l.startsWith("chi cục") || l.startsWith("công ty") || l.startsWith("đài ")) {
            title = "Giám đốc";
        } else if (l.startsWith("văn phòng") || l.startsWith("thanh tra")) {
            title = "Chánh";
        } else if (l.startsWith("ban ")) {
            title = "Trưởng";
        } else if (l.startsWith("bộ chỉ huy")) {
            title = "Chỉ huy trưởng";
        } else if (l.startsWith("tòa án")) {
            title = "Chánh án";
        } else if (l.startsWith("viện kiểm sát")) {
            title = "Viện trưởng";
        } else if (l.startsWith("tỉnh đoàn") || l.startsWith("đoàn ")) {
            title = "Bí thư";
        } else if (l.startsWith("ủy ban") || l.startsWith("liên đoàn") || l.startsWith("hội ")
                || l.startsWith("liên minh")) {
            title = "Chủ tịch";
        } else if (l.startsWith("trường")) {
            title = "Hiệu trưởng";
        } else if (l.startsWith("báo")) {
            title = "Tổng Biên tập";
        } else {
            title = "Thủ trưởng";
        }
        return n.isEmpty() ? title + " đơn vị" : title + " " + n;
    }
}

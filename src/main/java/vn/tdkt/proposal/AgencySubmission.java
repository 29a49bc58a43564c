package vn.tdkt.proposal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static vn.tdkt.proposal.ProposalVariables.AGENCY_LETTER_NEEDED;
import static vn.tdkt.proposal.ProposalVariables.AGENCY_SUBMISSION_DATE;
import static vn.tdkt.proposal.ProposalVariables.AGENCY_SUBMISSION_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.AGENCY_SUBMISSION_TEXT;

/**
 * The standing agency's tờ trình to the chairman (Tờ trình của Sở Nội vụ), numbered and dated by the Sở head when he
 * approves an appraisal that found someone eligible (Task_ApproveAppraisal). The chairman's decision cites it after the
 * unit's: "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026 và của Giám đốc
 * Sở Nội vụ tại Tờ trình số 245/TTr-SNV ngày 20 tháng 11 năm 2026." One tờ trình of the Sở may carry several
 * proposals, always with the same date.
 */
public record AgencySubmission(String number, LocalDate date) {

    public static final String NUMBER = AGENCY_SUBMISSION_NUMBER;
    public static final String DATE = AGENCY_SUBMISSION_DATE;
    /** Set when the head's task opens: whether the specialist found anyone eligible (then there is a tờ trình). */
    public static final String NEEDED = AGENCY_LETTER_NEEDED;
    /** What the forms after the head show: "Số 245/TTr-SNV ngày 20/11/2026". */
    public static final String TEXT = AGENCY_SUBMISSION_TEXT;

    /** "245/TTr-SNV": a number, "/TTr-" and the agency's symbol. */
    public static final Pattern NUMBER_PATTERN = SubmissionLetter.NUMBER_PATTERN;

    /** "Số 245/TTr-SNV ngày 20/11/2026". */
    public String text() {
        return "Số " + number + " ngày " + ProposalTexts.VN_DATE.format(date);
    }

    /**
     * Checks what the head gave: a number in the form of a tờ trình's number; a real date, not after today and not
     * before the unit's own tờ trình (the Sở answers it); the same number in the same year never with another date
     * ({@code sameNumber}: other proposals citing the Sở's tờ trình of that number, business key → date). Returns the
     * problems in Vietnamese, none when accepted.
     */
    public static List<String> problems(Object number, Object date, LocalDate today, LocalDate unitLetterDate,
                                        Map<String, LocalDate> sameNumber) {
        List<String> problems = new ArrayList<>();
        String n = SubmissionLetter.normalisedNumber(number);
        if (n == null) {
            problems.add("Phải ghi số tờ trình của Sở Nội vụ trình Chủ tịch UBND tỉnh (ví dụ 245/TTr-SNV).");
        } else if (!NUMBER_PATTERN.matcher(n).matches()) {
            problems.add("Số tờ trình \"" + (n.length() <= 60 ? n : n.substring(0, 60) + "…")
                    + "\" không đúng dạng số/TTr-ký hiệu cơ quan, ví dụ 245/TTr-SNV.");
        }
        LocalDate d = ProposalAnswerRules.parseDate(date);
        String dateProblem = SubmissionLetter.dateProblem(date, d, today, " của Sở Nội vụ");
        if (dateProblem != null) {
            problems.add(dateProblem);
        } else if (unitLetterDate != null && d.isBefore(unitLetterDate)) {
            problems.add("Ngày tờ trình của Sở Nội vụ " + ProposalTexts.VN_DATE.format(d) + " trước ngày tờ trình của"
                    + " đơn vị (" + ProposalTexts.VN_DATE.format(unitLetterDate) + ") mà Sở trình lên.");
        }
        if (problems.isEmpty()) {
            SubmissionLetter.otherDate(n, d, sameNumber, " của Sở Nội vụ").ifPresent(problems::add);
        }
        return problems;
    }

    /** The letter as accepted (call after {@link #problems} found none). */
    public static AgencySubmission of(Object number, Object date) {
        return new AgencySubmission(SubmissionLetter.normalisedNumber(number), ProposalAnswerRules.parseDate(date));
    }

    /** Whether the specialist's conclusions (the rows of his appraisal) find anyone eligible. */
    public static boolean needed(List<Map<String, Object>> appraisalRows) {
        return appraisalRows.stream().anyMatch(r -> "DAT".equals(r.get("conclusion")));
    }
}

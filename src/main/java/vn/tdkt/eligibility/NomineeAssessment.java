package vn.tdkt.eligibility;

import java.util.List;

/** The eligibility result for one nominee: the facts used and every criterion not met (empty = eligible). */
public record NomineeAssessment(NomineeRef nominee, EligibilityFacts facts, List<Reason> reasons) {

    /** A criterion not met, with its stable code and its Vietnamese wording from the decision table. */
    public record Reason(String code, String text) { }

    public boolean eligible() {
        return reasons.isEmpty();
    }

    /** "Đủ điều kiện" or the reasons joined for a list or a form. */
    public String resultText() {
        if (eligible()) {
            return "Đủ điều kiện theo tiêu chuẩn";
        }
        return "Chưa đủ điều kiện: " + String.join("; ", reasons.stream().map(Reason::text).toList());
    }
}

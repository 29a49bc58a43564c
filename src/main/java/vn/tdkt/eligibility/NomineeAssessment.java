package vn.tdkt.eligibility;

import java.util.List;

/**
 * The eligibility result for one nominee: the facts used and every criterion not met. A criterion whose rule the
 * decision table marks as confirmed blocks the nominee; one marked unconfirmed ([B], [U], [C-old] in the domain brief)
 * only warns the specialist, with its legal basis, who decides (and justifies) in the appraisal.
 */
public record NomineeAssessment(NomineeRef nominee, EligibilityFacts facts, List<Reason> reasons) {

    /**
     * A criterion not met, with its stable code, its Vietnamese wording, its legal basis and whether the rule is
     * confirmed — all from the decision table's row.
     */
    public record Reason(String code, String text, String legalBasis, boolean confirmed) {

        public Reason(String code, String text) {
            this(code, text, null, true);
        }

        /** "Thời gian công tác thực tế trong năm dưới 10 tháng (căn cứ: Quy chế TĐKT của tỉnh)". */
        String withBasis() {
            return legalBasis == null || legalBasis.isBlank() ? text : text + " (căn cứ: " + legalBasis + ")";
        }
    }

    /** No confirmed criterion is unmet. */
    public boolean eligible() {
        return reasons.stream().noneMatch(Reason::confirmed);
    }

    /** The confirmed criteria not met: these block. */
    public List<Reason> blocking() {
        return reasons.stream().filter(Reason::confirmed).toList();
    }

    /** The unconfirmed criteria not met: these warn. */
    public List<Reason> warnings() {
        return reasons.stream().filter(r -> !r.confirmed()).toList();
    }

    /** "Đủ điều kiện" or the reasons, then the warnings with their legal basis, for a list or a form. */
    public String resultText() {
        String warnings = warnings().isEmpty() ? "" : " Lưu ý – quy định chưa được xác nhận, chuyên viên cân nhắc: "
                + String.join("; ", warnings().stream().map(Reason::withBasis).toList()) + ".";
        if (eligible()) {
            return warnings.isEmpty() ? "Đủ điều kiện theo tiêu chuẩn"
                    : "Đủ điều kiện theo các tiêu chuẩn đã xác nhận." + warnings;
        }
        return "Chưa đủ điều kiện: " + String.join("; ", blocking().stream().map(Reason::text).toList()) + warnings;
    }
}

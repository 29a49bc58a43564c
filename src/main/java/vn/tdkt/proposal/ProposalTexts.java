package vn.tdkt.proposal;

import vn.tdkt.eligibility.NomineeRef;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** The plain-text lists and summaries that the forms show read-only and the e-mails carry. */
public final class ProposalTexts {

    public static final DateTimeFormatter VN_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    public static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ProposalTexts() { }

    public static String nomineeList(List<NomineeRef> nominees) {
        StringBuilder sb = new StringBuilder();
        int i = 1;
        for (NomineeRef n : nominees) {
            sb.append(i++).append(". ").append(n.name()).append(" (").append(n.code()).append(")");
            if (n.isPerson()) {
                sb.append(" – ").append(n.positionAndUnit());
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    public static String due(ZonedDateTime due, int workingDays) {
        return VN_DATE_TIME.format(due) + " (" + workingDays + " ngày làm việc)";
    }

    /** One line per nominee with the stage's conclusion. */
    public static String appraisalSummary(List<ProposalRepository.Nominee> nominees) {
        StringBuilder sb = new StringBuilder();
        for (ProposalRepository.Nominee n : nominees) {
            sb.append("• ").append(n.displayName()).append(" (").append(n.nomineeCode()).append("): ");
            if (n.appraisalEligible() == null) {
                sb.append(Boolean.TRUE.equals(n.eligible()) ? "đủ điều kiện theo tiêu chuẩn" : n.eligibilityReasons());
            } else {
                sb.append(n.appraisalEligible() ? "đủ điều kiện" : "không đủ điều kiện");
                if (n.overrideJustification() != null) {
                    sb.append(" – kết luận khác kết quả tự động, căn cứ: ").append(n.overrideJustification());
                }
            }
            if (Boolean.FALSE.equals(n.councilPassed())) {
                sb.append("; Hội đồng không thông qua");
            }
            if (n.consultationStopped()) {
                sb.append("; dừng sau công khai: ").append(n.consultationStopReason());
            }
            sb.append('\n');
        }
        return sb.toString().strip();
    }

    /**
     * The specialist's conclusions as the Sở head reads them before approving: nothing is stored until he approves,
     * so this is built from the submitted rows, with the automatic result beside any conclusion that departs from it.
     */
    public static String appraisalPreview(List<ProposalRepository.Nominee> nominees, List<Map<String, Object>> rows) {
        StringBuilder lines = new StringBuilder();
        int concluded = 0;
        int eligible = 0;
        for (Map<String, Object> row : rows) {
            Object code = row.get("nomineeCode");
            ProposalRepository.Nominee n = nominees.stream().filter(x -> x.nomineeCode().equals(code)).findFirst()
                    .orElse(null);
            if (n == null) {
                continue;
            }
            Object conclusion = row.get("conclusion");
            lines.append("• ").append(n.displayName()).append(" (").append(n.nomineeCode()).append("): ");
            if ("DAT".equals(conclusion) || "KHONG_DAT".equals(conclusion)) {
                boolean ok = "DAT".equals(conclusion);
                concluded++;
                eligible += ok ? 1 : 0;
                lines.append(ok ? "đủ điều kiện" : "không đủ điều kiện");
                if (ok != Boolean.TRUE.equals(n.eligible())) {
                    Object why = row.get("justification");
                    lines.append(" – khác kết quả xét tự động (")
                            .append(Boolean.TRUE.equals(n.eligible()) ? "đủ điều kiện" : "chưa đủ điều kiện")
                            .append("), căn cứ: ")
                            .append(why == null || why.toString().isBlank() ? "chưa ghi" : why.toString().strip());
                }
            } else {
                lines.append("chưa kết luận");
            }
            lines.append('\n');
        }
        return ("Chuyên viên kết luận " + eligible + "/" + concluded + " đối tượng đủ điều kiện.\n" + lines).strip();
    }
}

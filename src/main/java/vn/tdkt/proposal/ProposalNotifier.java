package vn.tdkt.proposal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.Role;
import vn.tdkt.notification.NotificationService;

import java.util.List;
import java.util.Objects;

import static vn.tdkt.proposal.ProposalVariables.AWARD_TYPE_NAME;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_AUTHORITY;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_DECISION_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.DECIDED_BY;
import static vn.tdkt.proposal.ProposalVariables.DECISION_DATE_TEXT;
import static vn.tdkt.proposal.ProposalVariables.DECISION_ID;
import static vn.tdkt.proposal.ProposalVariables.DECISION_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.PERIOD_YEAR;
import static vn.tdkt.proposal.ProposalVariables.PROCESSING_DUE_TEXT;
import static vn.tdkt.proposal.ProposalVariables.UNIT_CODE;
import static vn.tdkt.proposal.ProposalVariables.UNIT_NAME;

/**
 * The e-mails of the proposal process, written into the notification outbox in the step's own transaction:
 * a return to the unit, the outcome to the unit, a reminder to the standing agency's staff.
 */
@Component
public class ProposalNotifier {

    private final NotificationService notifications;
    private final ProposalRepository proposals;
    private final IdentityService identityService;

    private final String publicUrl;

    public ProposalNotifier(NotificationService notifications, ProposalRepository proposals,
                            IdentityService identityService,
                            @Value("${tdkt.public-url:http://localhost:8080}") String publicUrl) {
        this.notifications = notifications;
        this.proposals = proposals;
        this.identityService = identityService;
        this.publicUrl = publicUrl.replaceAll("/+$", "");
    }

    public void returned(DelegateExecution execution, String reason) {
        String key = execution.getProcessBusinessKey();
        notifications.notifyUnit((String) execution.getVariable(UNIT_CODE),
                "Hồ sơ đề nghị khen thưởng " + key + " được trả lại để bổ sung",
                "Sở Nội vụ trả lại hồ sơ " + key + " (" + execution.getVariable(AWARD_TYPE_NAME) + ", năm "
                        + execution.getVariable(PERIOD_YEAR) + ") để đơn vị bổ sung, hoàn chỉnh.\n\nNội dung cần bổ sung: "
                        + reason + "\n\nCán bộ TĐKT của đơn vị tải tài liệu bổ sung lên hồ sơ và gửi lại trong Tasklist.",
                key, execution.getProcessInstanceId());
    }

    /**
     * The decision is issued: the unit is told who is awarded, and the chairman who decided gets the number with the
     * links to the decision's PDF and the dossier page (where the certificates are), since his task is gone.
     */
    public void awarded(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        Object number = execution.getVariable(DECISION_NUMBER);
        String links = "\n\nQuyết định (PDF): " + publicUrl + "/api/decisions/" + execution.getVariable(DECISION_ID)
                + "/pdf\nTrang hồ sơ (quyết định, bằng khen của từng người): " + publicUrl + "/pages/ho-so.html?hoSo="
                + key;
        notifications.notifyUnit((String) execution.getVariable(UNIT_CODE),
                "Quyết định khen thưởng số " + number + " – hồ sơ " + key,
                "Chủ tịch UBND tỉnh đã ký Quyết định số " + number + " ngày "
                        + execution.getVariable(DECISION_DATE_TEXT) + " tặng " + execution.getVariable(AWARD_TYPE_NAME)
                        + ".\n\n" + outcomeLines(key) + links,
                key, execution.getProcessInstanceId());
        String signer = (String) execution.getVariable(DECIDED_BY);
        User user = signer == null ? null : identityService.createUserQuery().userId(signer).singleResult();
        if (user != null && user.getEmail() != null && !user.getEmail().isBlank()) {
            notifications.notifyAddresses(List.of(user.getEmail()), "Đã ban hành Quyết định số " + number
                            + " – hồ sơ " + key,
                    "Quyết định số " + number + " ngày " + execution.getVariable(DECISION_DATE_TEXT) + " tặng "
                            + execution.getVariable(AWARD_TYPE_NAME) + " theo đề nghị của "
                            + execution.getVariable(UNIT_NAME) + " (hồ sơ " + key + ") đã được cấp số và ban hành.\n\n"
                            + outcomeLines(key) + links,
                    key, execution.getProcessInstanceId());
        }
    }

    public void centralResult(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        notifications.notifyUnit((String) execution.getVariable(UNIT_CODE),
                "Kết quả đề nghị khen cao – hồ sơ " + key,
                execution.getVariable(CENTRAL_AUTHORITY) + " đã có Quyết định số "
                        + execution.getVariable(CENTRAL_DECISION_NUMBER) + " về đề nghị " + execution.getVariable(AWARD_TYPE_NAME)
                        + ".\n\n" + outcomeLines(key),
                key, execution.getProcessInstanceId());
    }

    public void notAwarded(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        notifications.notifyUnit((String) execution.getVariable(UNIT_CODE),
                "Thông báo trường hợp không được khen thưởng – hồ sơ " + key,
                "Đề nghị " + execution.getVariable(AWARD_TYPE_NAME) + " năm " + execution.getVariable(PERIOD_YEAR)
                        + " của đơn vị (hồ sơ " + key + ") không được khen thưởng.\n\n" + outcomeLines(key),
                key, execution.getProcessInstanceId());
    }

    public void reminder(DelegateExecution execution) {
        List<String> staff = identityService.createUserQuery().memberOfGroup(Role.SPECIALIST.groupId()).list()
                .stream().map(User::getEmail).filter(Objects::nonNull).toList();
        String key = execution.getProcessBusinessKey();
        notifications.notifyAddresses(staff, "Nhắc việc: hồ sơ " + key + " sắp đến hạn giải quyết",
                "Hồ sơ đề nghị khen thưởng " + key + " của " + execution.getVariable(UNIT_NAME)
                        + " sắp đến hạn giải quyết: " + execution.getVariable(PROCESSING_DUE_TEXT) + ".",
                key, execution.getProcessInstanceId());
    }

    private String outcomeLines(String key) {
        StringBuilder sb = new StringBuilder();
        for (ProposalRepository.Nominee n : proposals.nominees(key)) {
            sb.append("• ").append(n.displayName()).append(" (").append(n.nomineeCode()).append("): ")
                    .append(outcome(n)).append('\n');
        }
        return sb.toString().strip();
    }

    private static String outcome(ProposalRepository.Nominee n) {
        String r = n.finalResult();
        if (r == null) {
            return "đang xem xét";
        }
        return switch (r) {
            case "AWARDED" -> "được khen thưởng";
            case "APPROVED" -> "được Chủ tịch đồng ý khen thưởng";
            case "NOT_ELIGIBLE" -> "không đủ điều kiện"
                    + (n.eligibilityReasons() != null ? ": " + n.eligibilityReasons() : "");
            case "COUNCIL_REJECTED" -> "Hội đồng TĐKT tỉnh không thông qua";
            case "STOPPED" -> "dừng đề nghị sau công khai: " + n.consultationStopReason();
            case "REJECTED" -> "Chủ tịch UBND tỉnh không đồng ý khen thưởng";
            case "NOT_PROPOSED" -> "không đề nghị lên Trung ương";
            case "CENTRAL_REJECTED" -> "không được Trung ương khen thưởng";
            default -> r;
        };
    }
}

package vn.tdkt.revocation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.tdkt.revocation.RevocationVariables.*;

/**
 * Checks each person's answer on the server as his task is left (attached to the flow leaving the task, so a refusal
 * rolls the completion back): a known answer, a reason for a return or a refusal, the council's reference and day, the
 * central decision's number, the unit's recovery. The answers that move the revocation on are recorded here.
 */
@Component("revocationAnswerValidator")
public class RevocationAnswerValidator implements ExecutionListener {

    private final RevocationService service;
    private final Clock clock;

    public RevocationAnswerValidator(RevocationService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long id = RevocationActors.revocationId(execution);
        String by = RevocationActors.current(execution);
        LocalDate today = LocalDate.now(clock);
        switch (String.valueOf(execution.getCurrentTransitionId())) {
            case "Flow_AppraisalDone" -> {
                String opinion = RevocationActors.text(execution, APPRAISAL_OPINION);
                if (opinion == null || opinion.length() < 20) {
                    throw new InputRejectedException("Ý kiến thẩm định phải ghi rõ (ít nhất 20 ký tự).");
                }
                service.appraised(id, opinion, by);
            }
            case "Flow_ToHeadGateway" -> {
                Object d = execution.getVariable(HEAD_DECISION);
                if (!isAnswer(HeadDecision.class, d)) {
                    throw new InputRejectedException("Ý kiến của lãnh đạo Sở phải là 'Đồng ý trình hủy bỏ', 'Trả lại để"
                            + " thẩm định lại' hoặc 'Không hủy bỏ'.");
                }
                String comment = RevocationActors.text(execution, HEAD_COMMENT);
                if (!HeadDecision.APPROVE.is(d) && comment == null) {
                    throw new InputRejectedException("Khi trả lại hoặc không hủy bỏ, lãnh đạo Sở phải ghi rõ lý do.");
                }
                if (!HeadDecision.REFUSE.is(d)) {
                    service.headAnswered(id, HeadDecision.APPROVE.is(d), comment, by, signer(execution));
                }
            }
            case "Flow_CouncilDone" -> {
                Object o = execution.getVariable(COUNCIL_OPINION);
                if (!isAnswer(CouncilOpinion.class, o)) {
                    throw new InputRejectedException("Ý kiến của Hội đồng phải là 'Đồng ý hủy bỏ' hoặc 'Không đồng ý'.");
                }
                String ref = RevocationActors.text(execution, COUNCIL_REF);
                LocalDate day = RevocationRules.date(execution.getVariable(COUNCIL_DATE));
                if (ref == null) {
                    throw new InputRejectedException("Ghi số biên bản hoặc phiên họp của Hội đồng.");
                }
                if (day == null || day.isAfter(today)) {
                    throw new InputRejectedException("Ngày Hội đồng cho ý kiến phải có và không được sau hôm nay.");
                }
                service.council(id, CouncilOpinion.AGREE.is(o), ref, day, by, signer(execution));
                execution.setVariable(COUNCIL_OPINION_TEXT, (CouncilOpinion.AGREE.is(o) ? "Đồng ý hủy bỏ"
                        : "Không đồng ý hủy bỏ") + " (" + ref + ", ngày " + RevocationService.VN_DATE.format(day) + ")");
            }
            case "Flow_ToChairmanGateway" -> sign(execution, CHAIRMAN_DECISION, CHAIRMAN_COMMENT,
                    "'Ký quyết định hủy bỏ' hoặc 'Không hủy bỏ'");
            case "Flow_ToUnitHeadGateway" -> {
                Object d = execution.getVariable(UNIT_HEAD_DECISION);
                if (!isAnswer(SignDecision.class, d)) {
                    throw new InputRejectedException("Ý kiến của thủ trưởng phải là 'Ký quyết định hủy bỏ' hoặc"
                            + " 'Không hủy bỏ'.");
                }
                if (SignDecision.REFUSE.is(d)) {
                    if (RevocationActors.text(execution, UNIT_HEAD_COMMENT) == null) {
                        throw new InputRejectedException("Khi không hủy bỏ, thủ trưởng phải ghi rõ lý do.");
                    }
                } else {
                    List<String> problems = RevocationRules.checkUnitDecision(
                            execution.getVariable(UNIT_DECISION_NUMBER), execution.getVariable(UNIT_DECISION_DATE),
                            service.find(id).decisionDate(), today);
                    if (!problems.isEmpty()) {
                        throw new InputRejectedException("Quyết định hủy bỏ của đơn vị chưa hợp lệ: "
                                + String.join(" ", problems));
                    }
                    execution.setVariable(UNIT_DECISION_NUMBER, RevocationRules.unitDecisionNumber(
                            execution.getVariable(UNIT_DECISION_NUMBER)));
                }
            }
            case "Flow_ToUpwardGateway" -> {
                sign(execution, UPWARD_DECISION, UPWARD_COMMENT, "'Ký tờ trình đề nghị hủy bỏ' hoặc 'Không đề nghị'");
                if (SignDecision.SIGN.is(execution.getVariable(UPWARD_DECISION))) {
                    service.forwarded(id, by);
                }
            }
            case "Flow_CentralDone" -> {
                Object annulled = execution.getVariable(CENTRAL_ANNULLED);
                if (!"yes".equals(annulled) && !"no".equals(annulled)) {
                    throw new InputRejectedException("Ghi rõ cấp Trung ương có hủy bỏ khen thưởng hay không.");
                }
                if (RevocationActors.text(execution, CENTRAL_NUMBER) == null) {
                    throw new InputRejectedException("Ghi số quyết định (hoặc văn bản trả lời) của cấp Trung ương.");
                }
                LocalDate day = RevocationRules.date(execution.getVariable(CENTRAL_DATE));
                if (day == null || day.isAfter(today)) {
                    throw new InputRejectedException("Ngày của quyết định Trung ương phải có và không được sau hôm nay.");
                }
            }
            case "Flow_RecoveryDone" -> {
                List<String> problems = RevocationRules.checkRecovery(execution.getVariable(OBJECT_RETURNED),
                        execution.getVariable(BONUS_REFUNDED), execution.getVariable(REFUND_DATE),
                        execution.getVariable(RECEIPT_REF), today);
                if (!problems.isEmpty()) {
                    throw new InputRejectedException("Kết quả thu hồi chưa hợp lệ: " + String.join(" ", problems));
                }
                execution.setVariable(RECOVERY_RESULT_TEXT, ("yes".equals(execution.getVariable(OBJECT_RETURNED))
                        ? "Hiện vật đã nộp lại" : "Hiện vật chưa nộp lại") + "; tiền thưởng nộp lại "
                        + execution.getVariable(BONUS_REFUNDED) + " đồng ngày " + RevocationService.VN_DATE.format(
                        RevocationRules.date(execution.getVariable(REFUND_DATE))) + "; chứng từ "
                        + RevocationActors.text(execution, RECEIPT_REF)
                        + (RevocationActors.text(execution, RECOVERY_NOTE) == null ? ""
                        : "; ghi chú: " + RevocationActors.text(execution, RECOVERY_NOTE)));
            }
            case "Flow_ToConfirmGateway" -> {
                Object d = execution.getVariable(CONFIRM_DECISION);
                if (!isAnswer(ConfirmDecision.class, d)) {
                    throw new InputRejectedException("Chọn 'Xác nhận đã thu hồi xong' hoặc 'Trả lại đơn vị'.");
                }
                String comment = RevocationActors.text(execution, CONFIRM_COMMENT);
                if (ConfirmDecision.RETURN.is(d) && comment == null) {
                    throw new InputRejectedException("Khi trả lại đơn vị, ghi rõ còn thiếu gì.");
                }
                service.confirm(id, (String) execution.getVariable(UNIT_CODE), ConfirmDecision.CONFIRM.is(d), comment,
                        by);
            }
            default -> throw new IllegalStateException("No check for " + execution.getCurrentTransitionId());
        }
    }

    /** Waiting for the one who signs, as the revocation-authority table concluded. */
    private static RevocationStatus signer(DelegateExecution execution) {
        Object rule = execution.getVariable(AUTHORITY_RULE);
        return rule instanceof java.util.Map<?, ?> m && Authority.UNIT_HEAD == Authority.of(m.get("authority"))
                ? RevocationStatus.WAITING_UNIT_HEAD : RevocationStatus.WAITING_CHAIRMAN;
    }

    private static void sign(DelegateExecution execution, String decision, String comment, String choices) {
        Object d = execution.getVariable(decision);
        if (!isAnswer(SignDecision.class, d)) {
            throw new InputRejectedException("Ý kiến của Chủ tịch phải là " + choices + ".");
        }
        if (SignDecision.REFUSE.is(d) && RevocationActors.text(execution, comment) == null) {
            throw new InputRejectedException("Khi không hủy bỏ, Chủ tịch phải ghi rõ lý do.");
        }
    }
}

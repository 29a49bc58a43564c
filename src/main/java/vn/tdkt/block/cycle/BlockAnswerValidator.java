package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;

/**
 * Server-side check of the block leader's answers, on the flow leaving each of the leader's tasks (the flow id
 * names the task): closing the pact, the mid-year summary, opening and closing the vote, confirming the minutes.
 */
@Component("blockAnswerValidator")
public class BlockAnswerValidator implements ExecutionListener {

    private final BlockCycleRepository cycles;
    private final IdentityService identityService;

    public BlockAnswerValidator(BlockCycleRepository cycles, IdentityService identityService) {
        this.cycles = cycles;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String flow = execution.getCurrentTransitionId();
        String stage;
        String note = null;
        switch (flow) {
            case "Flow_ClosePact_Done" -> {
                confirmed(execution, "pactClosed", "Khối trưởng phải đánh dấu kết thúc ký giao ước.");
                stage = "PACT_CLOSED";
            }
            case "Flow_ConsolidateMidYear_Done" -> {
                Object summary = execution.getVariable("midYearSummary");
                if (!(summary instanceof String s) || s.strip().length() < 20) {
                    throw new InputRejectedException("Báo cáo tổng hợp sơ kết 6 tháng phải có ít nhất 20 ký tự.");
                }
                stage = "MID_YEAR_SUMMARY";
                note = ((String) summary).strip();
            }
            case "Flow_OpenVote_Done" -> {
                confirmed(execution, "voteOpened", "Khối trưởng phải đánh dấu mở bỏ phiếu suy tôn.");
                stage = "VOTE_OPENED";
            }
            case "Flow_CloseVote_Done" -> {
                confirmed(execution, "voteClosed", "Khối trưởng phải đánh dấu kết thúc bỏ phiếu suy tôn.");
                stage = "VOTE_CLOSED";
            }
            case "Flow_ConfirmMinutes_Done" -> {
                confirmed(execution, "minutesConfirmed", "Khối trưởng phải xác nhận biên bản họp khối.");
                stage = "MINUTES_CONFIRMED";
            }
            default -> throw new IllegalStateException("No answer rules for flow " + flow);
        }
        var auth = identityService.getCurrentAuthentication();
        cycles.event(execution.getProcessBusinessKey(), (String) execution.getVariable("leaderUnit"), stage, "DONE",
                note, auth == null ? null : auth.getUserId(), ClockUtil.getCurrentTime().toInstant());
    }

    private static void confirmed(DelegateExecution execution, String variable, String message) {
        if (!Boolean.TRUE.equals(execution.getVariable(variable))) {
            throw new InputRejectedException(message);
        }
    }
}

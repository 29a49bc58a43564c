package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;

import static vn.tdkt.block.cycle.BlockCycleVariables.LEADER_UNIT;

/**
 * Server-side check of the block leader's answers, on the flow leaving each of the leader's tasks (the flow id
 * names the task): closing the pact, the mid-year summary, opening and closing the vote, confirming the minutes.
 */
@Component("blockAnswerValidator")
public class BlockAnswerValidator implements ExecutionListener {

    private final Clock clock;

    private final BlockCycleRepository cycles;
    private final IdentityService identityService;

    public BlockAnswerValidator(BlockCycleRepository cycles, IdentityService identityService, Clock clock) {

        this.clock = clock;
        this.cycles = cycles;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String flow = execution.getCurrentTransitionId();
        String stage;
        String note = null;
        switch (flow) {
            case BlockCycleSteps.FLOW_CLOSE_PACT_DONE -> {
                confirmed(execution, BlockCycleVariables.PACT_CLOSED, "Khối trưởng phải đánh dấu kết thúc ký giao ước.");
                stage = "PACT_CLOSED";
            }
            case BlockCycleSteps.FLOW_CONSOLIDATE_MID_YEAR_DONE -> {
                Object summary = execution.getVariable(BlockCycleVariables.MID_YEAR_SUMMARY);
                if (!(summary instanceof String s) || s.strip().length() < 20) {
                    throw new InputRejectedException("Báo cáo tổng hợp sơ kết 6 tháng phải có ít nhất 20 ký tự.");
                }
                stage = "MID_YEAR_SUMMARY";
                note = ((String) summary).strip();
            }
            case BlockCycleSteps.FLOW_OPEN_VOTE_DONE -> {
                confirmed(execution, BlockCycleVariables.VOTE_OPENED, "Khối trưởng phải đánh dấu mở bỏ phiếu suy tôn.");
                stage = "VOTE_OPENED";
            }
            case BlockCycleSteps.FLOW_CLOSE_VOTE_DONE -> {
                confirmed(execution, BlockCycleVariables.VOTE_CLOSED, "Khối trưởng phải đánh dấu kết thúc bỏ phiếu suy tôn.");
                stage = "VOTE_CLOSED";
            }
            case BlockCycleSteps.FLOW_CONFIRM_MINUTES_DONE -> {
                confirmed(execution, BlockCycleVariables.MINUTES_CONFIRMED, "Khối trưởng phải xác nhận biên bản họp khối.");
                stage = "MINUTES_CONFIRMED";
            }
            default -> throw new IllegalStateException("No answer rules for flow " + flow);
        }
        var auth = identityService.getCurrentAuthentication();
        cycles.event(execution.getProcessBusinessKey(), (String) execution.getVariable(LEADER_UNIT), stage, "DONE",
                note, auth == null ? null : auth.getUserId(), clock.instant());
    }

    private static void confirmed(DelegateExecution execution, String variable, String message) {
        if (!Boolean.TRUE.equals(execution.getVariable(variable))) {
            throw new InputRejectedException(message);
        }
    }
}

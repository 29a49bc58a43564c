package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.util.Set;

import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBER;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBER_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.MID_YEAR_REPORT;
import static vn.tdkt.block.cycle.BlockCycleVariables.MID_YEAR_REPORTS;
import static vn.tdkt.block.cycle.BlockCycleVariables.PACT_NOTE;
import static vn.tdkt.block.cycle.BlockCycleVariables.PACT_SIGNED;
import static vn.tdkt.block.cycle.BlockCycleVariables.PACT_STATUS;
import static vn.tdkt.block.cycle.BlockCycleVariables.REGISTERED_TITLE;

/**
 * End listener of the members' own tasks (signing the pact, the mid-year report): checks the answer, records it
 * as an event of the cycle and adds a line to the leader's overview. Answers are task-local variables, so the
 * members' parallel tasks do not overwrite one another.
 */
@Component("blockTaskRecorder")
public class BlockTaskRecorder implements ExecutionListener {

    private final Clock clock;

    private static final Set<String> TITLES = Set.of("TTLDXS", "TTLDTT", "CO_TINH");

    private final BlockCycleRepository cycles;
    private final IdentityService identityService;

    public BlockTaskRecorder(BlockCycleRepository cycles, IdentityService identityService, Clock clock) {

        this.clock = clock;
        this.cycles = cycles;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        String member = (String) execution.getVariable(MEMBER);
        String memberName = (String) execution.getVariable(MEMBER_NAME);
        var auth = identityService.getCurrentAuthentication();
        String actor = auth == null ? null : auth.getUserId();
        String key = execution.getProcessBusinessKey();
        if (BlockCycleSteps.SIGN_PACT.equals(execution.getCurrentActivityId())) {
            Object signed = execution.getVariableLocal(PACT_SIGNED);
            Object title = execution.getVariableLocal(REGISTERED_TITLE);
            if (!Boolean.TRUE.equals(signed)) {
                throw new InputRejectedException("Thủ trưởng đơn vị phải đánh dấu ký giao ước thi đua.");
            }
            if (!(title instanceof String t) || !TITLES.contains(t)) {
                throw new InputRejectedException("Danh hiệu đăng ký phải là Tập thể lao động xuất sắc, Tập thể lao động"
                        + " tiên tiến hoặc Cờ thi đua của UBND tỉnh.");
            }
            cycles.event(key, member, "PACT", (String) title, (String) execution.getVariableLocal(PACT_NOTE), actor,
                    clock.instant());
            append(execution, PACT_STATUS, "✓ " + memberName + " đã ký, đăng ký " + title);
        } else {
            Object report = execution.getVariableLocal(MID_YEAR_REPORT);
            if (!(report instanceof String r) || r.strip().length() < 20) {
                throw new InputRejectedException("Báo cáo sơ kết 6 tháng phải có ít nhất 20 ký tự.");
            }
            cycles.event(key, member, "MID_YEAR", "REPORTED", r.strip(), actor, clock.instant());
            append(execution, MID_YEAR_REPORTS, "• " + memberName + ": " + r.strip());
        }
    }

    private static void append(DelegateExecution execution, String variable, String line) {
        Object current = execution.getVariable(variable);
        execution.getProcessInstance().setVariable(variable,
                (current instanceof String s && !s.isBlank() ? s + "\n" : "") + line);
    }
}

package vn.tdkt.block.supervision;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleSteps;
import vn.tdkt.block.cycle.BlockScores;
import vn.tdkt.identity.Role;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_ROWS;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_UNIT;
import static vn.tdkt.block.cycle.BlockCycleVariables.INSPECTION_UNIT_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.LATE_MEMBERS;
import static vn.tdkt.block.cycle.BlockCycleVariables.LATE_MEMBERS_TEXT;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBERS;
import static vn.tdkt.block.cycle.BlockCycleVariables.SELF_SCORE_DUE_DATE;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR_GROUPS;
import static vn.tdkt.block.cycle.BlockCycleVariables.SUPERVISOR_NAME;

/**
 * Start listener of the supervising member's tasks in block-emulation-cycle: resolves, when the task is created,
 * who does it — the member the council secretary assigned to the block for the year (block_supervisor), or, when
 * none is assigned, the council secretary's group, who then acts on the council's behalf — and sets what each
 * form shows (the members a plan may visit, the member of a visit, the late members). At the start of the year-end
 * timer it sets the self-scoring's due date (tdkt.block-supervision.self-score-due).
 */
@Component("supervisionTaskInputs")
public class SupervisionTaskInputs implements ExecutionListener {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final BlockSupervisors supervisors;
    private final BlockScores scores;
    private final BlockCycleRepository cycles;
    private final SupervisionProperties properties;

    public SupervisionTaskInputs(BlockSupervisors supervisors, BlockScores scores, BlockCycleRepository cycles,
                                 SupervisionProperties properties) {
        this.supervisors = supervisors;
        this.scores = scores;
        this.cycles = cycles;
        this.properties = properties;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void notify(DelegateExecution execution) {
        String activity = execution.getCurrentActivityId();
        int year = ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
        if (BlockCycleSteps.TIMER_YEAR_END.equals(activity)) {
            LocalDate due = MonthDay.parse("--" + properties.selfScoreDue()).atYear(year);
            execution.setVariable(SELF_SCORE_DUE_DATE, Date.from(due.atStartOfDay(ZONE).toInstant()));
            return;
        }
        Optional<String> supervisor = supervisors.supervisor(((Number) execution.getVariable(BLOCK_ID)).longValue(), year);
        execution.setVariableLocal(SUPERVISOR, supervisor.orElse(null));
        execution.setVariableLocal(SUPERVISOR_GROUPS, supervisor.isPresent() ? new ArrayList<String>()
                : new ArrayList<>(List.of(Role.COUNCIL_SECRETARY.groupId())));
        execution.setVariableLocal(SUPERVISOR_NAME, supervisor.map(supervisors::fullName)
                .orElse("Chưa phân công: Thư ký Hội đồng ghi nhận thay"));
        List<String> members = (List<String>) execution.getVariable(MEMBERS);
        switch (activity) {
            case BlockCycleSteps.SUPERVISE_PACT, BlockCycleSteps.SUPERVISE_MID_YEAR,
                 BlockCycleSteps.SUPERVISOR_OPINION -> { }
            case BlockCycleSteps.PLAN_INSPECTION -> {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (String m : members) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("unitCode", m);
                    row.put("unitName", scores.unitName(m));
                    row.put("visit", false);
                    rows.add(row);
                }
                execution.setVariableLocal(INSPECTION_ROWS, JsonVars.json(rows));
            }
            case BlockCycleSteps.INSPECT_VISIT -> execution.setVariableLocal(INSPECTION_UNIT_NAME,
                    scores.unitName((String) execution.getVariableLocal(INSPECTION_UNIT)));
            case BlockCycleSteps.URGE_LATE_MEMBERS -> {
                List<String> late = lateMembers(execution.getProcessBusinessKey(), members);
                execution.setVariableLocal(LATE_MEMBERS, new ArrayList<>(late));
                execution.setVariableLocal(LATE_MEMBERS_TEXT, late.isEmpty()
                        ? "Tất cả đơn vị đã gửi bảng tự chấm điểm."
                        : late.stream().map(u -> "• " + scores.unitName(u)).collect(Collectors.joining("\n")));
            }
            default -> throw new IllegalStateException("No supervision inputs for " + activity);
        }
    }

    /** The members that have not sent their self-scoring yet (no SELF event in the cycle), in the block's order. */
    List<String> lateMembers(String key, List<String> members) {
        Set<String> scored = cycles.events(key).stream().filter(e -> "SELF".equals(e.stage()))
                .map(BlockCycleRepository.Event::unitCode).collect(Collectors.toSet());
        return members.stream().filter(m -> !scored.contains(m)).toList();
    }
}

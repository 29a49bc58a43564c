package vn.tdkt.movement;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.workflow.JsonVars;

import java.util.List;

/**
 * Starts one commendation proposal (khen thưởng theo chuyên đề) per unit the final review proposes, on the unit's
 * behalf, carrying the movement (movementId), and records each proposal's key against the unit.
 */
@Component("proposeMovementAwardsDelegate")
public class ProposeMovementAwardsDelegate implements JavaDelegate {

    private final MovementRepository movements;
    private final RuntimeService runtimeService;
    private final java.time.Clock clock;

    public ProposeMovementAwardsDelegate(MovementRepository movements, RuntimeService runtimeService,
                                         java.time.Clock clock) {
        this.movements = movements;
        this.runtimeService = runtimeService;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = MovementActors.movementId(execution);
        MovementRepository.Movement m = movements.find(id).orElseThrow();
        // the achievement's year: the movement's last year, never a year still to come
        int year = Math.min(m.endDate().getYear(), java.time.LocalDate.now(clock).getYear());
        for (MovementRepository.Participant p : movements.participants(id)) {
            if (p.awardTypeCode() == null || p.proposalKey() != null) {
                continue;
            }
            ProcessInstance pi = runtimeService.startProcessInstanceByKey(ProposalSteps.PROCESS, Variables
                    .createVariables()
                    .putValue(ProposalVariables.COMMENDATION_KIND, "CHUYEN_DE")
                    .putValue(ProposalVariables.AWARD_TYPE, p.awardTypeCode())
                    .putValue(ProposalVariables.PERIOD_YEAR, year)
                    .putValue(ProposalVariables.NOMINEE_CODES, JsonVars.json(List.of(p.unitCode())))
                    .putValue(ProposalVariables.UNIT_CODE, p.unitCode())
                    .putValue(ProposalVariables.MOVEMENT_ID, id)
                    .putValue(ProposalVariables.LED_BLOCK_UNITS, List.of())
                    .putValue(ProposalVariables.ACHIEVEMENT_SUMMARY, "Đơn vị tiêu biểu trong " + m.name()
                            + " (" + MovementService.period(m.startDate(), m.endDate()).toLowerCase(java.util.Locale.ROOT)
                            + "), hoàn thành " + p.progressPercent() + "% chỉ tiêu đăng ký; tổng kết theo quyết định phát động số "
                            + m.launchNumber() + "."));
            movements.proposalStarted(id, p.unitId(), pi.getBusinessKey());
        }
    }
}

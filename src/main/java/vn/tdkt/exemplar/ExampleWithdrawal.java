package vn.tdkt.exemplar;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.refusal.Refusal;

import java.util.List;

/**
 * Withdrawal of a public example at any time, also after its follow-up has ended: only the group that approves its
 * publication (the movement's standing unit's head, or the Sở's leaders) may, always with a reason. The example leaves
 * the public page (410) and the feed, the withdrawal is audited like the monitoring task's, and a process still
 * following it up ends at its "withdrawn" terminate end, so no task or timer is left behind.
 */
@Service
public class ExampleWithdrawal {

    private final ModelExampleRepository examples;
    private final ModelExampleService service;
    private final ExampleStewardship stewardship;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;

    public ExampleWithdrawal(ModelExampleRepository examples, ModelExampleService service,
                             ExampleStewardship stewardship, RuntimeService runtimeService,
                             IdentityService identityService) {
        this.identityService = identityService;
        this.examples = examples;
        this.service = service;
        this.stewardship = stewardship;
        this.runtimeService = runtimeService;
    }

    @Transactional
    public void withdraw(long id, CurrentUser caller, String reason) {
        ModelExampleRepository.Example e = examples.get(id);
        String publishers = stewardship.current().publishingApprovalGroup(e.movementId());
        if (!caller.inGroup(publishers)) {
            throw Refusal.forbidden("EXAMPLE_WITHDRAW_FORBIDDEN", "Chỉ lãnh đạo cơ quan duyệt đăng tin gương điển hình "
                    + e.businessKey() + " được thu hồi gương này.");
        }
        if (!e.status().isPublic()) {
            throw Refusal.conflict("EXAMPLE_NOT_PUBLIC", "Gương điển hình " + e.businessKey() + " đang ở trạng thái '"
                    + e.status().label() + "': chỉ thu hồi được gương đang công bố.");
        }
        List<String> problems = ExampleRules.monitorAnswer(ModelExampleVariables.Decision.WITHDRAW.value(), reason);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("EXAMPLE_WITHDRAW_REASON", String.join(" ", problems));
        }
        String why = reason.strip();
        service.move(id, ExampleStatus.WITHDRAWN, caller.userId(), why);
        if (e.processInstanceId() != null) {
            endFollowUp(e.processInstanceId(), why);
        }
    }

    /**
     * The follow-up, if still running, ends at its "withdrawn" terminate end (its tasks and timer go with it). The
     * caller's right was checked above; the engine's own authorizations (which the signed-in request carries) would
     * hide the instance from a steward who is no Camunda process admin, so this runs as the system.
     */
    private void endFollowUp(String processInstanceId, String why) {
        Authentication caller = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            ProcessInstance running = runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
                    .singleResult();
            if (running != null) {
                runtimeService.createProcessInstanceModification(running.getId())
                        .startBeforeActivity("End_Withdrawn")
                        .setVariable(ModelExampleVariables.MONITOR_DECISION,
                                ModelExampleVariables.Decision.WITHDRAW.value())
                        .setVariable(ModelExampleVariables.WITHDRAW_REASON, why)
                        .execute();
            }
        } finally {
            if (caller != null) {
                identityService.setAuthentication(caller);
            }
        }
    }
}

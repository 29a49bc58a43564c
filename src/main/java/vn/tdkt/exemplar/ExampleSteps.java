package vn.tdkt.exemplar;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static vn.tdkt.exemplar.ModelExampleVariables.exampleId;
import static vn.tdkt.exemplar.ModelExampleVariables.text;

/**
 * The system steps of the model-example process, each a thin bean that calls {@link ModelExampleService} (whose rules
 * have their own tests). The bean names are the model's {@code camunda:delegateExpression}s.
 */
final class ExampleSteps {

    private ExampleSteps() { }

    /** The user completing the current step, when a person does. */
    static String actor(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    /** Task_RegisterExample: checks the proposal, records the draft, binds the unit and the stewards. */
    @Component("registerExampleDelegate")
    static class Register implements JavaDelegate {
        private final ModelExampleService service;
        private final ExampleStewardship stewardship;
        private final ExemplarProperties properties;

        Register(ModelExampleService service, ExampleStewardship stewardship, ExemplarProperties properties) {
            this.service = service;
            this.stewardship = stewardship;
            this.properties = properties;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ModelExampleService.Registered r = service.register(text(execution, ModelExampleVariables.INITIATOR),
                    ModelExampleVariables.input(execution), execution.getProcessInstanceId(), null);
            ExampleStewards stewards = stewardship.current();
            execution.setVariable(ModelExampleVariables.EXAMPLE_ID, r.id());
            execution.setVariable(ModelExampleVariables.EXAMPLE_KEY, r.businessKey());
            execution.setVariable(ModelExampleVariables.UNIT_CODE, r.unit().code());
            execution.setVariable(ModelExampleVariables.UNIT_NAME, r.unit().name());
            execution.setVariable(ModelExampleVariables.VETTING_GROUP, stewards.vettingGroup(null));
            execution.setVariable(ModelExampleVariables.PUBLISHING_GROUP, stewards.publishingApprovalGroup(null));
            execution.setVariable(ModelExampleVariables.NOMINEE_OPTIONS,
                    JsonVars.json(service.nomineeOptions(r.unit().code())));
            execution.setVariable(ModelExampleVariables.MOVEMENT_OPTIONS,
                    JsonVars.json(service.movementOptions(r.unit().code())));
            execution.setVariable(ModelExampleVariables.FOLLOW_UP_CYCLE, properties.followUpCycle());
            execution.setProcessBusinessKey(r.businessKey());
        }
    }

    /** Task_SubmitDossier: the officer's dossier (content, pictures, nominee) goes to the unit head. */
    @Component("submitExampleDossierDelegate")
    static class SubmitDossier implements JavaDelegate {
        private final ModelExampleService service;

        SubmitDossier(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.submitDossier(exampleId(execution), ModelExampleVariables.input(execution),
                    execution.getVariable(ModelExampleVariables.NOMINEE_CODE),
                    execution.getVariable(ModelExampleVariables.MOVEMENT_ID));
            // the head answers afresh: a reason of an earlier return is in the history, not in the new form
            execution.removeVariable(ModelExampleVariables.HEAD_COMMENT);
            execution.removeVariable(ModelExampleVariables.HEAD_DECISION);
        }
    }

    /**
     * Task_SendToVetting: the head approved; the standing agency vets — that of the movement the example belongs to,
     * so the groups are bound afresh from the example's movement each time it goes to vetting.
     */
    @Component("sendExampleToVettingDelegate")
    static class SendToVetting implements JavaDelegate {
        private final ModelExampleService service;
        private final ExampleStewardship stewardship;

        SendToVetting(ModelExampleService service, ExampleStewardship stewardship) {
            this.service = service;
            this.stewardship = stewardship;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = exampleId(execution);
            service.move(id, ExampleStatus.VETTING, actor(execution), null);
            Long movementId = service.movementOf(id);
            ExampleStewards stewards = stewardship.current();
            execution.setVariable(ModelExampleVariables.VETTING_GROUP, stewards.vettingGroup(movementId));
            execution.setVariable(ModelExampleVariables.PUBLISHING_GROUP,
                    stewards.publishingApprovalGroup(movementId));
            execution.removeVariable(ModelExampleVariables.VETTING_COMMENT);
            execution.removeVariable(ModelExampleVariables.VETTING_DECISION);
        }
    }

    /** Task_ReturnToUnit: returned by the head or the standing agency; the officer completes it again. */
    @Component("returnExampleToUnitDelegate")
    static class ReturnToUnit implements JavaDelegate {
        private final ModelExampleService service;

        ReturnToUnit(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.move(exampleId(execution), ExampleStatus.DRAFT, actor(execution), null);
        }
    }

    /** Task_AcceptExample: accepted with its nurture plan and public summary. */
    @Component("acceptExampleDelegate")
    static class Accept implements JavaDelegate {
        private final ModelExampleService service;

        Accept(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.accept(exampleId(execution), text(execution, ModelExampleVariables.NURTURE_PLAN),
                    text(execution, ModelExampleVariables.PUBLIC_SUMMARY), actor(execution));
            execution.removeVariable(ModelExampleVariables.PUBLISH_COMMENT);
            execution.removeVariable(ModelExampleVariables.PUBLISH_DECISION);
        }
    }

    /** Task_RefuseExample: not accepted, with the reason. */
    @Component("refuseExampleDelegate")
    static class Refuse implements JavaDelegate {
        private final ModelExampleService service;

        Refuse(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.move(exampleId(execution), ExampleStatus.REFUSED, actor(execution),
                    text(execution, ModelExampleVariables.VETTING_COMMENT));
        }
    }

    /** Task_BackToVetting: the approver sent the publication back to the vetting. */
    @Component("exampleBackToVettingDelegate")
    static class BackToVetting implements JavaDelegate {
        private final ModelExampleService service;

        BackToVetting(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.move(exampleId(execution), ExampleStatus.VETTING, actor(execution),
                    text(execution, ModelExampleVariables.PUBLISH_COMMENT));
            execution.removeVariable(ModelExampleVariables.VETTING_DECISION);
        }
    }

    /** Task_PublishExample: approved; the example is on the public page and in the feed from now on. */
    @Component("publishExampleDelegate")
    static class Publish implements JavaDelegate {
        private final ModelExampleService service;
        private final String publicUrl;

        Publish(ModelExampleService service, @Value("${tdkt.public-url:http://localhost:8080}") String publicUrl) {
            this.service = service;
            this.publicUrl = publicUrl.replaceAll("/+$", "");
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = exampleId(execution);
            service.move(id, ExampleStatus.PUBLISHED, actor(execution), null);
            execution.setVariable(ModelExampleVariables.PUBLIC_ADDRESS, publicUrl + PublicExamplePages.path(id));
        }
    }

    /**
     * Task_StartCommendation: the example put forward for commendation starts a commendation-proposal on the unit's
     * behalf for the person or collective it is about (the award and kind are configuration).
     */
    @Component("startExampleCommendationDelegate")
    static class StartCommendation implements JavaDelegate {
        private final ModelExampleService service;
        private final RuntimeService runtimeService;
        private final ExemplarProperties properties;
        private final Clock clock;

        StartCommendation(ModelExampleService service, RuntimeService runtimeService, ExemplarProperties properties,
                          Clock clock) {
            this.service = service;
            this.runtimeService = runtimeService;
            this.properties = properties;
            this.clock = clock;
        }

        @Override
        public void execute(DelegateExecution execution) {
            ModelExampleRepository.Example e = service.get(exampleId(execution));
            String nominee = e.nomineeCode() != null ? e.nomineeCode() : e.unitCode();
            // started on the unit's behalf, not by the approver: the proposal must not take the approver as initiator
            org.camunda.bpm.engine.IdentityService identity = execution.getProcessEngineServices().getIdentityService();
            Authentication approver = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            ProcessInstance pi;
            try {
                pi = start(e, nominee);
            } finally {
                if (approver != null) {
                    identity.setAuthentication(approver);
                }
            }
            service.commendationStarted(e.id(), pi.getBusinessKey());
            execution.setVariable(ModelExampleVariables.COMMENDATION_KEY, pi.getBusinessKey());
        }

        private ProcessInstance start(ModelExampleRepository.Example e, String nominee) {
            return runtimeService.startProcessInstanceByKey(ProposalSteps.PROCESS, Variables
                    .createVariables()
                    .putValue(ProposalVariables.COMMENDATION_KIND, properties.commendationKind())
                    .putValue(ProposalVariables.AWARD_TYPE, properties.commendationAwardType())
                    .putValue(ProposalVariables.PERIOD_YEAR, LocalDate.now(clock).getYear())
                    .putValue(ProposalVariables.NOMINEE_CODES, JsonVars.json(List.of(nominee)))
                    .putValue(ProposalVariables.UNIT_CODE, e.unitCode())
                    .putValue(ProposalVariables.ACHIEVEMENT_SUMMARY, "Gương điển hình tiên tiến «" + e.title()
                            + "» (" + e.businessKey() + "): " + e.publicSummary()));
        }
    }

    /** Task_WithdrawExample: off the public page and the feed, with the reason, audited. */
    @Component("withdrawExampleDelegate")
    static class Withdraw implements JavaDelegate {
        private final ModelExampleService service;

        Withdraw(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.move(exampleId(execution), ExampleStatus.WITHDRAWN, actor(execution),
                    text(execution, ModelExampleVariables.WITHDRAW_REASON));
        }
    }

    /** Task_CloseExample: the follow-up ends; the example stays published. */
    @Component("closeExampleDelegate")
    static class Close implements JavaDelegate {
        private final ModelExampleService service;

        Close(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.move(exampleId(execution), ExampleStatus.CLOSED, actor(execution), null);
        }
    }

    /** Task_RecordFollowUp: the unit's follow-up report, checked and kept. */
    @Component("recordExampleFollowUpDelegate")
    static class RecordFollowUp implements JavaDelegate {
        private final ModelExampleService service;

        RecordFollowUp(ModelExampleService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.followUp(exampleId(execution), execution.getVariable(ModelExampleVariables.FOLLOW_UP_REPORT),
                    actor(execution));
        }
    }

    /**
     * Checks a person's answer on the server as the task is left (attached to the flow leaving each decision task,
     * so a refusal rolls the completion back): the answer is one the form offers, and a return, refusal or
     * withdrawal says why.
     */
    @Component("exampleAnswerValidator")
    static class AnswerValidator implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            String flow = execution.getCurrentTransitionId();
            List<String> problems = switch (flow == null ? "" : flow) {
                case "Flow_HeadToGateway" -> ExampleRules.headAnswer(
                        execution.getVariable(ModelExampleVariables.HEAD_DECISION),
                        execution.getVariable(ModelExampleVariables.HEAD_COMMENT));
                case "Flow_VettingToGateway" -> ExampleRules.vettingAnswer(
                        execution.getVariable(ModelExampleVariables.VETTING_DECISION),
                        execution.getVariable(ModelExampleVariables.VETTING_COMMENT),
                        execution.getVariable(ModelExampleVariables.NURTURE_PLAN),
                        execution.getVariable(ModelExampleVariables.PUBLIC_SUMMARY));
                case "Flow_PublishToGateway" -> ExampleRules.publishAnswer(
                        execution.getVariable(ModelExampleVariables.PUBLISH_DECISION),
                        execution.getVariable(ModelExampleVariables.PUBLISH_COMMENT));
                case "Flow_MonitorToGateway" -> ExampleRules.monitorAnswer(
                        execution.getVariable(ModelExampleVariables.MONITOR_DECISION),
                        execution.getVariable(ModelExampleVariables.WITHDRAW_REASON));
                default -> List.of();
            };
            if (!problems.isEmpty()) {
                throw new InputRejectedException(String.join(" ", problems));
            }
        }
    }
}

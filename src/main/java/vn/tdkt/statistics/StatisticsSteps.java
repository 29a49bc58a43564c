package vn.tdkt.statistics;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.InputRejectedException;

import java.util.List;

import static vn.tdkt.statistics.StatisticsVariables.APPROVAL_DECISION;
import static vn.tdkt.statistics.StatisticsVariables.RETURN_REASON;

/**
 * The system steps of the statistics-report process, each a thin bean calling {@link StatisticsService} (whose rules
 * have their own tests). The bean names are the model's {@code camunda:delegateExpression}s.
 */
final class StatisticsSteps {

    private StatisticsSteps() { }

    static String actor(DelegateExecution execution) {
        Authentication current = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return current == null ? null : current.getUserId();
    }

    static long reportId(DelegateExecution execution) {
        return ((Number) execution.getVariable(StatisticsVariables.REPORT_ID)).longValue();
    }

    /** Task_OpenReport: checks the year and level, opens the report of the year as a draft. */
    @Component("openStatisticsReportDelegate")
    static class Open implements JavaDelegate {
        private final StatisticsService service;

        Open(StatisticsService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            Object initiator = execution.getVariable(StatisticsVariables.INITIATOR);
            StatisticsRepository.Report r = service.open(execution.getVariable(StatisticsVariables.REPORT_YEAR),
                    execution.getVariable(StatisticsVariables.AWARD_LEVEL),
                    initiator == null ? actor(execution) : initiator.toString(), execution.getProcessInstanceId());
            execution.setVariable(StatisticsVariables.REPORT_ID, r.id());
            execution.setVariable(StatisticsVariables.REPORT_KEY, r.businessKey());
            execution.setVariable(StatisticsVariables.LEVEL_LABEL,
                    StatisticsService.levelLabel(r.awardLevel()).toLowerCase());
            execution.setProcessBusinessKey(r.businessKey());
        }
    }

    /** Task_FreezeFigures: the specialist's figures are frozen into the report, which goes to the head. */
    @Component("submitStatisticsReportDelegate")
    static class Submit implements JavaDelegate {
        private final StatisticsService service;

        Submit(StatisticsService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.submit(reportId(execution), execution.getVariable(StatisticsVariables.FIGURES_CHECKED),
                    execution.getVariable(StatisticsVariables.PREPARATION_NOTES), actor(execution));
            // the head answers afresh
            execution.removeVariable(APPROVAL_DECISION);
            execution.removeVariable(RETURN_REASON);
        }
    }

    /** Task_ReturnReport: the head returned the report; the specialist prepares it again. */
    @Component("returnStatisticsReportDelegate")
    static class Return implements JavaDelegate {
        private final StatisticsService service;

        Return(StatisticsService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.returnReport(reportId(execution), execution.getVariable(RETURN_REASON), actor(execution));
            execution.setVariable(StatisticsVariables.FIGURES_CHECKED, false);
        }
    }

    /** Task_ApproveReport: the head approved; the report is signed with its frozen figures. */
    @Component("approveStatisticsReportDelegate")
    static class Approve implements JavaDelegate {
        private final StatisticsService service;

        Approve(StatisticsService service) {
            this.service = service;
        }

        @Override
        public void execute(DelegateExecution execution) {
            service.approve(reportId(execution), actor(execution));
        }
    }

    /**
     * Checks a person's answer on the server as the task is left (on the flow leaving each task, so that a refusal
     * rolls the completion back).
     */
    @Component("statisticsAnswerValidator")
    static class AnswerValidator implements ExecutionListener {
        @Override
        public void notify(DelegateExecution execution) {
            String flow = execution.getCurrentTransitionId();
            List<String> problems = switch (flow == null ? "" : flow) {
                case "Flow_PrepareToFreeze" -> StatisticsRules.prepare(
                        execution.getVariable(StatisticsVariables.FIGURES_CHECKED),
                        execution.getVariable(StatisticsVariables.PREPARATION_NOTES));
                case "Flow_ApprovalToGateway" -> StatisticsRules.approval(execution.getVariable(APPROVAL_DECISION),
                        execution.getVariable(RETURN_REASON));
                default -> List.of();
            };
            if (!problems.isEmpty()) {
                throw new InputRejectedException(String.join(" ", problems));
            }
        }
    }
}

package vn.tdkt.formrules;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import vn.tdkt.workflow.InputRejectedException;

import java.util.List;

/**
 * Ends every user task and form start event: checks what the form left in the process against the deployed form's
 * rules. It is an execution listener on purpose: a refusal thrown here (unlike one from a task listener) reaches the
 * REST API as 400 with the message, the task stays open and nothing is stored.
 */
class FormRulesListener implements ExecutionListener {

    private final DeployedFormRules forms;
    private final String formRef;
    private final String binding;
    private final Integer version;

    FormRulesListener(DeployedFormRules forms, String formRef, String binding, Integer version) {
        this.forms = forms;
        this.formRef = formRef;
        this.binding = binding;
        this.version = version;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return; // interrupted by a timer or a message, or the instance was deleted: nothing was submitted
        }
        ExecutionEntity entity = (ExecutionEntity) execution;
        FormRules rules = forms.rules(Context.getCommandContext(), entity.getProcessDefinition().getDeploymentId(),
                formRef, binding, version, execution.getTenantId());
        List<String> problems = FormRuleChecker.check(rules, execution::getVariable);
        if (!problems.isEmpty()) {
            throw new InputRejectedException("Chưa lưu được: " + String.join(" ", problems));
        }
    }
}

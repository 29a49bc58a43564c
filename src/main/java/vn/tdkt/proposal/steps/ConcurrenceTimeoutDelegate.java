package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.util.List;

/** The concurrence deadline passed: agencies that did not answer are taken to agree (common practice, [U]). */
@Component("concurrenceTimeoutDelegate")
public class ConcurrenceTimeoutDelegate implements JavaDelegate {

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<String> asked = (List<String>) execution.getVariable("concurrenceAgencies");
        List<String> answered = (List<String>) execution.getVariable("concurrenceAnswered");
        StringBuilder summary = new StringBuilder((String) execution.getVariable("concurrenceSummary"));
        for (String agency : asked) {
            if (!answered.contains(agency)) {
                summary.append("\n• ").append(agency).append(": quá hạn không trả lời, coi như đồng ý");
            }
        }
        execution.setVariable("concurrenceSummary", summary.toString());
    }
}

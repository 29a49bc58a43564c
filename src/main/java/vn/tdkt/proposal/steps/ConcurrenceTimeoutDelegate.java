package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ConcurrenceProperties;

import java.util.List;

/**
 * The concurrence deadline passed: agencies that did not answer are recorded as such; whether their silence is
 * consent is the province's data ({@link ConcurrenceProperties}), not a rule of the code.
 */
@Component("concurrenceTimeoutDelegate")
public class ConcurrenceTimeoutDelegate implements JavaDelegate {

    private final ConcurrenceProperties properties;

    public ConcurrenceTimeoutDelegate(ConcurrenceProperties properties) {
        this.properties = properties;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<String> asked = (List<String>) execution.getVariable("concurrenceAgencies");
        List<String> answered = (List<String>) execution.getVariable("concurrenceAnswered");
        StringBuilder summary = new StringBuilder((String) execution.getVariable("concurrenceSummary"));
        for (String agency : asked) {
            if (!answered.contains(agency)) {
                summary.append('\n').append(properties.silenceLine(agency));
            }
        }
        execution.setVariable("concurrenceSummary", summary.toString());
    }
}

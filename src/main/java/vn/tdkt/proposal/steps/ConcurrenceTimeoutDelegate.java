package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.proposal.ConcurrenceSilence;
import vn.tdkt.rules.LegalParameter;
import vn.tdkt.rules.LegalParameterSet;
import vn.tdkt.rules.LegalParameters;

import java.time.Clock;
import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_AGENCIES;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_ANSWERED;
import static vn.tdkt.proposal.ProposalVariables.CONCURRENCE_SUMMARY;

/**
 * The concurrence deadline passed: agencies that did not answer are recorded as such; whether their silence is
 * consent is a legal parameter of the day the deadline passed ({@link ConcurrenceSilence}), not a rule of the code.
 */
@Component("concurrenceTimeoutDelegate")
public class ConcurrenceTimeoutDelegate implements JavaDelegate {

    private final Clock clock;

    private final LegalParameters law;
    private final WorkingDayCalendarProvider calendars;

    public ConcurrenceTimeoutDelegate(LegalParameters law, WorkingDayCalendarProvider calendars, Clock clock) {

        this.clock = clock;
        this.law = law;
        this.calendars = calendars;
    }

    @Override
    @SuppressWarnings("unchecked")
    public void execute(DelegateExecution execution) {
        List<String> asked = (List<String>) execution.getVariable(CONCURRENCE_AGENCIES);
        List<String> answered = (List<String>) execution.getVariable(CONCURRENCE_ANSWERED);
        StringBuilder summary = new StringBuilder((String) execution.getVariable(CONCURRENCE_SUMMARY));
        LegalParameter silence = law.on(clock.instant().atZone(calendars.calendar().zone())
                .toLocalDate()).parameter(LegalParameterSet.CONCURRENCE_SILENCE_MEANS_CONSENT);
        for (String agency : asked) {
            if (!answered.contains(agency)) {
                summary.append('\n').append(ConcurrenceSilence.line(agency, silence));
            }
        }
        execution.setVariable(CONCURRENCE_SUMMARY, summary.toString());
    }
}

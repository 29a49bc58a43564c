package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.VariableScope;
import vn.tdkt.rules.RuleDates;

import java.time.LocalDate;

import static vn.tdkt.proposal.ProposalVariables.PROCESSING_ACCEPTED_ON;
import static vn.tdkt.proposal.ProposalVariables.PROCESSING_DAYS_USED;

/**
 * The process variables that date a proposal's rules: {@code judgedOn}, the day the proposal started, by whose rules
 * its procedure (documents, council, deadlines) is judged; {@code processingAcceptedOn} and
 * {@code processingDaysUsed}, the standing agency's clock across returns.
 */
public final class ProposalRuleDates {

    public static final String ACCEPTED_ON = PROCESSING_ACCEPTED_ON;
    public static final String DAYS_USED = PROCESSING_DAYS_USED;

    private ProposalRuleDates() { }

    /** The proposal's day of rules; an instance started before the variable existed is judged by today's rules. */
    public static LocalDate judgedOn(VariableScope execution, LocalDate today) {
        Object value = execution.getVariable(RuleDates.VARIABLE);
        return value instanceof String s && !s.isBlank() ? LocalDate.parse(s) : today;
    }
}

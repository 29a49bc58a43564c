package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.DecisionWording;
import vn.tdkt.proposal.ProposalAnswerRules;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStages;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.proposal.ProposalTexts;
import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;

import static vn.tdkt.proposal.ProposalVariables.APPRAISAL_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.COUNCIL_MINUTES_DATE;
import static vn.tdkt.proposal.ProposalVariables.COUNCIL_MINUTES_REF;
import static vn.tdkt.proposal.ProposalVariables.COUNCIL_RESULTS;
import static vn.tdkt.proposal.ProposalVariables.COUNCIL_SESSION_KEY;
import static vn.tdkt.proposal.ProposalVariables.COUNCIL_TEXT;
import static vn.tdkt.proposal.ProposalVariables.PASSED_COUNT;
import static vn.tdkt.proposal.ProposalVariables.PROVINCIAL_OUTCOME;
import static vn.tdkt.proposal.ProposalVariables.ROUND_NUMBER;

/**
 * The council's vote per nominee, sent by the council session ({@code council-review}, message
 * {@code CouncilResult} with the variables {@code councilResults}, {@code councilMinutesRef} and, from sessions
 * that send them, {@code councilMinutesDate} and {@code councilSessionKey}); nominees not passed leave the proposal,
 * the result is kept among the proposal's events, and the minutes' number and day with the proposal (the decision
 * cites them); the chairman's form shows them ({@code councilText}).
 */
@Component("applyCouncilResultDelegate")
public class ApplyCouncilResultDelegate implements JavaDelegate {

    private final ProposalStages stages;
    private final ProposalRepository proposals;

    public ApplyCouncilResultDelegate(ProposalStages stages, ProposalRepository proposals) {
        this.stages = stages;
        this.proposals = proposals;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        String minutesRef = (String) execution.getVariable(COUNCIL_MINUTES_REF);
        int passed = stages.applyCouncil(key, JsonVars.listOfObjects(execution.getVariable(COUNCIL_RESULTS)),
                minutesRef, execution.getVariable(ROUND_NUMBER) instanceof Number n ? n.intValue() : 1);
        if (minutesRef != null && !minutesRef.isBlank()) {
            LocalDate meetingDay = ProposalAnswerRules.parseDate(execution.getVariable(COUNCIL_MINUTES_DATE));
            Object session = execution.getVariable(COUNCIL_SESSION_KEY);
            String number = DecisionWording.minutesNumber(minutesRef);
            proposals.councilMinutes(key, number.length() > 200 ? number.substring(0, 200) : number, meetingDay,
                    session instanceof String s && s.length() <= 40 ? s : null);
            execution.setVariable(COUNCIL_TEXT, "Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số " + number
                    + (meetingDay == null ? "" : " ngày " + ProposalTexts.VN_DATE.format(meetingDay)) + ": "
                    + passed + "/" + JsonVars.listOfObjects(execution.getVariable(COUNCIL_RESULTS)).size()
                    + " trường hợp được thông qua.");
        }
        execution.setVariable(PASSED_COUNT, passed);
        execution.setVariable(APPRAISAL_SUMMARY, stages.summary(key));
        NextStageLists.prepare(execution, stages, key);
        if (passed == 0) {
            execution.setVariable(PROVINCIAL_OUTCOME, ProvincialOutcome.NOT_AWARDED.name());
        } else {
            proposals.changeStatus(key, ProposalStatus.WAITING_DECISION);
        }
    }
}

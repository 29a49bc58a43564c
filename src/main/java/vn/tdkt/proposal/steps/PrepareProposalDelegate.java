package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalStarter;
import vn.tdkt.proposal.ProposalTexts;
import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.rules.RuleDates;

import static vn.tdkt.proposal.ProposalVariables.ACHIEVEMENT_SUMMARY;
import static vn.tdkt.proposal.ProposalVariables.AWARD_TYPE;
import static vn.tdkt.proposal.ProposalVariables.AWARD_TYPE_NAME;
import static vn.tdkt.proposal.ProposalVariables.COMMENDATION_KIND;
import static vn.tdkt.proposal.ProposalVariables.DECIDING_LEVEL;
import static vn.tdkt.proposal.ProposalVariables.INITIATOR;
import static vn.tdkt.proposal.ProposalVariables.NOMINEE_LIST;
import static vn.tdkt.proposal.ProposalVariables.PERIOD_YEAR;
import static vn.tdkt.proposal.ProposalVariables.PROPOSAL_KEY;
import static vn.tdkt.proposal.ProposalVariables.PROVINCIAL_OUTCOME;
import static vn.tdkt.proposal.ProposalVariables.RECIPIENT_KIND;
import static vn.tdkt.proposal.ProposalVariables.ROUND_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.UNIT_CODE;
import static vn.tdkt.proposal.ProposalVariables.UNIT_NAME;

/** Checks and records a new proposal, names the instance by its business key and opens its dossier. */
@Component("prepareProposalDelegate")
public class PrepareProposalDelegate implements JavaDelegate {

    private final ProposalStarter starter;
    private final DossierService dossiers;

    public PrepareProposalDelegate(ProposalStarter starter, DossierService dossiers) {
        this.starter = starter;
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ProposalStarter.Started s = starter.start(execution.getVariables(),
                (String) execution.getVariable(INITIATOR), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(s.businessKey());
        dossiers.openDossier(s.businessKey(), s.unit().code(), execution.getProcessInstanceId());
        execution.setVariable(PROPOSAL_KEY, s.businessKey());
        execution.setVariable(UNIT_CODE, s.unit().code());
        execution.setVariable(UNIT_NAME, s.unit().name());
        execution.setVariable(COMMENDATION_KIND, s.input().commendationKind());
        execution.setVariable(AWARD_TYPE, s.awardType().code());
        execution.setVariable(AWARD_TYPE_NAME, s.awardType().name());
        // the route (province or upward) follows who decides the award, from the catalogue
        execution.setVariable(DECIDING_LEVEL, s.awardType().decidingLevel().name());
        execution.setVariable(RECIPIENT_KIND, s.recipientKind());
        execution.setVariable(PERIOD_YEAR, s.input().periodYear());
        execution.setVariable(ACHIEVEMENT_SUMMARY, s.input().achievementSummary());
        execution.setVariable(NOMINEE_LIST, ProposalTexts.nomineeList(s.nominees()));
        execution.setVariable(ROUND_NUMBER, 1);
        execution.setVariable(PROVINCIAL_OUTCOME, ProvincialOutcome.PENDING.name());
        // the procedure's rules (documents, council, deadlines) are those in force on the day the proposal started
        execution.setVariable(RuleDates.VARIABLE, RuleDates.judgedOn(s.startedOn()));
    }
}

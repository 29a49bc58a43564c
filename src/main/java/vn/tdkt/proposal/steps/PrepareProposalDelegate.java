package vn.tdkt.proposal.steps;

import vn.tdkt.proposal.ProposalVariables.ProvincialOutcome;
import vn.tdkt.proposal.ProposalVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalStarter;
import vn.tdkt.proposal.ProposalTexts;
import vn.tdkt.rules.RuleDates;

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
                (String) execution.getVariable(ProposalVariables.INITIATOR), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(s.businessKey());
        dossiers.openDossier(s.businessKey(), s.unit().code(), execution.getProcessInstanceId());
        execution.setVariable(ProposalVariables.PROPOSAL_KEY, s.businessKey());
        execution.setVariable(ProposalVariables.UNIT_CODE, s.unit().code());
        execution.setVariable(ProposalVariables.UNIT_NAME, s.unit().name());
        execution.setVariable(ProposalVariables.COMMENDATION_KIND, s.input().commendationKind());
        execution.setVariable(ProposalVariables.AWARD_TYPE, s.awardType().code());
        execution.setVariable(ProposalVariables.AWARD_TYPE_NAME, s.awardType().name());
        // the route (province or upward) follows who decides the award, from the catalogue
        execution.setVariable(ProposalVariables.DECIDING_LEVEL, s.awardType().decidingLevel().name());
        execution.setVariable(ProposalVariables.RECIPIENT_KIND, s.recipientKind());
        execution.setVariable(ProposalVariables.PERIOD_YEAR, s.input().periodYear());
        execution.setVariable(ProposalVariables.ACHIEVEMENT_SUMMARY, s.input().achievementSummary());
        execution.setVariable(ProposalVariables.NOMINEE_LIST, ProposalTexts.nomineeList(s.nominees()));
        execution.setVariable(ProposalVariables.ROUND_NUMBER, 1);
        execution.setVariable(ProposalVariables.PROVINCIAL_OUTCOME, ProvincialOutcome.PENDING.name());
        // the procedure's rules (documents, council, deadlines) are those in force on the day the proposal started
        execution.setVariable(RuleDates.VARIABLE, RuleDates.judgedOn(s.startedOn()));
    }
}

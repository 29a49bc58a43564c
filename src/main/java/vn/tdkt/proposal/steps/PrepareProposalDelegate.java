package vn.tdkt.proposal.steps;

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
                (String) execution.getVariable("initiator"), execution.getProcessInstanceId());
        execution.setProcessBusinessKey(s.businessKey());
        dossiers.openDossier(s.businessKey(), s.unit().code(), execution.getProcessInstanceId());
        execution.setVariable("proposalKey", s.businessKey());
        execution.setVariable("unitCode", s.unit().code());
        execution.setVariable("unitName", s.unit().name());
        execution.setVariable("commendationKind", s.input().commendationKind());
        execution.setVariable("awardType", s.awardType().code());
        execution.setVariable("awardTypeName", s.awardType().name());
        // the route (province or upward) follows who decides the award, from the catalogue
        execution.setVariable("decidingLevel", s.awardType().decidingLevel().name());
        execution.setVariable("recipientKind", s.recipientKind());
        execution.setVariable("periodYear", s.input().periodYear());
        execution.setVariable("achievementSummary", s.input().achievementSummary());
        execution.setVariable("nomineeList", ProposalTexts.nomineeList(s.nominees()));
        execution.setVariable("roundNumber", 1);
        execution.setVariable("provincialOutcome", "PENDING");
        // the procedure's rules (documents, council, deadlines) are those in force on the day the proposal started
        execution.setVariable(RuleDates.VARIABLE, RuleDates.judgedOn(s.startedOn()));
    }
}

package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.tdkt.awarddecision.AwardDecisionService;
import vn.tdkt.awarddecision.DecisionRequest;
import vn.tdkt.awarddecision.DecisionWording;
import vn.tdkt.awarddecision.IssuedDecision;
import vn.tdkt.proposal.ProposalDecisions;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalTexts;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.util.List;

import static vn.tdkt.proposal.ProposalVariables.DECIDED_BY;
import static vn.tdkt.proposal.ProposalVariables.DECISION_DATE_TEXT;
import static vn.tdkt.proposal.ProposalVariables.DECISION_ID;
import static vn.tdkt.proposal.ProposalVariables.DECISION_NUMBER;

/**
 * Issues the chairman's decision for the approved nominees: number from the per-year sequence, award history
 * (one achievement, one award: the proposal key and nominee code identify the achievement), certificate register
 * numbers, decision and certificate PDFs; the decision cites the unit's tờ trình and the council's minutes
 * ({@link ProposalDecisions}). A refusal of the award history (already awarded) rolls the chairman's completion back.
 */
@Component("issueDecisionDelegate")
public class IssueDecisionDelegate implements JavaDelegate {

    private final Clock clock;

    private final AwardDecisionService decisions;
    private final ProposalRepository proposals;
    private final ProposalDecisions proposalDecisions;
    private final IdentityService identityService;

    public IssueDecisionDelegate(AwardDecisionService decisions, ProposalRepository proposals,
                                 ProposalDecisions proposalDecisions, IdentityService identityService, Clock clock) {

        this.clock = clock;
        this.decisions = decisions;
        this.proposals = proposals;
        this.proposalDecisions = proposalDecisions;
        this.identityService = identityService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        ProposalRepository.Proposal p = proposals.find(key).orElseThrow();
        List<ProposalRepository.Nominee> approved = proposals.nominees(key).stream()
                .filter(n -> "APPROVED".equals(n.finalResult())).toList();
        String signer = (String) execution.getVariable(DECIDED_BY);
        User user = signer == null ? null : identityService.createUserQuery().userId(signer).singleResult();
        String signerName = user == null ? null : (user.getFirstName() + " " + user.getLastName()).strip();
        // a vice-chairman deciding for the chairman signs "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
        String signerTitle = signer == null ? null : DecisionWording.signerTitle(identityService.createGroupQuery()
                .groupMember(signer).list().stream().map(Group::getId).toList());
        DecisionRequest request = proposalDecisions.request(p, approved).signer(signer, signerName, signerTitle).build();
        IssuedDecision issued;
        try {
            issued = decisions.issue(request);
        } catch (Refusal refused) {
            throw new InputRejectedException("Không ban hành được quyết định: " + refused.getMessage());
        }
        approved.forEach(n -> proposals.finalResult(n.id(), "AWARDED"));
        proposals.decided(key, issued.number(), clock.instant());
        execution.setVariable(DECISION_ID, issued.id());
        execution.setVariable(DECISION_NUMBER, issued.number());
        execution.setVariable(DECISION_DATE_TEXT, ProposalTexts.VN_DATE.format(issued.signedOn()));
    }
}

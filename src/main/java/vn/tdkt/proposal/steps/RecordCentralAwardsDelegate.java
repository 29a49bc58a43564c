package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalAnswerRules;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalStatus;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.award.AwardRecordRequest;
import vn.tdkt.registry.award.AwardRecordService;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.util.Map;

import static vn.tdkt.proposal.ProposalVariables.CENTRAL_AUTHORITY;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_AWARDED_COUNT;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_DECISION_DATE;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_DECISION_NUMBER;
import static vn.tdkt.proposal.ProposalVariables.CENTRAL_RESULTS;

/** The central decision (Thủ tướng, Chủ tịch nước) as recorded by the standing agency enters the award history. */
@Component("recordCentralAwardsDelegate")
public class RecordCentralAwardsDelegate implements JavaDelegate {

    private final Clock clock;

    private final ProposalRepository proposals;
    private final AwardRecordService awards;

    public RecordCentralAwardsDelegate(ProposalRepository proposals, AwardRecordService awards, Clock clock) {

        this.clock = clock;
        this.proposals = proposals;
        this.awards = awards;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = execution.getProcessBusinessKey();
        ProposalRepository.Proposal p = proposals.find(key).orElseThrow();
        Map<String, ProposalRepository.Nominee> byCode = new java.util.HashMap<>();
        proposals.nominees(key).forEach(n -> byCode.put(n.nomineeCode(), n));
        int awarded = 0;
        for (Map<String, Object> item : JsonVars.listOfObjects(execution.getVariable(CENTRAL_RESULTS))) {
            ProposalRepository.Nominee n = byCode.get((String) item.get("nomineeCode"));
            if (!"CO".equals(item.get("awarded"))) {
                proposals.finalResult(n.id(), "CENTRAL_REJECTED");
                continue;
            }
            try {
                awards.create(new AwardRecordRequest(p.awardTypeCode(), n.personId() != null ? n.nomineeCode() : null,
                        n.unitId() != null ? n.nomineeCode() : null, p.periodYear(), "CONG_TRANG",
                        ((String) execution.getVariable(CENTRAL_DECISION_NUMBER)).strip(),
                        ProposalAnswerRules.parseDate(execution.getVariable(CENTRAL_DECISION_DATE)),
                        (String) execution.getVariable(CENTRAL_AUTHORITY), key + "/" + n.nomineeCode()));
            } catch (Refusal refused) {
                throw new InputRejectedException("Không ghi được vào lịch sử khen thưởng: " + refused.getMessage());
            }
            proposals.finalResult(n.id(), "AWARDED");
            awarded++;
        }
        execution.setVariable(CENTRAL_AWARDED_COUNT, awarded);
        proposals.close(key, awarded > 0 ? ProposalStatus.AWARDED : ProposalStatus.NOT_AWARDED,
                clock.instant());
    }
}

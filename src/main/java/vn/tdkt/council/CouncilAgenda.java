package vn.tdkt.council;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import vn.tdkt.block.supervision.SupervisionOpinions;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.registry.award.AwardType;
import vn.tdkt.registry.award.AwardTypeRepository;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proposals that wait for the council: instances of {@code commendation-proposal} waiting at the council step
 * and not already put before a session that has not ended, with the nominees still in the running.
 */
@Service
public class CouncilAgenda {

    /** The proposal process's wait for the council's result. */
    public static final String WAIT_ACTIVITY = ProposalSteps.AWAIT_COUNCIL;
    public static final String PROPOSAL_PROCESS = ProposalSteps.PROCESS;

    private final RuntimeService runtime;
    private final ProposalRepository proposals;
    private final CouncilRepository council;
    private final AwardTypeRepository awardTypes;
    private final SupervisionOpinions supervision;

    public CouncilAgenda(RuntimeService runtime, ProposalRepository proposals, CouncilRepository council,
                         AwardTypeRepository awardTypes, SupervisionOpinions supervision) {
        this.supervision = supervision;
        this.runtime = runtime;
        this.proposals = proposals;
        this.council = council;
        this.awardTypes = awardTypes;
    }

    public record Nominee(String code, String name) { }

    public record WaitingProposal(String proposalKey, String processInstanceId, String unitName, String awardTypeCode,
                                  String awardName, String voteType, List<Nominee> nominees) { }

    public List<WaitingProposal> waiting() {
        Set<String> taken = new HashSet<>(council.proposalsInOpenSessions());
        List<ProcessInstance> instances = SystemCalls.asSystem(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROPOSAL_PROCESS).activityIdIn(WAIT_ACTIVITY).list());
        List<WaitingProposal> result = new ArrayList<>();
        for (ProcessInstance instance : instances) {
            String key = instance.getBusinessKey();
            if (key == null || taken.contains(key)) {
                continue;
            }
            proposals.find(key).ifPresent(p -> {
                List<Nominee> nominees = proposals.nominees(key).stream().filter(ProposalRepository.Nominee::active)
                        .map(n -> new Nominee(n.nomineeCode(), n.displayName())).toList();
                if (!nominees.isEmpty()) {
                    result.add(new WaitingProposal(key, instance.getId(), p.unitName(), p.awardTypeCode(),
                            awardName(p.awardTypeCode()), voteType(instance.getId()), nominees));
                }
            });
        }
        result.sort(java.util.Comparator.comparing(WaitingProposal::proposalKey));
        return result;
    }

    /**
     * For a proposal a block started (it carries its cycle's key, blockCycleKey): the opinion of the council member
     * who supervises the block on its suy tôn result; empty for any other proposal.
     */
    public String blockSupervisorOpinion(String processInstanceId) {
        Object cycleKey = SystemCalls.asSystem(() -> runtime.getVariable(processInstanceId, ProposalVariables.BLOCK_CYCLE_KEY));
        return cycleKey instanceof String key ? supervision.line(key) : "";
    }

    public String awardName(String code) {
        return awardTypes.find(code).map(AwardType::name).orElse(code);
    }

    /** The vote type the proposal's {@code needs-council} decision gave (CSTD_TINH, CO_TINH, KHEN_CAO …). */
    private String voteType(String instanceId) {
        Object rule = SystemCalls.asSystem(() -> runtime.getVariable(instanceId, ProposalVariables.COUNCIL_RULE));
        if (rule instanceof Map<?, ?> m && m.get("voteType") instanceof String s) {
            return s;
        }
        return "KHAC";
    }
}

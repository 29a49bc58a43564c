package vn.tdkt.council;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.springframework.stereotype.Service;
import vn.tdkt.block.supervision.SupervisionOpinions;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalSteps;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.registry.award.AwardType;
import vn.tdkt.registry.award.AwardTypeRepository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    private static final int INSTANCES_PER_QUERY = 500;

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

    /**
     * A proposal waiting for the council; {@code blockCycleKey} is the block cycle that started it, empty for a
     * proposal a unit started.
     */
    public record WaitingProposal(String proposalKey, String processInstanceId, String unitName, String awardTypeCode,
                                  String awardName, String voteType, List<Nominee> nominees, String blockCycleKey) { }

    /**
     * Every proposal waiting for the council. Read in a fixed number of statements per few hundred proposals: the
     * secretary's agenda lists them all, and one read per proposal made each session of a big year slower than the
     * last.
     */
    public List<WaitingProposal> waiting() {
        Set<String> taken = new HashSet<>(council.proposalsInOpenSessions());
        List<ProcessInstance> instances = SystemCalls.asSystem(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROPOSAL_PROCESS).activityIdIn(WAIT_ACTIVITY).list());
        Map<String, String> instanceByKey = new LinkedHashMap<>();
        for (ProcessInstance instance : instances) {
            String key = instance.getBusinessKey();
            if (key != null && !taken.contains(key)) {
                instanceByKey.put(key, instance.getId());
            }
        }
        Map<String, ProposalRepository.Proposal> found = proposals.findAll(instanceByKey.keySet());
        Map<String, List<ProposalRepository.Nominee>> nomineesByKey = proposals.nomineesOf(found.keySet());
        Map<String, List<Nominee>> running = new LinkedHashMap<>();
        for (String key : found.keySet()) {
            List<Nominee> nominees = nomineesByKey.getOrDefault(key, List.of()).stream()
                    .filter(ProposalRepository.Nominee::active).map(n -> new Nominee(n.nomineeCode(), n.displayName()))
                    .toList();
            if (!nominees.isEmpty()) {
                running.put(key, nominees);
            }
        }
        Map<String, Map<String, Object>> variables = instanceVariables(
                running.keySet().stream().map(instanceByKey::get).toList());
        List<WaitingProposal> result = new ArrayList<>();
        running.forEach((key, nominees) -> {
            ProposalRepository.Proposal p = found.get(key);
            Map<String, Object> vars = variables.getOrDefault(instanceByKey.get(key), Map.of());
            result.add(new WaitingProposal(key, instanceByKey.get(key), p.unitName(), p.awardTypeCode(),
                    awardName(p.awardTypeCode()), voteType(vars.get(ProposalVariables.COUNCIL_RULE)), nominees,
                    vars.get(ProposalVariables.BLOCK_CYCLE_KEY) instanceof String cycle ? cycle : ""));
        });
        result.sort(Comparator.comparing(WaitingProposal::proposalKey));
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

    /** The supervising member's opinion for a waiting proposal, from the cycle key read with it. */
    public String blockSupervisorOpinion(WaitingProposal proposal) {
        return supervision.line(proposal.blockCycleKey());
    }

    public String awardName(String code) {
        return awardTypes.find(code).map(AwardType::name).orElse(code);
    }

    /** The vote type the proposal's {@code needs-council} decision gave (CSTD_TINH, CO_TINH, KHEN_CAO …). */
    private static String voteType(Object rule) {
        if (rule instanceof Map<?, ?> m && m.get("voteType") instanceof String s) {
            return s;
        }
        return "KHAC";
    }

    /**
     * The council rule and block cycle key of each instance, as {@code getVariable} on the instance gives them
     * (variables of the instance's own scope), by instance id.
     */
    private Map<String, Map<String, Object>> instanceVariables(List<String> instanceIds) {
        Map<String, Map<String, Object>> byInstance = new HashMap<>();
        for (int from = 0; from < instanceIds.size(); from += INSTANCES_PER_QUERY) {
            String[] chunk = instanceIds.subList(from, Math.min(instanceIds.size(), from + INSTANCES_PER_QUERY))
                    .toArray(String[]::new);
            List<VariableInstance> found = SystemCalls.asSystem(() -> runtime.createVariableInstanceQuery()
                    .processInstanceIdIn(chunk)
                    .variableNameIn(ProposalVariables.COUNCIL_RULE, ProposalVariables.BLOCK_CYCLE_KEY).list());
            for (VariableInstance v : found) {
                if (v.getProcessInstanceId().equals(v.getExecutionId()) && v.getTaskId() == null) {
                    byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), v.getValue());
                }
            }
        }
        return byInstance;
    }
}

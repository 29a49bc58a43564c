package vn.tdkt.council;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.workflow.SystemCalls;

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
    public static final String WAIT_ACTIVITY = "Task_AwaitCouncil";
    public static final String PROPOSAL_PROCESS = "commendation-proposal";

    private final RuntimeService runtime;
    private final ProposalRepository proposals;
    private final CouncilRepository council;
    private final JdbcClient jdbc;

    public CouncilAgenda(RuntimeService runtime, ProposalRepository proposals, CouncilRepository council, JdbcClient jdbc) {
        this.runtime = runtime;
        this.proposals = proposals;
        this.council = council;
        this.jdbc = jdbc;
    }

    public record Nominee(String code, String name) { }

    public record WaitingProposal(String proposalKey, String processInstanceId, String unitName, String awardTypeCode,
                                  String awardName, String voteType, List<Nominee> nominees) { }

    public List<WaitingProposal> waiting() {
        Set<String> taken = new HashSet<>(council.proposalsInOpenSessions());
        List<Execution> executions = SystemCalls.asSystem(() -> runtime.createExecutionQuery()
                .processDefinitionKey(PROPOSAL_PROCESS).activityId(WAIT_ACTIVITY).list());
        List<WaitingProposal> result = new ArrayList<>();
        for (Execution e : executions) {
            String instanceId = e.getProcessInstanceId();
            String key = SystemCalls.asSystem(() -> runtime.createProcessInstanceQuery().processInstanceId(instanceId)
                    .singleResult().getBusinessKey());
            if (key == null || taken.contains(key) || result.stream().anyMatch(w -> w.proposalKey().equals(key))) {
                continue;
            }
            proposals.find(key).ifPresent(p -> {
                List<Nominee> nominees = proposals.nominees(key).stream().filter(ProposalRepository.Nominee::active)
                        .map(n -> new Nominee(n.nomineeCode(), n.displayName())).toList();
                if (!nominees.isEmpty()) {
                    result.add(new WaitingProposal(key, instanceId, p.unitName(), p.awardTypeCode(),
                            awardName(p.awardTypeCode()), voteType(instanceId), nominees));
                }
            });
        }
        result.sort(java.util.Comparator.comparing(WaitingProposal::proposalKey));
        return result;
    }

    public String awardName(String code) {
        return jdbc.sql("SELECT name FROM award_type WHERE code = ?").param(code).query(String.class).optional().orElse(code);
    }

    /** The vote type the proposal's {@code needs-council} decision gave (CSTD_TINH, CO_TINH, KHEN_CAO …). */
    private String voteType(String instanceId) {
        Object rule = SystemCalls.asSystem(() -> runtime.getVariable(instanceId, "councilRule"));
        if (rule instanceof Map<?, ?> m && m.get("voteType") instanceof String s) {
            return s;
        }
        return "KHAC";
    }
}

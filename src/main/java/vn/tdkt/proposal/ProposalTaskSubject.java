package vn.tdkt.proposal;

import org.springframework.stereotype.Component;
import vn.tdkt.tasks.SubjectPhrases;
import vn.tdkt.tasks.TaskFacts;
import vn.tdkt.tasks.TaskSubjectProvider;

import java.util.List;
import java.util.Optional;

/**
 * The subject of a proposal's tasks: its nominees still in the running (all of them when none is left) and the
 * proposing unit, from {@code commendation_proposal}, {@code proposal_nominee} and {@code org_unit}:
 * "Nguyễn Văn A và 2 người khác – Sở Tư pháp".
 */
@Component
public class ProposalTaskSubject implements TaskSubjectProvider {

    private final ProposalRepository proposals;

    public ProposalTaskSubject(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public String processDefinitionKey() {
        return ProposalSteps.PROCESS;
    }

    @Override
    public Optional<String> subject(TaskFacts task) {
        if (task.businessKey() == null) {
            return Optional.empty();
        }
        return proposals.find(task.businessKey()).map(p -> {
            List<ProposalRepository.Nominee> all = proposals.nominees(p.businessKey());
            List<ProposalRepository.Nominee> active = all.stream().filter(ProposalRepository.Nominee::active).toList();
            List<SubjectPhrases.Nominee> named = (active.isEmpty() ? all : active).stream()
                    .map(n -> new SubjectPhrases.Nominee(n.displayName(), n.personId() != null)).toList();
            return SubjectPhrases.whoOfUnit(SubjectPhrases.nominees(named), p.unitName());
        });
    }
}

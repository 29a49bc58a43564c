package vn.tdkt.proposal.steps;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.tdkt.proposal.ProposalRepository;
import vn.tdkt.proposal.ProposalTexts;

import java.time.ZoneId;

import static vn.tdkt.proposal.ProposalVariables.CONSULTATION_COMMENTS;

/** Puts the comments received during the consultation window into the review task, read-only. */
@Component("consultationCommentsListener")
public class ConsultationCommentsListener implements TaskListener {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final ProposalRepository proposals;

    public ConsultationCommentsListener(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Override
    public void notify(DelegateTask task) {
        String key = task.getExecution().getProcessBusinessKey();
        var comments = proposals.comments(key);
        java.util.Map<String, String> names = new java.util.HashMap<>();
        proposals.nominees(key).forEach(n -> names.put(n.nomineeCode(), n.displayName()));
        StringBuilder sb = new StringBuilder();
        for (ProposalRepository.Comment c : comments) {
            sb.append("• ").append(ProposalTexts.VN_DATE_TIME.format(c.submittedAt().atZone(ZONE))).append(" – ")
                    .append(c.authorName());
            if (c.nomineeCode() != null) {
                sb.append(" (về ").append(names.getOrDefault(c.nomineeCode(), c.nomineeCode())).append(")");
            }
            if (c.authorContact() != null) {
                sb.append(", liên hệ ").append(c.authorContact());
            }
            sb.append(": ").append(c.content()).append('\n');
        }
        task.setVariable(CONSULTATION_COMMENTS, comments.isEmpty()
                ? "Không có ý kiến góp ý trong thời gian công khai." : sb.toString().strip());
    }
}

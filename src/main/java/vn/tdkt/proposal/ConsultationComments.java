package vn.tdkt.proposal;

import org.springframework.stereotype.Service;
import vn.tdkt.refusal.Refusal;

import java.time.Clock;
import java.time.Instant;

/**
 * Comments on a proposal during its public consultation (khen cao): accepted only while the window is open, with the
 * author's name and a content of reasonable length, about the whole proposal or one of its nominees. They reach the
 * specialist's review when the window closes. Signed-in users relay comments from the portal; citizens send theirs
 * from the public page.
 */
@Service
public class ConsultationComments {

    private final Clock clock;

    private final ProposalRepository proposals;

    public ConsultationComments(ProposalRepository proposals, Clock clock) {

        this.clock = clock;
        this.proposals = proposals;
    }

    /** Who sent a comment from the public page, where nobody signs in. */
    public static final String PUBLIC = "cong-khai";

    /** The author's words. */
    public record Submission(String nomineeCode, String authorName, String authorContact, String content) { }

    /** The proposal if it is open for comments now, else a clear refusal. */
    public ProposalRepository.Proposal openProposal(String key) {
        ProposalRepository.Proposal p = proposals.find(key).orElseThrow(() ->
                Refusal.notFound("PROPOSAL_NOT_FOUND", "Không tìm thấy hồ sơ đề nghị " + key + "."));
        if (!isOpen(p, clock.instant())) {
            throw Refusal.invalid("CONSULTATION_CLOSED",
                    "Hồ sơ " + key + " không trong thời gian công khai lấy ý kiến.");
        }
        return p;
    }

    static boolean isOpen(ProposalRepository.Proposal p, Instant now) {
        return p.consultationEndsAt() != null && !now.isAfter(p.consultationEndsAt())
                && ProposalStatus.CONSULTATION.name().equals(p.status());
    }

    public ProposalRepository.Comment submit(String key, Submission s, String submittedBy) {
        openProposal(key);
        String name = ProposalStartRules.text(s.authorName());
        String content = ProposalStartRules.text(s.content());
        if (name == null || name.length() > 255) {
            throw Refusal.invalid("AUTHOR_REQUIRED", "Phải ghi họ tên người góp ý (tối đa 255 ký tự).");
        }
        if (content == null || content.length() < 10 || content.length() > 4000) {
            throw Refusal.invalid("CONTENT_INVALID", "Nội dung góp ý phải từ 10 đến 4000 ký tự.");
        }
        String named = ProposalStartRules.text(s.nomineeCode());
        // the nominee's code as registered, whatever the case it was typed in
        String nominee = named == null ? null : proposals.nominees(key).stream()
                .map(ProposalRepository.Nominee::nomineeCode).filter(code -> code.equalsIgnoreCase(named)).findFirst()
                .orElseThrow(() -> Refusal.invalid("UNKNOWN_NOMINEE",
                        "Hồ sơ " + key + " không có đối tượng mã '" + named + "'."));
        String contact = ProposalStartRules.text(s.authorContact());
        if (contact != null && contact.length() > 255) {
            throw Refusal.invalid("CONTACT_TOO_LONG", "Địa chỉ liên hệ tối đa 255 ký tự.");
        }
        Instant now = clock.instant();
        ProposalRepository.Comment c = new ProposalRepository.Comment(0, key, nominee, name, contact, content,
                submittedBy, now);
        long id = proposals.addComment(c);
        return new ProposalRepository.Comment(id, key, nominee, name, contact, content, submittedBy, now);
    }
}

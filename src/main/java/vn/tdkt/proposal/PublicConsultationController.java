package vn.tdkt.proposal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.refusal.Refusal;

import java.util.List;

/**
 * The public consultation without sign-in (lấy ý kiến nhân dân for khen cao): the proposals open for comments, and a
 * citizen's comment on one of them. A comment is answered with a thank-you, never with what is stored, and one
 * network address may send only so many an hour ({@link PublicCommentThrottle}).
 */
@RestController
@RequestMapping("/api/public/consultations")
public class PublicConsultationController {

    private final PublicConsultations consultations;
    private final ConsultationComments comments;
    private final PublicCommentThrottle throttle;

    public PublicConsultationController(PublicConsultations consultations, ConsultationComments comments,
                                        PublicCommentThrottle throttle) {
        this.consultations = consultations;
        this.comments = comments;
        this.throttle = throttle;
    }

    public record CommentRequest(String nomineeCode, String authorName, String authorContact, String content) { }

    public record Received(String message) { }

    @GetMapping
    public List<PublicConsultations.Consultation> open() {
        return consultations.open();
    }

    @PostMapping("/{key}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    public Received comment(@PathVariable String key, @RequestBody CommentRequest request,
                            HttpServletRequest http, Authentication authentication) {
        // the same answer for a proposal that does not exist and one that is not open: the public learns nothing else
        if (consultations.open().stream().noneMatch(c -> c.businessKey().equals(key))) {
            throw Refusal.notFound("CONSULTATION_NOT_OPEN",
                    "Không có hồ sơ " + key + " đang công khai lấy ý kiến.");
        }
        if (!throttle.tryAcquire(http.getRemoteAddr())) {
            throw new Refusal(Refusal.Kind.TOO_MANY_REQUESTS, "TOO_MANY_COMMENTS",
                    "Đã nhận nhiều ý kiến gửi từ địa chỉ mạng này trong một giờ qua. Xin vui lòng gửi lại sau.",
                    List.of());
        }
        // a signed-in user who comments here is still named as the sender
        String sender = authentication == null || authentication instanceof AnonymousAuthenticationToken
                ? ConsultationComments.PUBLIC : authentication.getName();
        ProposalRepository.Comment c = comments.submit(key, new ConsultationComments.Submission(request.nomineeCode(),
                request.authorName(), request.authorContact(), request.content()), sender);
        return new Received("Cảm ơn ông/bà " + c.authorName() + ". Ý kiến góp ý về hồ sơ " + key
                + " đã được ghi nhận và sẽ được Sở Nội vụ xem xét khi hết thời gian công khai.");
    }
}

package vn.tdkt.proposal;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Addresses for people rather than programs: the links of the chairman's form open the same PDFs as
 * {@code /api/proposals/{key}/appraisal.pdf} and {@code .../draft-decision.pdf}, through the same controller
 * methods and so the same access checks, under a Vietnamese path that shows no API.
 */
@RestController
public class ProposalDocumentLinks {

    /** The prefix of every user-facing download address (readable with the signed-in session, GET only). */
    public static final String PREFIX = "/tai-lieu/de-nghi/";

    private final ProposalController proposals;

    public ProposalDocumentLinks(ProposalController proposals) {
        this.proposals = proposals;
    }

    @GetMapping(PREFIX + "{key}/ket-qua-tham-dinh.pdf")
    public ResponseEntity<byte[]> appraisal(@PathVariable String key, Authentication authentication) {
        return proposals.appraisal(key, authentication);
    }

    @GetMapping(PREFIX + "{key}/du-thao-quyet-dinh.pdf")
    public ResponseEntity<byte[]> draftDecision(@PathVariable String key, Authentication authentication) {
        return proposals.draftDecision(key, authentication);
    }
}

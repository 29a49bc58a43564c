package vn.tdkt.council;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The council's minutes under an address for people (the secretary's form links to it): the same controller
 * method as {@code /api/council/sessions/{key}/minutes.pdf}, so the same access checks.
 */
@RestController
public class CouncilDocumentLinks {

    private final CouncilController council;

    public CouncilDocumentLinks(CouncilController council) {
        this.council = council;
    }

    @GetMapping("/tai-lieu/hoi-dong/{key}/bien-ban.pdf")
    public ResponseEntity<byte[]> minutes(@PathVariable String key, Authentication caller) {
        return council.minutes(key, caller);
    }
}

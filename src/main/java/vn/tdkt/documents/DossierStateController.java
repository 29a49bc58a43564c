package vn.tdkt.documents;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code GET /api/dossiers/{businessKey}}: where the dossier stands for the caller — open or under review or over,
 * the required documents still missing, and the document types the dossier page's upload form offers
 * ({@link UploadChoices}). Same access as the dossier's documents.
 */
@RestController
public class DossierStateController {

    private final DossierService service;
    private final DossierAccess access;

    public DossierStateController(DossierService service, DossierAccess access) {
        this.service = service;
        this.access = access;
    }

    /**
     * @param finished       the dossier is over (decided, its process ended): nothing more may be added
     * @param uploadRefusal  why the caller may not upload now, or null when {@code uploadChoices} has some
     */
    public record DossierState(String businessKey, String ownerUnitCode, int currentRound, boolean openForUpload,
                               boolean finished, String finishedReason, List<String> requiredTypes,
                               List<String> missingTypes, List<UploadChoices.Choice> uploadChoices,
                               String uploadRefusal) { }

    @GetMapping("/api/dossiers/{businessKey}")
    public DossierState state(@PathVariable String businessKey, Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        Dossier dossier = service.dossier(businessKey);
        access.checkRead(caller, dossier);
        String finished = service.closedForGood(dossier).orElse(null);
        List<String> required = service.requiredTypes(dossier);
        Set<String> present = service.current(businessKey).stream().map(DocumentView::documentType)
                .collect(Collectors.toSet());
        UploadChoices.Offer offer = UploadChoices.of(new UploadChoices.Situation(dossier.openForUpload(), finished,
                access.mayUpload(caller, dossier.ownerUnitCode()), access.isStandingAgency(caller)),
                required, present, businessKey);
        return new DossierState(businessKey, dossier.ownerUnitCode(), dossier.currentRound(), dossier.openForUpload(),
                finished != null, finished, required, required.stream().filter(t -> !present.contains(t)).toList(),
                offer.choices(), offer.refusal());
    }
}

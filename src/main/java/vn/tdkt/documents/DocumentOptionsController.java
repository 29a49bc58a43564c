package vn.tdkt.documents;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;

import java.util.List;
import java.util.Map;

/**
 * The documents of a dossier as choices of a form (a block member's evidence in the self-scoring sheet): read by
 * Tasklist when the form opens (custom script form-options.js), so a document uploaded a minute ago is there and
 * nobody types a document number. Same access as the dossier's list.
 */
@RestController
public class DocumentOptionsController {

    private final DossierService service;
    private final DossierAccess access;

    public DocumentOptionsController(DossierService service, DossierAccess access) {
        this.service = service;
        this.access = access;
    }

    @GetMapping("/api/dossiers/{businessKey}/document-options")
    public List<Map<String, String>> options(@PathVariable String businessKey, Authentication authentication) {
        access.checkRead(CurrentUser.of(authentication), service.dossier(businessKey));
        return service.current(businessKey).stream()
                .map(d -> Map.of("label", d.fileName() + " – " + d.documentTypeName() + " (số " + d.id() + ")",
                        "value", String.valueOf(d.id())))
                .toList();
    }
}

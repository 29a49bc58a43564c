package vn.tdkt.documents;

import java.util.List;
import java.util.Optional;

/**
 * What the process owning a dossier knows about it and this package does not: which document types it requires and
 * whether it is over (decided, rejected, withdrawn). Implemented by the owning capability (the commendation proposal),
 * so documents never depends on it.
 */
public interface DossierFacts {

    /** The document types the dossier must hold (codes of {@link DocumentType}); empty when this source does not know. */
    default List<String> requiredTypes(Dossier dossier) {
        return List.of();
    }

    /** Why nothing may be added to the dossier any more, as a Vietnamese sentence; empty while it may still change. */
    default Optional<String> closedForGood(Dossier dossier) {
        return Optional.empty();
    }
}

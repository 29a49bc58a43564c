package vn.tdkt.audit;

import java.util.List;
import java.util.Map;

/**
 * A list of codes owned by a package above audit (the statuses of a proposal, the types of a dossier's documents)
 * with the Vietnamese labels the audit pages show. A port: the owning package publishes one as a bean, so audit
 * reads the words without depending on the package that owns them.
 */
public interface AuditCodeList {

    /** The statuses of a commendation proposal, owned by the proposal package. */
    String PROPOSAL_STATUS = "proposal-status";
    /** The types of document a dossier holds, owned by the documents package. */
    String DOCUMENT_TYPE = "document-type";

    /** Which list this is: {@link #PROPOSAL_STATUS} or {@link #DOCUMENT_TYPE}. */
    String list();

    /** Each code with its label, in the owner's order. */
    Map<String, String> labels();

    /** The labels of the named list among those published, or none when no package publishes it. */
    static Map<String, String> labels(List<AuditCodeList> lists, String list) {
        return lists.stream().filter(l -> l.list().equals(list)).findFirst().map(AuditCodeList::labels)
                .orElse(Map.of());
    }
}

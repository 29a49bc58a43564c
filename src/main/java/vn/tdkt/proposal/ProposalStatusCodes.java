package vn.tdkt.proposal;

import org.springframework.stereotype.Component;
import vn.tdkt.audit.AuditCodeList;

import java.util.LinkedHashMap;
import java.util.Map;

/** The statuses of a proposal with their labels, for the auditor's search. */
@Component
class ProposalStatusCodes implements AuditCodeList {

    @Override
    public String list() {
        return PROPOSAL_STATUS;
    }

    @Override
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (ProposalStatus status : ProposalStatus.values()) {
            labels.put(status.name(), status.label());
        }
        return labels;
    }
}

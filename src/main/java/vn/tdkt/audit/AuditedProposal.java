package vn.tdkt.audit;

import java.time.OffsetDateTime;
import java.util.List;

/** A proposal as the audit search lists it. */
public record AuditedProposal(String businessKey, String processInstanceId, String unitCode, String unitName,
                              String awardTypeCode, String awardName, String commendationKind, int year,
                              String status, String statusLabel, List<String> nominees, OffsetDateTime createdAt,
                              OffsetDateTime closedAt, String decisionNumber) {
}

package vn.tdkt.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of a proposal's timeline, as the audit page, the CSV and the PDF show it.
 *
 * @param summary  one line in Vietnamese: who/what/which values (old → new for a changed variable)
 * @param details  the chain record's details, plus {@code oldValue} for a changed variable
 */
public record TimelineEntry(long seq, OffsetDateTime occurredAt, String kind, String kindLabel, String actor,
                            String subject, String summary, String processInstanceId, String businessKey,
                            Map<String, Object> details, String hash) {
}

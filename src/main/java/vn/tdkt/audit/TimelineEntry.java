package vn.tdkt.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * One row of a proposal's timeline, as the audit page, the CSV and the PDF show it: the record as the chain keeps
 * it (kind, actor, subject, details, hash, and the technical one-line {@code summary}) and how a person reads it.
 *
 * @param time      when, as dd/MM/yyyy HH:mm in the province's time zone
 * @param actorName who: "Họ tên (login)" from Camunda identity, or "Hệ thống" for the engine
 * @param step      the step's name in the deployed process, when the record is about one
 * @param sentence  the event as one Vietnamese sentence (who, what, on which step, which values)
 * @param technical whether the sentence tells a person nothing the other rows do not (hidden unless asked)
 * @param summary   the record's one-line technical summary (ids and values as stored)
 * @param details   the chain record's details, plus {@code oldValue} for a changed variable
 */
public record TimelineEntry(long seq, OffsetDateTime occurredAt, String time, String kind, String kindLabel,
                            String actor, String actorName, String subject, String step, String sentence,
                            boolean technical, String summary, String processInstanceId, String businessKey,
                            Map<String, Object> details, String hash) {
}

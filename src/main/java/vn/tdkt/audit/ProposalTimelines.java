package vn.tdkt.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Builds the timeline of one proposal from the audit chain alone, so it survives Camunda's history cleanup:
 * every engine event of its process instances and every fact the application recorded under its key, in the
 * order they were sealed. A changed variable shows its previous value, a new task the groups it was offered to,
 * and every row how a person reads it ({@link ReadableTimeline}, in the words of the deployed process).
 */
@Service
public class ProposalTimelines {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private final AuditLedger ledger;
    private final EngineTimelineVocabulary vocabulary;
    private final ZoneId zone;
    private final ObjectMapper json = new ObjectMapper();

    ProposalTimelines(AuditLedger ledger, EngineTimelineVocabulary vocabulary, Clock clock) {
        this.ledger = ledger;
        this.vocabulary = vocabulary;
        this.zone = clock.getZone();
    }

    public List<TimelineEntry> timeline(String businessKey, String processInstanceId) {
        return timeline(businessKey, processInstanceId, vocabulary.session());
    }

    /** With the words of one export (a year's proposals read people's names once). */
    List<TimelineEntry> timeline(String businessKey, String processInstanceId, TimelineVocabulary words) {
        List<ChainLink> links = ledger.recordsOf(businessKey, processInstanceId);
        List<Map<String, Object>> details = new ArrayList<>(links.size());
        Map<String, List<String>> groupsByTask = new HashMap<>();
        for (ChainLink link : links) {
            Map<String, Object> d = parse(link.payload());
            if ((AuditKind.ACTIVITY_STARTED.name().equals(link.kind()) || AuditKind.ACTIVITY_ENDED.name().equals(
                    link.kind())) && !d.containsKey("activityId") && d.get("activityInstanceId") instanceof String ai) {
                d.put("activityId", activityIdOf(ai));
            }
            details.add(d);
            if (AuditKind.IDENTITY_LINK_ADDED.name().equals(link.kind()) && d.get("groupId") != null
                    && "candidate".equals(d.get("type")) && d.get("taskId") != null) {
                groupsByTask.computeIfAbsent((String) d.get("taskId"), t -> new ArrayList<>()).add((String) d.get("groupId"));
            }
        }
        Map<String, Object> lastValues = new HashMap<>();
        List<ReadableTimeline.Event> events = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            Map<String, Object> d = details.get(i);
            AuditKind kind = AuditKind.valueOf(link.kind());
            String variableKey = variableKey(kind, link.processInstanceId(), link.subject(), d);
            if (variableKey != null) {
                if (kind == AuditKind.VARIABLE_UPDATED || kind == AuditKind.VARIABLE_DELETED) {
                    d.put("oldValue", lastValues.get(variableKey));
                }
                lastValues.put(variableKey, kind == AuditKind.VARIABLE_DELETED ? null : d.get("value"));
            }
            events.add(new ReadableTimeline.Event(link.seq(), Instant.ofEpochMilli(link.occurredAtMillis()), kind,
                    link.actor(), link.subject(), link.processInstanceId(), d));
        }
        ReadableTimeline readable = new ReadableTimeline(words, zone);
        List<ReadableTimeline.Readable> read = readable.read(events);
        List<TimelineEntry> entries = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            Map<String, Object> d = details.get(i);
            AuditKind kind = events.get(i).kind();
            ReadableTimeline.Readable r = read.get(i);
            List<String> groups = groupsByTask.getOrDefault((String) d.get("taskId"), List.of());
            Instant at = events.get(i).occurredAt();
            entries.add(new TimelineEntry(link.seq(), at.atZone(zone).toOffsetDateTime(), readable.time(at),
                    link.kind(), kind.label(), link.actor(), r.actorName(), link.subject(), r.step(), r.sentence(),
                    r.technical(), TimelineSummaries.summary(kind, link.subject(), link.actor(), d, groups),
                    link.processInstanceId(), link.businessKey() != null ? link.businessKey() : businessKey, d,
                    link.hash()));
        }
        return entries;
    }

    /**
     * The activity an engine activity instance id names ({@code Task_Intake:3c7d4538-…}), {@code null} when it names
     * none (a process instance's own id). Activity records since 2026-12-06 leave the activity's id to it.
     */
    static String activityIdOf(String activityInstanceId) {
        int colon = activityInstanceId == null ? -1 : activityInstanceId.lastIndexOf(':');
        return colon <= 0 ? null : activityInstanceId.substring(0, colon);
    }

    /**
     * Which variable a record is about, so that a change shows the value before it: as the engine tells variables
     * apart, by process instance, variable scope (the instance itself when not named), task and name. Records sealed
     * before 2026-12-06 also carry the engine's id of the variable; it is not needed, so old and new records of one
     * variable read as one.
     */
    static String variableKey(AuditKind kind, String processInstanceId, String name, Map<String, Object> d) {
        if (kind != AuditKind.VARIABLE_CREATED && kind != AuditKind.VARIABLE_UPDATED
                && kind != AuditKind.VARIABLE_DELETED) {
            return null;
        }
        String scope = Objects.toString(d.get("scopeActivityInstanceId"), processInstanceId);
        return processInstanceId + "|" + (Objects.equals(scope, processInstanceId) ? "" : scope) + "|"
                + Objects.toString(d.get("taskId"), "") + "|" + name;
    }

    private Map<String, Object> parse(String payload) {
        try {
            return json.readValue(payload, MAP);
        } catch (Exception e) {
            // a payload altered into invalid JSON is shown as it is; the chain check names the record
            Map<String, Object> raw = new LinkedHashMap<>();
            raw.put("unreadablePayload", payload);
            return raw;
        }
    }
}

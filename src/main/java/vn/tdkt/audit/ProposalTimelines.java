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

/**
 * Builds the timeline of one proposal from the audit chain alone, so it survives Camunda's history cleanup:
 * every engine event of its process instances and every fact the application recorded under its key, in the
 * order they were sealed. A changed variable shows its previous value, a new task the groups it was offered to.
 */
@Service
public class ProposalTimelines {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };

    private final AuditLedger ledger;
    private final ZoneId zone;
    private final ObjectMapper json = new ObjectMapper();

    ProposalTimelines(AuditLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.zone = clock.getZone();
    }

    public List<TimelineEntry> timeline(String businessKey, String processInstanceId) {
        List<ChainLink> links = ledger.recordsOf(businessKey, processInstanceId);
        List<Map<String, Object>> details = new ArrayList<>(links.size());
        Map<String, List<String>> groupsByTask = new HashMap<>();
        for (ChainLink link : links) {
            Map<String, Object> d = parse(link.payload());
            details.add(d);
            if (AuditKind.IDENTITY_LINK_ADDED.name().equals(link.kind()) && d.get("groupId") != null
                    && "candidate".equals(d.get("type")) && d.get("taskId") != null) {
                groupsByTask.computeIfAbsent((String) d.get("taskId"), t -> new ArrayList<>()).add((String) d.get("groupId"));
            }
        }
        Map<String, Object> lastValues = new HashMap<>();
        List<TimelineEntry> entries = new ArrayList<>(links.size());
        for (int i = 0; i < links.size(); i++) {
            ChainLink link = links.get(i);
            Map<String, Object> d = details.get(i);
            AuditKind kind = AuditKind.valueOf(link.kind());
            String variableKey = (String) d.get("variableInstanceId");
            if (variableKey != null) {
                if (kind == AuditKind.VARIABLE_UPDATED || kind == AuditKind.VARIABLE_DELETED) {
                    d.put("oldValue", lastValues.get(variableKey));
                }
                lastValues.put(variableKey, kind == AuditKind.VARIABLE_DELETED ? null : d.get("value"));
            }
            List<String> groups = groupsByTask.getOrDefault((String) d.get("taskId"), List.of());
            entries.add(new TimelineEntry(link.seq(), Instant.ofEpochMilli(link.occurredAtMillis()).atZone(zone)
                    .toOffsetDateTime(), link.kind(), kind.label(), link.actor(), link.subject(),
                    TimelineSummaries.summary(kind, link.subject(), link.actor(), d, groups),
                    link.processInstanceId(), link.businessKey() != null ? link.businessKey() : businessKey, d,
                    link.hash()));
        }
        return entries;
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

package vn.tdkt.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Seals records into the chain. The head row is locked (SELECT … FOR UPDATE) so that concurrent transactions
 * append one after the other; callers do this at the very end of their transaction (see {@link AuditTrail}),
 * so the lock is held only for the few inserts before the commit.
 */
@Component
class ChainWriter {

    private final JdbcTemplate jdbc;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    ChainWriter(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void append(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        // the details are written out before the head is locked: every writing transaction waits for that lock
        List<String> payloads = new ArrayList<>(records.size());
        records.forEach(r -> payloads.add(payload(r)));
        Map<String, Object> head = jdbc.queryForMap(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
        long seq = ((Number) head.get("last_seq")).longValue();
        String previous = String.valueOf(head.get("last_hash")).strip();
        long now = clock.millis();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            AuditRecord r = records.get(i);
            seq++;
            ChainLink unsealed = new ChainLink(seq, r.occurredAt() == null ? now : r.occurredAt().toEpochMilli(), now,
                    r.kind().name(), r.processInstanceId(), r.rootProcessInstanceId(), cut(r.businessKey(), 100),
                    cut(r.actor(), 64), cut(r.subject(), 500), payloads.get(i), previous, null);
            String hash = ChainHasher.hash(unsealed);
            rows.add(new Object[]{seq, unsealed.occurredAtMillis(), now, unsealed.kind(), unsealed.processInstanceId(),
                    unsealed.rootProcessInstanceId(), unsealed.businessKey(), unsealed.actor(), unsealed.subject(),
                    unsealed.payload(), previous, hash});
            previous = hash;
        }
        jdbc.batchUpdate("""
                INSERT INTO audit_event (seq, occurred_at, recorded_at, kind, process_instance_id,
                    root_process_instance_id, business_key, actor, subject, payload, prev_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, previous);
    }

    private String payload(AuditRecord r) {
        try {
            return json.writeValueAsString(r.details() == null ? Map.of() : r.details());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit details of " + r.kind() + " are not serialisable", e);
        }
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}

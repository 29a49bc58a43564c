package vn.tdkt.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes a transaction's records, unsealed, into {@code audit_pending}: one row holding them all in the order they
 * were made, in the writer's own transaction and without any lock (no other writer waits for it). {@link ChainSealer}
 * links them into the chain once the transaction has committed.
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

    /** Writes the records to be sealed; they are in the chain once this transaction has committed and been sealed. */
    void stage(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        long now = clock.millis();
        List<Object[]> rows = new ArrayList<>(records.size());
        for (AuditRecord r : records) {
            rows.add(new Object[]{r.occurredAt() == null ? now : r.occurredAt().toEpochMilli(), r.kind().name(),
                    r.processInstanceId(), ownRoot(r) ? null : r.rootProcessInstanceId(), cut(r.businessKey(), 100),
                    cut(r.actor(), 64),
                    cut(r.subject(), 500), payload(r)});
        }
        jdbc.update("INSERT INTO audit_pending (recorded_at, records) VALUES (?, ?)", now, write(rows));
    }

    /** An instance that is its own root is not named twice: an empty root means "the record's instance". */
    private static boolean ownRoot(AuditRecord r) {
        return r.rootProcessInstanceId() != null && r.rootProcessInstanceId().equals(r.processInstanceId());
    }

    private String write(List<Object[]> rows) {
        try {
            return json.writeValueAsString(rows.stream().map(Arrays::asList).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Audit records are not serialisable", e);
        }
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

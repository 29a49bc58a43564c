package vn.tdkt.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the sealed chain: the records of one business key and its process instances, and the whole-chain check.
 * Every read first seals what is waiting ({@link #sealWaiting()}), so a reader is never behind a committed step.
 */
@Repository
public class AuditLedger {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final AuditSealing sealing;

    AuditLedger(JdbcClient jdbc, DataSource dataSource, AuditSealing sealing) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.sealing = sealing;
    }

    /**
     * Seals every committed record still waiting in {@code audit_pending} into {@code audit_event}, and returns
     * how many. Each step's records are sealed right after its commit on the step's own thread; this is for a
     * reader of {@code audit_event} that does not go through this class (a report, a test reading the table
     * straight after work done on another thread, such as a job) and must not be behind.
     */
    public int sealWaiting() {
        return sealing.sealWaiting();
    }

    /**
     * Every record of the business key: those written with it and those of its process instances (engine events
     * carry the instance id; the key is known only for some of them).
     */
    public List<ChainLink> recordsOf(String businessKey, String knownProcessInstanceId) {
        sealing.sealWaiting();
        Set<String> instances = new LinkedHashSet<>(jdbc.sql("""
                        SELECT DISTINCT process_instance_id FROM audit_event
                        WHERE business_key = ? AND process_instance_id IS NOT NULL""")
                .param(businessKey).query(String.class).list());
        if (knownProcessInstanceId != null) {
            instances.add(knownProcessInstanceId);
        }
        // the previous hash is the one the row before holds (seq - 1): it is not stored twice
        StringBuilder sql = new StringBuilder("SELECT e.*, p.hash AS prev_hash FROM audit_event e"
                + " LEFT JOIN audit_event p ON p.seq = e.seq - 1 WHERE e.business_key = ?");
        List<Object> params = new ArrayList<>();
        params.add(businessKey);
        if (!instances.isEmpty()) {
            String marks = String.join(", ", instances.stream().map(i -> "?").toList());
            sql.append(" OR e.process_instance_id IN (").append(marks).append(")")
                    .append(" OR e.root_process_instance_id IN (").append(marks).append(")");
            params.addAll(instances);
            params.addAll(instances);
        }
        sql.append(" ORDER BY e.seq");
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> new ChainLink(rs.getLong("seq"),
                rs.getLong("occurred_at"), rs.getLong("recorded_at"), rs.getString("kind"),
                rs.getString("process_instance_id"), rs.getString("root_process_instance_id"),
                rs.getString("business_key"), rs.getString("actor"), rs.getString("subject"), rs.getString("payload"),
                rs.getObject("prev_hash") == null ? ChainHasher.GENESIS : ChainHasher.read(rs.getObject("prev_hash")),
                ChainHasher.read(rs.getObject("hash")))).list();
    }

    /** Checks the whole chain on a connection of its own, read in one transaction so it sees one state. */
    public ChainVerification verify() {
        sealing.sealWaiting();
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                return ChainVerifier.verify(connection);
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The audit chain could not be read: " + e.getMessage(), e);
        }
    }

    public long size() {
        sealing.sealWaiting();
        return jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1").query(Long.class).single();
    }

    /** The chain's last link as the head row records it: what to anchor elsewhere now and then. */
    public Head head() {
        sealing.sealWaiting();
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2).strip())).single();
    }

    public record Head(long records, String lastHash) { }
}

package vn.tdkt.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Seals the records waiting in {@code audit_pending} into the chain: the one place that computes a link.
 * <p>
 * One sealer at a time, on any number of nodes: a sealing transaction first locks {@code audit_chain_head}
 * ({@code SELECT … FOR UPDATE}), and holds that lock only for its own few statements — no writing transaction of
 * the application takes it any more. Under the lock it reads the committed waiting rows in order of id (one row per
 * writing transaction, its records in the order they were made), gives them the next sequence numbers, each the
 * SHA-256 of its fields and of the previous hash ({@link ChainHasher}, unchanged; the previous hash is not stored
 * again, the row before holds it), inserts them into
 * {@code audit_event}, deletes exactly the rows it read, and moves the head — all in one transaction, so a failed
 * seal leaves the records waiting and the chain as it was.
 * <p>
 * Plain JDBC on purpose, like {@link ChainVerifier}: the command line seals what is waiting before it checks
 * ({@link VerifyAuditChainCommand}) without the application.
 */
public final class ChainSealer {

    /** Waiting transactions sealed per sealing transaction, so that a long backlog does not hold the lock long. */
    static final int BATCH = 500;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<Object>>> RECORDS = new TypeReference<>() { };

    private ChainSealer() {
    }

    /** Whether any committed record waits to be sealed; reads one index entry and takes no lock. */
    public static boolean waiting(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id FROM audit_pending ORDER BY id FETCH FIRST 1 ROWS ONLY");
             ResultSet rs = statement.executeQuery()) {
            return rs.next();
        }
    }

    /**
     * Seals everything waiting, committing after each batch; it takes the chain's lock even when nothing waits
     * (the lock is what makes "nothing waits" certain), so a reader asks {@link #waiting} first. The connection
     * must not be in auto-commit; whatever
     * its transaction held before is committed with the first batch, so call it on a connection of its own (or
     * one whose transaction has just committed).
     *
     * @return the records sealed
     */
    public static int sealAll(Connection connection) throws SQLException {
        int total = 0;
        try {
            int[] sealed;
            do {
                sealed = sealBatch(connection);
                connection.commit();
                total += sealed[1];
            } while (sealed[0] == BATCH);
            return total;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** One batch in the caller's transaction: {waiting rows sealed, records sealed}. */
    static int[] sealBatch(Connection connection) throws SQLException {
        long seq;
        String previous;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = statement.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: the chain's head is missing");
            }
            seq = rs.getLong(1);
            previous = rs.getString(2).strip();
        }
        List<Long> ids = new ArrayList<>();
        List<ChainLink> links = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT id, recorded_at, records FROM audit_pending ORDER BY id FETCH FIRST " + BATCH + " ROWS ONLY")) {
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                    long recordedAt = rs.getLong(2);
                    for (List<Object> r : parse(rs.getString(3))) {
                        seq++;
                        ChainLink unsealed = new ChainLink(seq, ((Number) r.get(0)).longValue(), recordedAt,
                                (String) r.get(1), (String) r.get(2), (String) r.get(3), (String) r.get(4),
                                (String) r.get(5), (String) r.get(6), (String) r.get(7), previous, null);
                        String hash = ChainHasher.hash(unsealed);
                        links.add(new ChainLink(unsealed.seq(), unsealed.occurredAtMillis(), recordedAt,
                                unsealed.kind(), unsealed.processInstanceId(), unsealed.rootProcessInstanceId(),
                                unsealed.businessKey(), unsealed.actor(), unsealed.subject(), unsealed.payload(),
                                previous, hash));
                        previous = hash;
                    }
                }
            }
        }
        if (ids.isEmpty()) {
            return new int[]{0, 0};
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO audit_event (seq, occurred_at, recorded_at, kind, process_instance_id,
                    root_process_instance_id, business_key, actor, subject, payload, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (ChainLink l : links) {
                insert.setLong(1, l.seq());
                insert.setLong(2, l.occurredAtMillis());
                insert.setLong(3, l.recordedAtMillis());
                insert.setString(4, l.kind());
                insert.setString(5, l.processInstanceId());
                insert.setString(6, l.rootProcessInstanceId());
                insert.setString(7, l.businessKey());
                insert.setString(8, l.actor());
                insert.setString(9, l.subject());
                insert.setString(10, l.payload());
                insert.setBytes(11, ChainHasher.stored(l.hash()));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        // exactly the rows read: a row committed since then (a lower id is possible) waits for the next seal
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM audit_pending WHERE id = ?")) {
            for (Long id : ids) {
                delete.setLong(1, id);
                delete.addBatch();
            }
            for (int count : delete.executeBatch()) {
                if (count == 0) {
                    throw new SQLException("A waiting audit record vanished while it was being sealed");
                }
            }
        }
        try (PreparedStatement head = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            head.setLong(1, seq);
            head.setString(2, previous);
            head.executeUpdate();
        }
        return new int[]{ids.size(), links.size()};
    }

    private static List<List<Object>> parse(String records) throws SQLException {
        try {
            return JSON.readValue(records, RECORDS);
        } catch (JsonProcessingException e) {
            throw new SQLException("A waiting audit record is not readable: " + e.getOriginalMessage(), e);
        }
    }
}

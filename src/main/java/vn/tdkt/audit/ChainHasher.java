package vn.tdkt.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a chain record: its sequence number, the previous record's hash and every stored field, each
 * field length-prefixed so that moving text from one field to the next changes the hash, and a null told apart
 * from an empty text.
 */
public final class ChainHasher {

    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private ChainHasher() {
    }

    public static String hash(ChainLink link) {
        MessageDigest sha = sha256();
        field(sha, Long.toString(link.seq()));
        field(sha, link.prevHash());
        field(sha, Long.toString(link.occurredAtMillis()));
        field(sha, Long.toString(link.recordedAtMillis()));
        field(sha, link.kind());
        field(sha, link.processInstanceId());
        field(sha, link.rootProcessInstanceId());
        field(sha, link.businessKey());
        field(sha, link.actor());
        field(sha, link.subject());
        field(sha, link.payload());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** A record's hash as {@code audit_event.hash} stores it: its 32 bytes (V29; the head row keeps hex digits). */
    static byte[] stored(String hash) {
        return HexFormat.of().parseHex(hash);
    }

    /**
     * A stored hash as the chain's readers show and compare it, 64 lower-case hex digits, "" when absent. It reads
     * the column's bytes, or its hex digits in a database not yet migrated to V29 (the command-line check may meet
     * one).
     */
    static String read(Object stored) {
        if (stored instanceof byte[] bytes) {
            return HexFormat.of().formatHex(bytes);
        }
        return stored == null ? "" : stored.toString().strip();
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

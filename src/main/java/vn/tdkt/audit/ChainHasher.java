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

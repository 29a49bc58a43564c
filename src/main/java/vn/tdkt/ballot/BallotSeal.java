package vn.tdkt.ballot;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Seals a ballot paper before it is stored, so that whoever reads the database while a box is open (an
 * administrator watching the tables between two votes) sees only opaque, equally long records: AES-256-GCM with a
 * fresh nonce per paper and the box's id as associated data (a paper cannot be moved into another box). The key
 * lives outside the database: {@code tdkt.ballot.key} (Base64, 32 bytes; TDKT_BALLOT_KEY), otherwise the file
 * {@code tdkt.ballot.key-file} (TDKT_BALLOT_KEY_FILE), created with owner-only permissions on first use. Papers
 * sealed with a lost key cannot be counted: keep the key file with the server's other secrets.
 */
@Component
public class BallotSeal {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    public BallotSeal(@Value("${tdkt.ballot.key:}") String base64Key,
                      @Value("${tdkt.ballot.key-file:./data/ballot-seal.key}") String keyFile) {
        this.key = new SecretKeySpec(base64Key == null || base64Key.isBlank() ? fromFile(Path.of(keyFile))
                : decode(base64Key), "AES");
    }

    /** The paper sealed for the box {@code sessionId}, as Base64 text. */
    public String seal(String sessionId, String paper) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(sessionId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(paper.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot seal a ballot paper", e);
        }
    }

    /** The paper of a sealed record of box {@code sessionId}; fails if the record was altered or moved. */
    public String open(String sessionId, String sealedText) {
        try {
            byte[] all = Base64.getDecoder().decode(sealedText);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            cipher.updateAAD(sessionId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("A ballot paper of box " + sessionId
                    + " cannot be opened: altered, or sealed with another key (tdkt.ballot.key / key-file)", e);
        }
    }

    private static byte[] decode(String base64Key) {
        byte[] bytes = Base64.getDecoder().decode(base64Key.trim());
        if (bytes.length != 32) {
            throw new IllegalStateException("tdkt.ballot.key must be 32 bytes in Base64 (openssl rand -base64 32)");
        }
        return bytes;
    }

    private static synchronized byte[] fromFile(Path file) {
        try {
            if (Files.exists(file)) {
                return decode(Files.readString(file, StandardCharsets.US_ASCII));
            }
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            byte[] bytes = generator.generateKey().getEncoded();
            Files.writeString(file, Base64.getEncoder().encodeToString(bytes), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the file inherits the folder's permissions
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the ballot key file " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package vn.tdkt.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A stored process variable value as readable text for the audit trail, whatever the engine's serializer. */
final class VariableValueText {

    private VariableValueText() {
    }

    static String of(String serializer, String text, String text2, Long longValue, Double doubleValue, byte[] bytes) {
        if (serializer == null || "null".equals(serializer)) {
            return null;
        }
        return switch (serializer) {
            case "boolean" -> longValue == null ? null : String.valueOf(longValue != 0);
            case "date" -> longValue == null ? null : Instant.ofEpochMilli(longValue).toString();
            case "integer", "long", "short" -> longValue == null ? text : String.valueOf(longValue);
            case "double" -> doubleValue == null ? text : String.valueOf(doubleValue);
            case "file" -> "tệp " + text + (bytes == null ? "" : " (" + bytes.length + " byte, SHA-256 " + sha256(bytes) + ")");
            case "bytes" -> bytes == null ? null : "[" + bytes.length + " byte, SHA-256 " + sha256(bytes) + "]";
            default -> {
                if (text != null) {
                    yield cut(text);
                }
                if (bytes != null && (serializer.contains("json") || serializer.startsWith("spin")
                        || "application/json".equals(text2) || serializer.equals("serializable") && looksLikeText(bytes))) {
                    yield cut(new String(bytes, StandardCharsets.UTF_8));
                }
                yield bytes == null ? null : "[" + serializer + ", " + bytes.length + " byte, SHA-256 " + sha256(bytes) + "]";
            }
        };
    }

    static String cut(String value) {
        return value == null || value.length() <= HistoryEventAuditMapper.MAX_VALUE_CHARS ? value
                : value.substring(0, HistoryEventAuditMapper.MAX_VALUE_CHARS) + "… (đã cắt bớt)";
    }

    private static boolean looksLikeText(byte[] bytes) {
        return bytes.length > 0 && (bytes[0] == '{' || bytes[0] == '[' || bytes[0] == '"');
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

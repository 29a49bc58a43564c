package vn.tdkt.documents;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The Content-Disposition of a download (RFC 6266): {@code attachment} (or {@code inline} for what a browser shows
 * itself), an ASCII {@code filename} for old clients (Vietnamese letters without their marks) and the exact UTF-8 name
 * in {@code filename*} (RFC 5987).
 */
public final class AttachmentHeader {

    private static final String ATTR_CHAR_PUNCTUATION = "!#$&+-.^_`|~";
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private AttachmentHeader() { }

    public static String of(String fileName) {
        return disposition("attachment", fileName);
    }

    /**
     * For a link a person clicks: PDF and images (what a browser shows itself) open {@code inline} in the browser,
     * anything else (Word, Excel) is downloaded as an attachment.
     */
    public static String forBrowser(String contentType, String fileName) {
        return disposition(showsInBrowser(contentType) ? "inline" : "attachment", fileName);
    }

    static boolean showsInBrowser(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(java.util.Locale.ROOT);
        return type.startsWith("application/pdf") || type.startsWith("image/jpeg") || type.startsWith("image/png");
    }

    private static String disposition(String kind, String fileName) {
        return kind + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + rfc5987(fileName);
    }

    /** "Tờ trình số 12.pdf" becomes "To trinh so 12.pdf"; what ASCII cannot say becomes "_". */
    static String asciiFallback(String fileName) {
        String plain = Normalizer.normalize(fileName.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder(plain.length());
        for (char c : plain.toCharArray()) {
            out.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        return out.toString();
    }

    /** Percent-encodes every UTF-8 byte that is not an RFC 5987 attr-char. */
    static String rfc5987(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_PUNCTUATION.indexOf(c) >= 0) {
                out.append(c);
            } else {
                out.append('%').append(HEX[(b >> 4) & 0x0F]).append(HEX[b & 0x0F]);
            }
        }
        return out.toString();
    }
}

package vn.tdkt.documents;

import org.springframework.http.ContentDisposition;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Content-Disposition of a dossier document's download, built by Spring's {@link ContentDisposition} (RFC 6266):
 * {@code inline} for what a browser shows itself, {@code attachment} otherwise, and the exact UTF-8 name in
 * {@code filename*} (RFC 5987).
 */
public final class AttachmentHeader {

    private AttachmentHeader() { }

    /**
     * For a link a person clicks: PDF and images (what a browser shows itself) open {@code inline} in the browser,
     * anything else (Word, Excel) is downloaded as an attachment.
     */
    public static ContentDisposition forBrowser(String contentType, String fileName) {
        ContentDisposition.Builder kind = showsInBrowser(contentType) ? ContentDisposition.inline()
                : ContentDisposition.attachment();
        return kind.filename(fileName, StandardCharsets.UTF_8).build();
    }

    static boolean showsInBrowser(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("application/pdf") || type.startsWith("image/jpeg") || type.startsWith("image/png");
    }
}

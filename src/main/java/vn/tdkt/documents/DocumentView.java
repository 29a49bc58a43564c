package vn.tdkt.documents;

import java.time.OffsetDateTime;

/**
 * One stored document as the API shows it, without its content. {@code replacedById} is the later upload
 * of the same type that replaced it, or null for a current document.
 */
public record DocumentView(long id, String documentType, String documentTypeName, String fileName,
                           String contentType, long sizeBytes, String sha256, String uploadedBy,
                           OffsetDateTime uploadedAt, int round, Long replacedById) {
}

package vn.tdkt.documents;

/** The content of one stored document, with what a download needs to describe it. */
public record StoredFile(long id, String businessKey, String fileName, String contentType, String sha256,
                         byte[] content) {
}

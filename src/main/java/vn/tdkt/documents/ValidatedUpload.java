package vn.tdkt.documents;

/** An upload that passed every check: safe name, verified format, SHA-256 of the content (lower-case hex). */
public record ValidatedUpload(String fileName, FileFormat format, String sha256, byte[] content) {

    public long sizeBytes() {
        return content.length;
    }
}

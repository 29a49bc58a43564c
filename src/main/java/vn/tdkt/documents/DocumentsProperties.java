package vn.tdkt.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * Limits of dossier uploads ({@code tdkt.documents.*}): the largest file and the MIME types accepted.
 * Mutable so that an administrator's configuration (and a test) can change them without a new context.
 * Keep {@code spring.servlet.multipart.max-file-size} at least as large, or Spring refuses first.
 */
@ConfigurationProperties(prefix = "tdkt.documents")
public class DocumentsProperties {

    /** 10 MB. */
    public static final long DEFAULT_MAX_SIZE_BYTES = 10L * 1024 * 1024;

    private volatile long maxSizeBytes = DEFAULT_MAX_SIZE_BYTES;
    private volatile List<String> allowedContentTypes = List.of(
            FileFormat.PDF.mimeType(), FileFormat.DOCX.mimeType(), FileFormat.DOC.mimeType(),
            FileFormat.XLSX.mimeType(), FileFormat.JPEG.mimeType(), FileFormat.PNG.mimeType());

    public long getMaxSizeBytes() {
        return maxSizeBytes;
    }

    public void setMaxSizeBytes(long maxSizeBytes) {
        if (maxSizeBytes <= 0) {
            throw new IllegalArgumentException("tdkt.documents.max-size-bytes must be positive");
        }
        this.maxSizeBytes = maxSizeBytes;
    }

    public List<String> getAllowedContentTypes() {
        return allowedContentTypes;
    }

    /** Each entry must name one of the formats {@link ContentSniffer} can verify, or the setting is refused. */
    public void setAllowedContentTypes(List<String> allowedContentTypes) {
        List<String> checked = new ArrayList<>();
        for (String type : allowedContentTypes) {
            FileFormat format = FileFormat.ofMimeType(type).orElseThrow(() -> new IllegalArgumentException(
                    "tdkt.documents.allowed-content-types: '" + type + "' is not one of "
                            + List.of(FileFormat.values()) + "; its content could not be verified"));
            checked.add(format.mimeType());
        }
        this.allowedContentTypes = List.copyOf(checked);
    }

    /** The allowed formats, in configuration order. */
    public List<FileFormat> allowedFormats() {
        return allowedContentTypes.stream().map(t -> FileFormat.ofMimeType(t).orElseThrow()).distinct().toList();
    }
}

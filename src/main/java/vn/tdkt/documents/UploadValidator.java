package vn.tdkt.documents;

import org.springframework.stereotype.Component;
import vn.tdkt.refusal.Refusal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks one uploaded file before it is stored: not empty, not larger than the limit, of an allowed type
 * whose first bytes really are that type; then cleans its name and computes its SHA-256.
 * Every refusal is a 400 with a Vietnamese message.
 */
@Component
public class UploadValidator {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final DocumentsProperties properties;

    public UploadValidator(DocumentsProperties properties) {
        this.properties = properties;
    }

    public ValidatedUpload validate(String rawFileName, String declaredContentType, byte[] content) {
        String fileName = FileNames.sanitise(rawFileName);
        if (content == null || content.length == 0) {
            throw Refusal.invalid("EMPTY_FILE", "Tệp '" + fileName + "' rỗng (0 byte); hãy chọn lại tệp.");
        }
        long limit = properties.getMaxSizeBytes();
        if (content.length > limit) {
            throw Refusal.invalid("FILE_TOO_LARGE", "Tệp '" + fileName + "' có dung lượng "
                    + Sizes.format(content.length) + ", vượt mức tối đa " + Sizes.format(limit) + ".");
        }
        List<FileFormat> allowed = properties.allowedFormats();
        FileFormat detected = ContentSniffer.detect(content).orElse(null);
        FileFormat declared = declaredFormat(declaredContentType, fileName, detected);
        if (declared == null || !allowed.contains(declared)) {
            String bare = FileFormat.bareMimeType(declaredContentType);
            String what = declared != null ? declared.label()
                    : bare.isEmpty() || bare.equals(OCTET_STREAM) ? "không xác định" : bare;
            throw Refusal.invalid("CONTENT_TYPE_NOT_ALLOWED", "Kiểu tệp '" + what + "' của tệp '" + fileName
                    + "' không được chấp nhận; chỉ nhận: " + labels(allowed) + ".");
        }
        if (detected != declared) {
            throw Refusal.invalid("CONTENT_MISMATCH", "Nội dung tệp '" + fileName + "' không phải "
                    + declared.label() + " như đã khai báo; tệp có thể bị hỏng hoặc bị đổi đuôi. Hãy xuất lại tệp"
                    + " đúng định dạng rồi tải lên.");
        }
        return new ValidatedUpload(FileNames.withExtension(fileName, declared), declared, sha256(content), content);
    }

    /**
     * The format the client declared; a missing or generic type (application/octet-stream, which curl and some
     * browsers send for Office files) falls back to the file name's extension, then to the sniffed format.
     */
    private static FileFormat declaredFormat(String declaredContentType, String fileName, FileFormat detected) {
        String bare = FileFormat.bareMimeType(declaredContentType);
        if (!bare.isEmpty() && !bare.equals(OCTET_STREAM)) {
            return FileFormat.ofMimeType(bare).orElse(null);
        }
        return FileFormat.ofFileName(fileName).orElse(detected);
    }

    private static String labels(List<FileFormat> formats) {
        return formats.stream().map(FileFormat::label).collect(Collectors.joining(", "));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

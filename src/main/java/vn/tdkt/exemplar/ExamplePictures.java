package vn.tdkt.exemplar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.documents.ContentSniffer;
import vn.tdkt.documents.FileFormat;
import vn.tdkt.documents.FileNames;
import vn.tdkt.documents.Sizes;
import vn.tdkt.refusal.Refusal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model example's pictures: only PNG and JPEG whose first bytes really are that format, no larger than the limit,
 * no more than the configured number per example; each upload is in the audit chain with its SHA-256.
 */
@Service
public class ExamplePictures {

    private static final List<FileFormat> IMAGES = List.of(FileFormat.PNG, FileFormat.JPEG);
    private static final int CAPTION_MAX = 300;

    private final ModelExampleRepository examples;
    private final ExemplarProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    public ExamplePictures(ModelExampleRepository examples, ExemplarProperties properties, AuditTrail audit,
                           Clock clock) {
        this.examples = examples;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** Checks and stores one picture of a draft example; the caller's right was checked by {@link ExampleAccess}. */
    @Transactional
    public ModelExampleRepository.Picture store(ModelExampleRepository.Example example, String rawFileName,
                                                String caption, byte[] content, String userId) {
        String fileName = FileNames.sanitise(rawFileName);
        FileFormat format = check(fileName, content, properties.maxPictureBytes());
        if (examples.pictures(example.id()).size() >= properties.maxPictures()) {
            throw Refusal.conflict("TOO_MANY_PICTURES", "Mỗi gương điển hình có tối đa " + properties.maxPictures()
                    + " ảnh.");
        }
        String text = caption == null ? null : caption.strip();
        if (text != null && text.length() > CAPTION_MAX) {
            throw Refusal.invalid("CAPTION_TOO_LONG", "Chú thích ảnh dài tối đa " + CAPTION_MAX + " ký tự.");
        }
        String sha = sha256(content);
        long id = examples.insertPicture(example.id(), FileNames.withExtension(fileName, format), format.mimeType(),
                sha, text == null || text.isEmpty() ? null : text, content, userId, LocalDateTime.now(clock));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentType", "ANH_GUONG_DIEN_HINH");
        details.put("pictureId", id);
        details.put("sizeBytes", content.length);
        details.put("sha256", sha);
        details.put("round", 1);
        audit.record(AuditRecord.domain(AuditKind.DOCUMENT_UPLOADED, clock.instant(), example.businessKey(),
                example.processInstanceId(), userId, fileName, details));
        return examples.pictures(example.id()).stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /**
     * Removes one picture of a draft example (a wrong or unwanted upload); the caller's right was checked by
     * {@link ExampleAccess}. The removal is in the audit chain with the picture's name and SHA-256.
     */
    @Transactional
    public void delete(ModelExampleRepository.Example example, long pictureId, String userId) {
        ModelExampleRepository.Picture picture = examples.pictures(example.id()).stream()
                .filter(p -> p.id() == pictureId).findFirst()
                .orElseThrow(() -> Refusal.notFound("PICTURE_NOT_FOUND", "Gương điển hình " + example.businessKey()
                        + " không có ảnh số " + pictureId + "."));
        if (!examples.deletePicture(example.id(), pictureId)) {
            throw Refusal.notFound("PICTURE_NOT_FOUND", "Ảnh số " + pictureId + " đã được xóa trước đó.");
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("documentType", "ANH_GUONG_DIEN_HINH");
        details.put("pictureId", pictureId);
        details.put("fileName", picture.fileName());
        details.put("sha256", picture.sha256());
        audit.record(AuditRecord.domain(AuditKind.DOCUMENT_DELETED, clock.instant(), example.businessKey(),
                example.processInstanceId(), userId, picture.fileName(), details));
    }

    /** The picture's real format (PNG or JPEG), or a Vietnamese 400. */
    static FileFormat check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw Refusal.invalid("EMPTY_FILE", "Tệp '" + fileName + "' rỗng (0 byte); hãy chọn lại ảnh.");
        }
        if (content.length > maxBytes) {
            throw Refusal.invalid("FILE_TOO_LARGE", "Ảnh '" + fileName + "' có dung lượng " + Sizes.format(content.length)
                    + ", vượt mức tối đa " + Sizes.format(maxBytes) + ".");
        }
        FileFormat detected = ContentSniffer.detect(content).orElse(null);
        if (detected == null || !IMAGES.contains(detected)) {
            throw Refusal.invalid("NOT_AN_IMAGE", "Tệp '" + fileName + "' không phải ảnh PNG hoặc JPEG; chỉ nhận ảnh"
                    + " PNG (.png) hoặc JPEG (.jpg).");
        }
        FileFormat named = FileFormat.ofFileName(fileName).orElse(detected);
        if (named != detected) {
            throw Refusal.invalid("CONTENT_MISMATCH", "Nội dung tệp '" + fileName + "' là " + detected.label()
                    + ", không đúng đuôi tên tệp; hãy lưu lại ảnh đúng định dạng rồi tải lên.");
        }
        return detected;
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

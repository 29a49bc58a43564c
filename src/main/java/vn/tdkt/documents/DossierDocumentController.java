package vn.tdkt.documents;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.refusal.Refusal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * /api/dossiers/{businessKey}/documents: upload (multipart {@code file} + {@code documentType}), list and
 * download the documents of a dossier. An unknown dossier is 404; a known one the caller may not use is 403.
 */
@RestController
@RequestMapping("/api/dossiers/{businessKey}/documents")
public class DossierDocumentController {

    private final DossierService service;
    private final DossierAccess access;

    public DossierDocumentController(DossierService service, DossierAccess access) {
        this.service = service;
        this.access = access;
    }

    @PostMapping
    public ResponseEntity<DocumentView> upload(@PathVariable String businessKey,
                                               @RequestParam(value = "file", required = false) MultipartFile file,
                                               @RequestParam(value = "documentType", required = false) String documentType,
                                               Authentication authentication) {
        CurrentUser caller = CurrentUser.of(authentication);
        access.checkUpload(caller, service.dossier(businessKey));
        if (file == null) {
            throw Refusal.invalid("FILE_REQUIRED", "Chưa gửi tệp: gửi yêu cầu multipart/form-data có trường"
                    + " 'file' chứa tệp và trường 'documentType' ghi loại tài liệu.");
        }
        DocumentView stored = service.store(businessKey, documentType, file.getOriginalFilename(),
                file.getContentType(), bytes(file), caller.userId(), access.isStandingAgency(caller));
        return ResponseEntity.status(HttpStatus.CREATED).body(stored);
    }

    @GetMapping
    public List<DocumentView> list(@PathVariable String businessKey,
                                   @RequestParam(defaultValue = "false") boolean all, Authentication authentication) {
        access.checkRead(CurrentUser.of(authentication), service.dossier(businessKey));
        return all ? service.all(businessKey) : service.current(businessKey);
    }

    @GetMapping("/{id}")
    public ResponseEntity<byte[]> download(@PathVariable String businessKey, @PathVariable long id,
                                           Authentication authentication) {
        access.checkRead(CurrentUser.of(authentication), service.dossier(businessKey));
        StoredFile file = service.content(id).filter(f -> f.businessKey().equals(businessKey))
                .orElseThrow(() -> Refusal.notFound("DOCUMENT_NOT_FOUND",
                        "Hồ sơ '" + businessKey + "' không có tài liệu số " + id + "."));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.content().length)
                .headers(h -> h.setContentDisposition(AttachmentHeader.forBrowser(file.contentType(), file.fileName())))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the uploaded file", e);
        }
    }

    /**
     * The Content-Disposition of a dossier document's download, built by Spring's {@link ContentDisposition} (RFC 6266):
     * {@code inline} for what a browser shows itself, {@code attachment} otherwise, and the exact UTF-8 name in
     * {@code filename*} (RFC 5987).
     */
    static final class AttachmentHeader {

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
}

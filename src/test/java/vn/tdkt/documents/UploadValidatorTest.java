package vn.tdkt.documents;

import org.junit.jupiter.api.Test;
import vn.tdkt.refusal.Refusal;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadValidatorTest {

    private final DocumentsProperties properties = new DocumentsProperties();
    private final UploadValidator validator = new UploadValidator(properties);

    private static final String DOCX = FileFormat.DOCX.mimeType();

    @Test
    void acceptsARealFileAndComputesItsHash() {
        byte[] pdf = TestFiles.pdf("Tờ trình");
        ValidatedUpload upload = validator.validate("C:\\hoso\\Tờ trình.pdf", "application/pdf", pdf);
        assertThat(upload.fileName()).isEqualTo("Tờ trình.pdf");
        assertThat(upload.format()).isEqualTo(FileFormat.PDF);
        assertThat(upload.sizeBytes()).isEqualTo(pdf.length);
        assertThat(upload.sha256()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(UploadValidator.sha256("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aGenericOrMissingTypeFallsBackToTheExtensionThenTheContent() {
        assertThat(validator.validate("bao-cao.docx", "application/octet-stream", TestFiles.docx()).format())
                .isEqualTo(FileFormat.DOCX);
        assertThat(validator.validate("bang.xlsx", null, TestFiles.xlsx()).format()).isEqualTo(FileFormat.XLSX);
        ValidatedUpload noExtension = validator.validate("scan", "", TestFiles.png());
        assertThat(noExtension.format()).isEqualTo(FileFormat.PNG);
        assertThat(noExtension.fileName()).isEqualTo("scan.png");
        assertThat(validator.validate("anh.JPG", "image/jpg", TestFiles.jpeg()).format()).isEqualTo(FileFormat.JPEG);
        assertThat(validator.validate("cu.doc", "application/msword", TestFiles.doc()).format()).isEqualTo(FileFormat.DOC);
    }

    @Test
    void aDeclaredPdfThatIsNotOneIsRefused() {
        assertRefused(() -> validator.validate("gia.pdf", "application/pdf", TestFiles.html()), "CONTENT_MISMATCH",
                "không phải PDF (.pdf)");
        assertRefused(() -> validator.validate("bao-cao.docx", DOCX, TestFiles.xlsx()), "CONTENT_MISMATCH",
                "Word (.docx)");
        assertRefused(() -> validator.validate("bao-cao.docx", DOCX, TestFiles.zip()), "CONTENT_MISMATCH", "bao-cao.docx");
        // the extension says PDF, the content is a web page
        assertRefused(() -> validator.validate("gia.pdf", "application/octet-stream", TestFiles.html()),
                "CONTENT_MISMATCH", "gia.pdf");
    }

    @Test
    void typesOutsideTheListAreRefused() {
        assertRefused(() -> validator.validate("trang.html", "text/html", TestFiles.html()), "CONTENT_TYPE_NOT_ALLOWED",
                "Kiểu tệp 'text/html'");
        assertRefused(() -> validator.validate("ghi-chu.txt", "application/octet-stream", "x".getBytes()),
                "CONTENT_TYPE_NOT_ALLOWED", "không xác định");
        properties.setAllowedContentTypes(List.of("application/pdf"));
        assertRefused(() -> validator.validate("anh.png", "image/png", TestFiles.png()), "CONTENT_TYPE_NOT_ALLOWED",
                "chỉ nhận: PDF (.pdf).");
    }

    @Test
    void emptyAndTooLargeFilesAreRefused() {
        assertRefused(() -> validator.validate("rong.pdf", "application/pdf", new byte[0]), "EMPTY_FILE", "rỗng");
        assertRefused(() -> validator.validate("rong.pdf", "application/pdf", null), "EMPTY_FILE", "rỗng");
        byte[] pdf = TestFiles.pdf("Báo cáo");
        properties.setMaxSizeBytes(pdf.length - 1);
        assertRefused(() -> validator.validate("lon.pdf", "application/pdf", pdf), "FILE_TOO_LARGE", "vượt mức tối đa");
        properties.setMaxSizeBytes(pdf.length);
        assertThat(validator.validate("vua.pdf", "application/pdf", pdf).sizeBytes()).isEqualTo(pdf.length);
    }

    @Test
    void onlyVerifiableTypesMayBeConfigured() {
        assertThatThrownBy(() -> properties.setAllowedContentTypes(List.of("application/pdf", "text/html")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text/html");
        assertThatThrownBy(() -> properties.setMaxSizeBytes(0)).isInstanceOf(IllegalArgumentException.class);
        properties.setAllowedContentTypes(List.of("IMAGE/JPG", "application/pdf"));
        assertThat(properties.allowedFormats()).containsExactly(FileFormat.JPEG, FileFormat.PDF);
    }

    private static void assertRefused(Runnable action, String code, String messagePart) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class, e -> {
            assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID);
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.getMessage()).contains(messagePart);
        });
    }
}

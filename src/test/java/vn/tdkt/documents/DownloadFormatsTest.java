package vn.tdkt.documents;

import org.junit.jupiter.api.Test;
import org.springframework.http.ContentDisposition;
import vn.tdkt.documents.DossierDocumentController.AttachmentHeader;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Content-Disposition of downloads, readable sizes and the dossier summary of forms. */
class DownloadFormatsTest {

    @Test
    void attachmentHeaderCarriesTheVietnameseName() {
        // Spring's ContentDisposition: the exact name in filename* (RFC 5987), which RFC 6266 clients prefer to the
        // RFC 2047 encoded filename Spring writes beside it for old ones
        String word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        ContentDisposition header = AttachmentHeader.forBrowser(word, "Tờ trình số 12 (đợt 1).docx");
        assertThat(header.toString()).startsWith("attachment;")
                .endsWith("; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%2012%20%28%C4%91%E1%BB%A3t%201%29.docx");
        assertThat(ContentDisposition.parse(header.toString()).getFilename()).isEqualTo("Tờ trình số 12 (đợt 1).docx");
        ContentDisposition odd = AttachmentHeader.forBrowser(word, "a\"b\\c%.docx");
        assertThat(odd.toString()).endsWith("filename*=UTF-8''a%22b%5Cc%25.docx");
        assertThat(ContentDisposition.parse(odd.toString()).getFilename()).isEqualTo("a\"b\\c%.docx");
    }

    @Test
    void pdfAndImagesOpenInTheBrowserWordAndExcelAreDownloaded() {
        assertThat(AttachmentHeader.forBrowser("application/pdf", "Tờ trình.pdf").toString())
                .startsWith("inline;").endsWith("; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh.pdf");
        assertThat(AttachmentHeader.forBrowser("image/jpeg", "anh.jpg").isInline()).isTrue();
        assertThat(AttachmentHeader.forBrowser("image/png", "anh.png").isInline()).isTrue();
        ContentDisposition word = AttachmentHeader.forBrowser(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Báo cáo.docx");
        assertThat(word.isAttachment()).isTrue();
        assertThat(word.getFilename()).isEqualTo("Báo cáo.docx");
        assertThat(AttachmentHeader.forBrowser("application/vnd.ms-excel", "bang.xls").isAttachment()).isTrue();
        assertThat(AttachmentHeader.forBrowser(null, "x.bin").isAttachment()).isTrue();
    }

    @Test
    void sizesReadTheVietnameseWay() {
        assertThat(Sizes.format(812)).isEqualTo("812 byte");
        assertThat(Sizes.format(1024)).isEqualTo("1 KB");
        assertThat(Sizes.format(250_880)).isEqualTo("245 KB");
        assertThat(Sizes.format(2_516_582)).isEqualTo("2,4 MB");
        assertThat(Sizes.format(10L * 1024 * 1024)).isEqualTo("10 MB");
    }

    @Test
    void summaryListsCurrentDocumentsInTypeOrder() {
        OffsetDateTime now = OffsetDateTime.now();
        DocumentView report = new DocumentView(7, "BCTT", DocumentType.BCTT.label(), "bao-cao.docx",
                FileFormat.DOCX.mimeType(), 20_000, "cd34".repeat(16), "canbo.stp", now, 1, null);
        DocumentView proposal = new DocumentView(9, "TTR", DocumentType.TTR.label(), "totrinh.pdf", "application/pdf",
                250_880, "ab12".repeat(16), "canbo.stp", now, 2, null);
        assertThat(DossierSummary.text(List.of(report, proposal))).isEqualTo(
                "• Tờ trình và danh sách đề nghị: totrinh.pdf (245 KB, SHA-256 ab12ab12…)\n"
                        + "• Báo cáo thành tích: bao-cao.docx (20 KB, SHA-256 cd34cd34…)");
        assertThat(DossierSummary.text(List.of())).isEqualTo("Hồ sơ chưa có tài liệu nào.");
    }
}

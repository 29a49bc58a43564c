package vn.tdkt.documents;

import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Content-Disposition of downloads, readable sizes and the dossier summary of forms. */
class DownloadFormatsTest {

    @Test
    void attachmentHeaderCarriesTheVietnameseNameAndAnAsciiFallback() {
        assertThat(AttachmentHeader.of("Tờ trình số 12 (đợt 1).pdf")).isEqualTo("attachment;"
                + " filename=\"To trinh so 12 (dot 1).pdf\";"
                + " filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%2012%20%28%C4%91%E1%BB%A3t%201%29.pdf");
        assertThat(AttachmentHeader.of("a\"b\\c%.pdf")).startsWith("attachment; filename=\"a_b_c_.pdf\";")
                .endsWith("filename*=UTF-8''a%22b%5Cc%25.pdf");
        assertThat(AttachmentHeader.asciiFallback("Đơn đề nghị – 文件.docx")).isEqualTo("Don de nghi _ __.docx");
    }

    @Test
    void pdfAndImagesOpenInTheBrowserWordAndExcelAreDownloaded() {
        assertThat(AttachmentHeader.forBrowser("application/pdf", "Tờ trình.pdf"))
                .isEqualTo("inline; filename=\"To trinh.pdf\"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh.pdf");
        assertThat(AttachmentHeader.forBrowser("image/jpeg", "anh.jpg")).startsWith("inline;");
        assertThat(AttachmentHeader.forBrowser("image/png", "anh.png")).startsWith("inline;");
        assertThat(AttachmentHeader.forBrowser(
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Báo cáo.docx"))
                .startsWith("attachment; filename=\"Bao cao.docx\"");
        assertThat(AttachmentHeader.forBrowser("application/vnd.ms-excel", "bang.xls")).startsWith("attachment;");
        assertThat(AttachmentHeader.forBrowser(null, "x.bin")).startsWith("attachment;");
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

package vn.tdkt.pdf;

import com.lowagie.text.Paragraph;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The fonts are parsed once and shared: documents written at the same time keep their own text and glyphs. */
class PdfFontsTest {

    private final PdfFonts fonts = new PdfFonts();

    @Test
    void everyDocumentGetsTheSameParsedFaces() {
        assertThat(fonts.fontSet()).isSameAs(fonts.fontSet());
        assertThat(fonts.fontSet().bold().getPostscriptFontName()).contains("LiberationSerif-Bold");
    }

    @Test
    void documentsWrittenTogetherOnSeveralThreadsKeepTheirOwnTextAndOnlyTheirOwnGlyphs() throws Exception {
        String longText = "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Tây Ninh: đã có thành tích xuất sắc trong "
                + "phong trào thi đua yêu nước, góp phần xây dựng và bảo vệ Tổ quốc. Ông Nguyễn Văn Đức, Phó "
                + "Giám đốc Sở Nội vụ; Bà Trần Thị Ánh Tuyết, Trưởng phòng Khoa học - Công nghệ.";
        List<Callable<byte[]>> jobs = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String text = i % 2 == 0 ? longText : "ĐỨC " + i;
            jobs.add(() -> write(text));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> written = pool.invokeAll(jobs);
            long shortFontBytes = 0;
            long longFontBytes = 0;
            for (int i = 0; i < written.size(); i++) {
                byte[] pdf = written.get(i).get();
                String expected = i % 2 == 0 ? longText : "ĐỨC " + i;
                assertThat(text(pdf)).isEqualTo(expected);
                long embedded = embeddedFontBytes(pdf);
                if (i % 2 == 0) {
                    longFontBytes = Math.max(longFontBytes, embedded);
                } else {
                    shortFontBytes = Math.max(shortFontBytes, embedded);
                }
            }
            // a short document embeds a subset of its few letters, not the glyphs the long ones used meanwhile
            assertThat(shortFontBytes).isPositive().isLessThan(longFontBytes);
        } finally {
            pool.shutdownNow();
        }
    }

    private byte[] write(String text) {
        FontSet f = fonts.fontSet();
        return PdfPage.administrative().write("Cannot write the test document",
                (doc, writer) -> doc.add(new Paragraph(PdfText.nfc(text), f.bold(13))));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("\\s+", " ").strip();
        }
    }

    private static long embeddedFontBytes(byte[] pdf) throws IOException {
        long bytes = 0;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).isTrue();
                var descendant = ((org.apache.pdfbox.pdmodel.font.PDType0Font) font).getDescendantFont();
                bytes += descendant.getFontDescriptor().getFontFile2().toByteArray().length;
            }
        }
        return bytes;
    }
}

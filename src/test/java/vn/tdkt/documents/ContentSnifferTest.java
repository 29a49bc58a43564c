package vn.tdkt.documents;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ContentSnifferTest {

    @Test
    void recognisesEveryAcceptedFormat() {
        assertThat(ContentSniffer.detect(TestFiles.pdf("Tờ trình"))).contains(FileFormat.PDF);
        assertThat(ContentSniffer.detect(TestFiles.docx())).contains(FileFormat.DOCX);
        assertThat(ContentSniffer.detect(TestFiles.xlsx())).contains(FileFormat.XLSX);
        assertThat(ContentSniffer.detect(TestFiles.doc())).contains(FileFormat.DOC);
        assertThat(ContentSniffer.detect(TestFiles.png())).contains(FileFormat.PNG);
        assertThat(ContentSniffer.detect(TestFiles.jpeg())).contains(FileFormat.JPEG);
    }

    @Test
    void impostorsAreNotRecognised() {
        assertThat(ContentSniffer.detect(TestFiles.html())).isEmpty();
        assertThat(ContentSniffer.detect("PDF-1.7 không có dấu %".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ContentSniffer.detect(" %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        // a ZIP with a word/ entry but no [Content_Types].xml is no Office document
        assertThat(ContentSniffer.detect(TestFiles.zip())).isEmpty();
        // an OLE2 file without a WordDocument stream (.xls) is not a Word 97-2003 document
        assertThat(ContentSniffer.detect(TestFiles.ole2Workbook())).isEmpty();
        assertThat(ContentSniffer.detect(new byte[0])).isEmpty();
        assertThat(ContentSniffer.detect(null)).isEmpty();
    }

    @Test
    void truncatedOrCorruptArchivesAreNotRecognised() {
        byte[] docx = TestFiles.docx();
        assertThat(ContentSniffer.detect(Arrays.copyOf(docx, docx.length / 2))).isEmpty();
        assertThat(ContentSniffer.detect(Arrays.copyOf(docx, 4))).isEmpty();
        byte[] broken = docx.clone();
        // point the central directory far beyond the end of the file
        for (int i = broken.length - 22; i >= 0; i--) {
            if (broken[i] == 'P' && broken[i + 1] == 'K' && broken[i + 2] == 5 && broken[i + 3] == 6) {
                broken[i + 19] = (byte) 0x7F;
                break;
            }
        }
        assertThat(ContentSniffer.detect(broken)).isEmpty();
    }
}

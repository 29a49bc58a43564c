package vn.tdkt.documents;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;

import static org.assertj.core.api.Assertions.assertThat;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertThat(FileNames.sanitise("C:\\Users\\canbo\\Desktop\\Tờ trình.pdf")).isEqualTo("Tờ trình.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("/tmp/")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void dropsControlAndInvisibleCharacters() {
        assertThat(FileNames.sanitise("bao\u0000cao\u0007.pdf")).isEqualTo("baocao.pdf");
        assertThat(FileNames.sanitise("dong1\r\ndong2.pdf")).isEqualTo("dong1 dong2.pdf");
        // U+202E RIGHT-TO-LEFT OVERRIDE would show "hoso\u202Efdp.exe" as "hosoexe.pdf"
        assertThat(FileNames.sanitise("hoso\u202Efdp.exe")).isEqualTo("hosofdp.exe");
        assertThat(FileNames.sanitise("a\u200Bb.pdf")).isEqualTo("ab.pdf");
    }

    @Test
    void replacesWindowsReservedCharactersAndTrimsDots() {
        assertThat(FileNames.sanitise("Biên bản: họp \"xét\" <2026>?.docx")).isEqualTo("Biên bản_ họp _xét_ _2026__.docx");
        assertThat(FileNames.sanitise("..")).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("  to   trinh.pdf . ")).isEqualTo("to trinh.pdf");
        assertThat(FileNames.sanitise(null)).isEqualTo(FileNames.FALLBACK);
        assertThat(FileNames.sanitise("   ")).isEqualTo(FileNames.FALLBACK);
    }

    @Test
    void composesDecomposedVietnamese() {
        String decomposed = Normalizer.normalize("Báo cáo thành tích.pdf", Normalizer.Form.NFD);
        assertThat(decomposed).hasSizeGreaterThan("Báo cáo thành tích.pdf".length());
        assertThat(FileNames.sanitise(decomposed)).isEqualTo("Báo cáo thành tích.pdf");
    }

    @Test
    void longNamesAreCutKeepingTheExtension() {
        String name = FileNames.sanitise("đ".repeat(400) + ".docx");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith("đđ.docx");
        String emoji = FileNames.sanitise("\uD83D\uDCC4".repeat(200) + ".pdf");
        assertThat(emoji.length()).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(emoji).endsWith(".pdf");
        assertThat(emoji.codePoints().noneMatch(cp -> Character.getType(cp) == Character.SURROGATE)).isTrue();
    }

    @Test
    void theExtensionFollowsTheVerifiedFormat() {
        assertThat(FileNames.withExtension("totrinh.pdf", FileFormat.PDF)).isEqualTo("totrinh.pdf");
        assertThat(FileNames.withExtension("totrinh.PDF", FileFormat.PDF)).isEqualTo("totrinh.PDF");
        assertThat(FileNames.withExtension("anh.jpeg", FileFormat.JPEG)).isEqualTo("anh.jpeg");
        assertThat(FileNames.withExtension("totrinh", FileFormat.PDF)).isEqualTo("totrinh.pdf");
        assertThat(FileNames.withExtension("chay-toi.exe", FileFormat.PDF)).isEqualTo("chay-toi.exe.pdf");
        assertThat(FileNames.withExtension("x".repeat(255), FileFormat.DOCX)).hasSize(255).endsWith("x.docx");
    }
}

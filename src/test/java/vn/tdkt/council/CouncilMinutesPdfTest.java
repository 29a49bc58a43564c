package vn.tdkt.council;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import vn.tdkt.council.CouncilMinutesData.CandidateLine;
import vn.tdkt.council.CouncilMinutesData.MemberLine;
import vn.tdkt.pdf.PdfFonts;

import java.io.IOException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awarddecision.PdfAssertions.nfc;
import static vn.tdkt.awarddecision.PdfAssertions.pages;

/** The council session's minutes, read back with PDFBox: Vietnamese text intact, ballot totals only, layout. */
class CouncilMinutesPdfTest {

    private static final PdfFonts FONTS = new PdfFonts();
    private static final Locale VI = Locale.forLanguageTag("vi-VN");
    private final CouncilMinutesPdf minutesPdf = new CouncilMinutesPdf(FONTS, "Tây Ninh");

    private static final List<MemberLine> MEMBERS = List.of(
            new MemberLine("Nguyễn Văn Bình", "Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng", "Có mặt"),
            new MemberLine("Trương Văn Đức", "Giám đốc Sở Nội vụ", "Phó Chủ tịch", "Có mặt"),
            new MemberLine("Nguyễn Thị Hường", "Chủ tịch Liên đoàn Lao động tỉnh", "Phó Chủ tịch", "Có mặt"),
            // given decomposed (NFD), as some keyboards type it: must come out as the precomposed letters
            new MemberLine(Normalizer.normalize("Huỳnh Ngọc Ẩn", Normalizer.Form.NFD), "Giám đốc Sở Tài chính",
                    "Ủy viên", "Có mặt"),
            new MemberLine("Lê Thị Ngọc Huyền", "Giám đốc Sở Giáo dục và Đào tạo", "Ủy viên", "Có mặt"),
            new MemberLine("Phạm Quốc Khánh", "Giám đốc Sở Y tế", "Ủy viên", "Có mặt"),
            new MemberLine("Đặng Thị Mỹ Dung", "Giám đốc Sở Tư pháp", "Ủy viên", "Có mặt"),
            new MemberLine("Võ Hoàng Phúc", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Ủy viên", "Có mặt"),
            new MemberLine("Trần Thị Thủy", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", "Ủy viên", "Có mặt"),
            new MemberLine("Dương Văn Thắng", "Giám đốc Công an tỉnh", "Ủy viên", "Có mặt"),
            new MemberLine("Lý Thị Xuân Hương", "Giám đốc Sở Khoa học và Công nghệ", "Ủy viên", "Có mặt"),
            new MemberLine("Hồ Quang Vũ", "Giám đốc Sở Nông nghiệp và Môi trường", "Ủy viên", "Có mặt"),
            new MemberLine("Châu Ngọc Ánh", "Giám đốc Sở Văn hóa, Thể thao và Du lịch", "Ủy viên",
                    "Vắng, gửi phiếu bằng văn bản"),
            new MemberLine("Mai Thế Hiển", "Giám đốc Sở Xây dựng", "Ủy viên", "Có mặt"),
            new MemberLine("Đoàn Thị Kiều Oanh", "Bí thư Tỉnh đoàn", "Ủy viên", "Vắng"));

    private static final String TWO_THIRDS = "Từ 2/3 tổng số thành viên trở lên";
    private static final String HALF = "Trên 50% tổng số thành viên";

    private static final List<CandidateLine> CANDIDATES = List.of(
            new CandidateLine(1, "Trần Thị Mỹ Lệ", "Trường THPT Trần Đại Nghĩa", "Chiến sĩ thi đua cấp tỉnh",
                    14, 0, 0, 14, 0, TWO_THIRDS, "Thông qua", null),
            new CandidateLine(2, "Phòng Hộ tịch, Sở Tư pháp", "Sở Tư pháp", "Cờ thi đua của Ủy ban nhân dân tỉnh",
                    12, 1, 1, 14, 0, TWO_THIRDS, "Thông qua", null),
            new CandidateLine(3, "Lê Hoàng Phụng", "Sở Y tế", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    6, 7, 1, 14, 0, HALF, "Không thông qua", "Tỷ lệ đồng ý 40,0% không đạt ngưỡng"),
            new CandidateLine(4, "Nguyễn Thị Ánh Tuyết", "Sở Giáo dục và Đào tạo", "Chiến sĩ thi đua cấp tỉnh",
                    10, 3, 1, 14, 1, TWO_THIRDS, "Thông qua", null),
            new CandidateLine(5, "Ủy ban nhân dân phường Tân Ninh", "Phường Tân Ninh",
                    "Cờ thi đua của Ủy ban nhân dân tỉnh", 7, 6, 1, 14, 2, TWO_THIRDS, "Không thông qua",
                    "Sau 2 lần bỏ phiếu lại vẫn không đạt 2/3 tổng số thành viên"),
            new CandidateLine(6, "Phan Thị Ngọc Quyên", "Sở Nội vụ", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                    13, 1, 0, 14, 0, HALF, "Thông qua", null));

    @Test
    void minutesCarryLetterheadMembersBallotTotalsConclusionAndSignatures() throws Exception {
        byte[] pdf = minutesPdf.render(session("12/BB-HĐTĐKT"));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        List<String> pages = pages(pdf);
        assertThat(pages.get(0)).contains("ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/BB-HĐTĐKT",
                "Tây Ninh, ngày 05 tháng 01 năm 2026", "BIÊN BẢN", "Họp Hội đồng Thi đua - Khen thưởng tỉnh",
                "Xét đề nghị khen thưởng đợt 1 năm 2026", "I. THỜI GIAN, THÀNH PHẦN",
                "1. Thời gian: ngày 05 tháng 01 năm 2026.",
                "STT Họ và tên Chức vụ Vai trò trong Hội đồng Tình hình dự họp",
                "1 Nguyễn Văn Bình Chủ tịch Ủy ban nhân dân tỉnh Chủ tịch Hội đồng Có mặt",
                "2 Trương Văn Đức Giám đốc Sở Nội vụ Phó Chủ tịch Có mặt",
                "3 Nguyễn Thị Hường Chủ tịch Liên đoàn Lao động tỉnh Phó Chủ tịch Có mặt",
                "4 Huỳnh Ngọc Ẩn Giám đốc Sở Tài chính Ủy viên Có mặt");
        // the line may break after the hyphen of the term
        assertThat(pages.get(0).replace("2021- 2026", "2021-2026")).contains("(nhiệm kỳ 2021-2026):");
        String all = text(pdf);
        for (MemberLine m : MEMBERS) {
            assertThat(all).contains(nfc(m.fullName()));
        }
        assertThat(all).contains("13 Châu Ngọc Ánh Giám đốc Sở Văn hóa, Thể thao và Du lịch Ủy viên Vắng, gửi phiếu"
                        + " bằng văn bản", "15 Đoàn Thị Kiều Oanh Bí thư Tỉnh đoàn Ủy viên Vắng",
                "tổng số thành viên Hội đồng: 15; có mặt: 13; vắng có phiếu bằng văn bản: 1; vắng không có phiếu: 1.",
                quorum(), "Chủ tọa: Nguyễn Văn Bình; thư ký: Tô Thị Ngọc Hạnh.",
                "II. KẾT QUẢ BỎ PHIẾU KÍN", "Kết quả bỏ phiếu kín như sau (tỷ lệ đồng ý tính trên tổng số 15 thành viên"
                        + " Hội đồng):",
                "STT Họ tên / tập thể Đơn vị Hình thức đề nghị Đồng ý Không đồng ý Để trống Số phiếu",
                "Tỷ lệ đồng ý / tổng số thành viên", "Ngưỡng Kết quả",
                // each candidate's row: totals and rate over the 15 members, threshold, outcome
                "1 Trần Thị Mỹ Lệ Trường THPT Trần Đại Nghĩa Chiến sĩ thi đua cấp tỉnh 14 0 0 14 93,3% " + TWO_THIRDS
                        + " Thông qua",
                "12 1 1 14 80,0%", "6 7 1 14 40,0% " + HALF + " Không thông qua",
                "10 3 1 14 66,7% " + TWO_THIRDS + " Thông qua (bỏ phiếu lại 1 lần)",
                "7 6 1 14 46,7% " + TWO_THIRDS + " Không thông qua (bỏ phiếu lại 2 lần)",
                "13 1 0 14 86,7%",
                CouncilMinutesPdf.SECRECY,
                "III. KẾT LUẬN",
                "1. Thông qua: 4 trường hợp:",
                "- Trần Thị Mỹ Lệ, Trường THPT Trần Đại Nghĩa: Chiến sĩ thi đua cấp tỉnh;",
                "- Nguyễn Thị Ánh Tuyết, Sở Giáo dục và Đào tạo: Chiến sĩ thi đua cấp tỉnh (bỏ phiếu lại 1 lần);",
                "- Phan Thị Ngọc Quyên, Sở Nội vụ: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.",
                "2. Không thông qua: 2 trường hợp:",
                "- Lê Hoàng Phụng, Sở Y tế: Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh. Lý do: Tỷ lệ đồng ý 40,0%"
                        + " không đạt ngưỡng;",
                "Ủy ban nhân dân phường Tân Ninh, Phường Tân Ninh: Cờ thi đua của Ủy ban nhân dân tỉnh (bỏ phiếu lại"
                        + " 2 lần). Lý do: Sau 2 lần bỏ phiếu lại vẫn không đạt 2/3 tổng số thành viên.",
                "THƯ KÝ", "CHỦ TỌA", "CHỦ TỊCH HỘI ĐỒNG", "Tô Thị Ngọc Hạnh")
                .doesNotContain("3. Trường hợp khác");
        // the chair signs last: his name closes the signature block after the secretary's
        assertThat(all.lastIndexOf("Nguyễn Văn Bình")).isGreaterThan(all.lastIndexOf("Tô Thị Ngọc Hạnh"));

        assertThat(fonts(pdf)).isNotEmpty().allMatch(f -> f.contains("LiberationSerif") && f.endsWith("embedded=true"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh số 12/BB-HĐTĐKT");
            for (PDPage page : doc.getPages()) { // A4 portrait
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(842f, org.assertj.core.data.Offset.offset(1f));
            }
        }
    }

    @Test
    void namesAreDrawnAsPrecomposedLettersEvenWhenGivenDecomposed() throws Exception {
        byte[] pdf = minutesPdf.render(session("12/BB-HĐTĐKT"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // not normalised after extraction: the glyphs drawn are the precomposed ones
            String raw = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(raw).contains("Huỳnh Ngọc Ẩn", "Nguyễn Thị Hường", "Trương Văn Đức", "Đoàn Thị Kiều Oanh",
                    "Phiếu bầu được bỏ kín");
        }
    }

    @Test
    void noLineLooksLikeAMembersBallot() throws Exception {
        byte[] pdf = minutesPdf.render(session("12/BB-HĐTĐKT"));

        List<String> lines = visualLines(pdf);
        assertThat(lines).anyMatch(l -> l.contains("Huỳnh Ngọc Ẩn")); // the check below does see the members' rows
        for (String line : lines) {
            String lower = line.toLowerCase(VI);
            for (MemberLine m : MEMBERS) {
                if (line.contains(nfc(m.fullName()))) {
                    assertThat(lower).as("line naming member %s", nfc(m.fullName()))
                            .doesNotContain("đồng ý").doesNotContain("để trống").doesNotContain("phiếu của");
                }
            }
        }
        // the only counts per candidate are totals: every ballot row adds up to the ballots cast
        for (CandidateLine c : CANDIDATES) {
            assertThat(c.yes() + c.no() + c.blank()).isEqualTo(c.votesCast());
        }
    }

    @Test
    void unnumberedMinutesRenderWithDotsForTheNumber() throws Exception {
        byte[] pdf = minutesPdf.render(session(null));

        String first = pages(pdf).get(0);
        assertThat(first).contains("Số: ..../BB-HĐTĐKT", "Tây Ninh, ngày 05 tháng 01 năm 2026", "BIÊN BẢN");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getDocumentInformation().getTitle())
                    .isEqualTo("Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh Tây Ninh");
        }
        assertThat(text(pdf)).contains("Trần Thị Mỹ Lệ", "93,3%", CouncilMinutesPdf.SECRECY);
    }

    @Test
    void pagesAreNumberedFromTheSecond() throws Exception {
        List<String> pages = pages(minutesPdf.render(session("12/BB-HĐTĐKT")));

        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).doesNotEndWith(" 1");
        for (int p = 2; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).endsWith(" " + p);
        }
    }

    @Test
    void aSessionWithoutCandidatesSaysSo() throws Exception {
        CouncilMinutesData d = session("3/BB-HĐTĐKT");
        CouncilMinutesData empty = new CouncilMinutesData(d.sessionKey(), d.title(), d.meetingDate(), d.termCode(),
                d.totalMembers(), d.presentMembers(), d.writtenMembers(), d.quorumText(), d.members(), List.of(),
                d.minutesRef(), d.secretaryName(), d.chairName());

        String all = text(minutesPdf.render(empty));

        assertThat(all).contains("Không có trường hợp nào được đưa ra bỏ phiếu.",
                "1. Thông qua: không có trường hợp nào.", "2. Không thông qua: không có trường hợp nào.")
                .doesNotContain("Tỷ lệ đồng ý / tổng số thành viên");
    }

    @Test
    void approvalRateIsOverTheWholeMembershipWithOneDecimalAndADecimalComma() {
        assertThat(CouncilMinutesPdf.approvalRate(14, 15)).isEqualTo("93,3%");
        assertThat(CouncilMinutesPdf.approvalRate(10, 15)).isEqualTo("66,7%");
        assertThat(CouncilMinutesPdf.approvalRate(15, 15)).isEqualTo("100,0%");
        assertThat(CouncilMinutesPdf.approvalRate(0, 15)).isEqualTo("0,0%");
        assertThat(CouncilMinutesPdf.approvalRate(1, 8)).isEqualTo("12,5%");
        assertThat(CouncilMinutesPdf.approvalRate(3, 0)).isEqualTo("–");
    }

    private static CouncilMinutesData session(String minutesRef) {
        return new CouncilMinutesData("HDTDKT-2026-001", "Xét đề nghị khen thưởng đợt 1 năm 2026",
                LocalDate.of(2026, 1, 5), "2021-2026", 15, 13, 1, quorum(), MEMBERS, CANDIDATES, minutesRef,
                "Tô Thị Ngọc Hạnh", "Nguyễn Văn Bình");
    }

    private static String quorum() {
        return "Số thành viên có mặt và có phiếu bằng văn bản là 14/15, bảo đảm điều kiện tiến hành phiên họp.";
    }

    // ---------------------------------------------------------------- reading the PDF back (pages and nfc from PdfAssertions)

    private static String text(byte[] pdf) throws IOException {
        return String.join(" ", pages(pdf));
    }

    /** The lines as the eye reads them across the page: a table row's cells side by side on one line. */
    private static List<String> visualLines(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return Arrays.stream(nfc(stripper.getText(doc)).split("\\R")).map(String::strip)
                    .filter(l -> !l.isEmpty()).toList();
        }
    }

    private static List<String> fonts(byte[] pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    var font = page.getResources().getFont(name);
                    fonts.add(font.getName() + " embedded=" + font.isEmbedded());
                }
            }
        }
        return fonts;
    }
}

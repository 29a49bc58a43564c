package vn.tdkt.awarddecision;

import org.junit.jupiter.api.Test;
import vn.tdkt.awarddecision.pdf.CertificatePdf;
import vn.tdkt.awarddecision.pdf.DecisionPdf;
import vn.tdkt.pdf.PdfFonts;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awarddecision.PdfAssertions.fonts;
import static vn.tdkt.awarddecision.PdfAssertions.pages;
import static vn.tdkt.awarddecision.PdfAssertions.text;

/** The decision and certificate PDFs, read back with PDFBox: Vietnamese text intact, fonts embedded, layout. */
class DecisionPdfTest {

    private static final PdfFonts FONTS = new PdfFonts();
    private final DecisionProperties properties = DecisionProperties.defaults();
    private final DecisionPdf decisionPdf = new DecisionPdf(FONTS, properties, "Tây Ninh");
    private final CertificatePdf certificatePdf = new CertificatePdf(FONTS, "Tây Ninh");

    @Test
    void decisionCarriesLetterheadArticlesSignatureAndAnnex() throws Exception {
        DecisionView d = decision(LocalDate.of(2026, 1, 5), List.of(
                person(1, "Nguyễn Thị Ánh Tuyết", "Chuyên viên Phòng Hành chính, Sở Tư pháp"),
                person(2, "Trần Văn Đức", "Trưởng phòng Bổ trợ tư pháp, Sở Tư pháp"),
                person(3, "Lê Hoàng Phụng", "Phó Giám đốc, Sở Y tế"),
                unit(4, "Phòng Hộ tịch, Sở Tư pháp")));

        byte[] pdf = decisionPdf.render(d);

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        List<String> pages = pages(pdf);
        String first = pages.get(0);
        assertThat(first).contains("ỦY BAN NHÂN DÂN", "TỈNH TÂY NINH", "Số: 123/QĐ-UBND",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Tây Ninh, ngày 05 tháng 01 năm 2026", "QUYẾT ĐỊNH",
                "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH",
                "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;",
                "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
                "Nghị định số 152/2025/NĐ-CP",
                "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 05/BB-HĐTĐKT ngày 18 tháng 11 năm 2026;",
                "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026 và của"
                        + " Giám đốc Sở Nội vụ tại Tờ trình số 245/TTr-SNV ngày 20 tháng 11 năm 2026.",
                "QUYẾT ĐỊNH:",
                "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 3 cá nhân và 1 tập thể có tên"
                        + " trong danh sách kèm theo, đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026.",
                "Điều 2.", "tiền thưởng", "Điều 3.", "Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ",
                "chịu trách nhiệm thi hành Quyết định này./.", "Nơi nhận:", "- Như Điều 3;",
                "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Văn Bình");
        String annex = pages.get(1);
        assertThat(annex).contains("DANH SÁCH",
                "Cá nhân, tập thể được tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh",
                "(Kèm theo Quyết định số 123/QĐ-UBND ngày 05 tháng 01 năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh"
                        + " Tây Ninh)",
                "STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Thành tích", "I. CÁ NHÂN (3)",
                "II. TẬP THỂ (1)", "Nguyễn Thị Ánh Tuyết", "Trần Văn Đức", "Lê Hoàng Phụng",
                "Phòng Hộ tịch, Sở Tư pháp", "Danh sách này có 3 cá nhân và 1 tập thể./.");
        assertThat(first).doesNotContain("DNKT-", "DỰ THẢO");
        assertThat(fonts(pdf)).isNotEmpty().allMatch(f -> f.contains("LiberationSerif") && f.endsWith("embedded=true"));
        assertThat(PdfAssertions.title(pdf)).isEqualTo("Quyết định số 123/QĐ-UBND");
    }

    @Test
    void aDraftIsMarkedDuThaoOnEveryPageAndLeavesNumberDateAndSignatureBlank() throws Exception {
        List<DecisionView.Awardee> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(person(i, "Đặng Thị Thu Hà " + i, "Chuyên viên, Sở Tư pháp"));
        }
        DecisionView issued = decision(LocalDate.of(2026, 11, 25), many);
        DecisionView draft = new DecisionView(0, null, 0, 2026, null, null, null, "CHỦ TỊCH", issued.subject(),
                issued.awardTypeCode(), issued.awardTypeName(), issued.awardCategory(), 2026, issued.commendationKind(),
                issued.commendationKindLabel(), issued.achievementText(), bases(), "DNKT-2026-00017", "stp",
                "Sở Tư pháp", null, null, many.stream().map(a -> new DecisionView.Awardee(0, a.seq(), a.personCode(),
                null, a.displayName(), a.positionAndUnit(), a.achievementSummary(), null, a.gender(), null)).toList());
        assertThat(draft.draft()).isTrue();

        byte[] pdf = decisionPdf.render(draft);

        List<String> pages = pages(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(2);
        assertThat(pages).allSatisfy(p -> assertThat(p).contains("DỰ THẢO"));
        assertThat(pages.get(0)).contains("Số: /QĐ-UBND", "Tây Ninh, ngày tháng năm 2026", "QUYẾT ĐỊNH",
                "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 05/BB-HĐTĐKT",
                "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026",
                "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 40 cá nhân", "CHỦ TỊCH")
                .doesNotContain("Nguyễn Văn Bình");
        assertThat(text(pdf)).doesNotContainPattern("\\d+/QĐ-UBND")
                .contains("(Kèm theo Quyết định số /QĐ-UBND ngày tháng năm 2026 của Chủ tịch Ủy ban nhân dân tỉnh"
                        + " Tây Ninh)", "Đặng Thị Thu Hà 40");
        assertThat(PdfAssertions.title(pdf)).isEqualTo("Dự thảo quyết định khen thưởng – hồ sơ DNKT-2026-00017");
    }

    @Test
    void annexHeaderRepeatsOnEveryPageAndPagesAreNumberedFromTheSecond() throws Exception {
        List<DecisionView.Awardee> many = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            many.add(person(i, "Phạm Thị Hồng Nhung " + i, "Chuyên viên chính, Sở Nội vụ"));
        }
        byte[] pdf = decisionPdf.render(decision(LocalDate.of(2026, 11, 25), many));

        List<String> pages = pages(pdf);
        assertThat(pages.size()).isGreaterThanOrEqualTo(4);
        // the number is drawn last on the page, centred in the top margin
        assertThat(pages.get(0)).doesNotEndWith(" 1");
        for (int p = 2; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).endsWith(" " + p);
        }
        for (int p = 2; p <= pages.size(); p++) {
            assertThat(pages.get(p - 1)).contains("STT", "Họ và tên", "Chức vụ, đơn vị", "Thành tích");
        }
        String all = text(pdf);
        for (int i = 1; i <= 60; i++) {
            assertThat(all).contains("Phạm Thị Hồng Nhung " + i + " Chuyên viên chính, Sở Nội vụ");
        }
        assertThat(all).contains("Danh sách này có 60 cá nhân./.").doesNotContain("I. CÁ NHÂN");
    }

    @Test
    void decomposedInputIsPrintedAsPrecomposedLetters() throws Exception {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh Tuyết", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Ánh Tuyết");
        byte[] pdf = decisionPdf.render(decision(LocalDate.of(2026, 11, 25), List.of(person(1, decomposed, null))));

        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String raw = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            // the glyphs drawn are the precomposed ones: extraction finds the name even before normalising
            assertThat(raw.replaceAll("\\s+", " ")).contains("Nguyễn Thị Ánh Tuyết");
        }
    }

    @Test
    void certificateIsOneLandscapePageForTheAwardee() throws Exception {
        DecisionView d = decision(LocalDate.of(2026, 11, 25), List.of(
                person(1, "Nguyễn Thị Ánh Tuyết", "Chuyên viên Phòng Hành chính, Sở Tư pháp"),
                person(2, "Trần Văn Đức", null)));

        byte[] pdf = certificatePdf.render(d, d.awardees().get(0));

        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        List<String> pages = pages(pdf);
        assertThat(pages).hasSize(1);
        float[] size = PdfAssertions.pageSize(pdf, 0);
        assertThat(size[0]).isGreaterThan(size[1]);
        assertThat(pages.get(0)).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH", "TẶNG", "BẰNG KHEN", "Bà Nguyễn Thị Ánh Tuyết",
                "Số vào sổ: 00041/2026",
                "Chuyên viên Phòng Hành chính, Sở Tư pháp",
                "Đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026", "Quyết định số 123/QĐ-UBND",
                "ngày 25 tháng 11 năm 2026", "Tây Ninh, ngày 25 tháng 11 năm 2026", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH",
                "Nguyễn Văn Bình").doesNotContain("Trần Văn Đức", "Ông");
        assertThat(fonts(pdf)).isNotEmpty().allMatch(f -> f.contains("LiberationSerif") && f.endsWith("embedded=true"));

        assertThat(text(certificatePdf.render(d, d.awardees().get(1)))).contains("Ông Trần Văn Đức",
                "Số vào sổ: 00042/2026").doesNotContain("Bà ");
    }

    @Test
    void aCollectiveIsNamedWithoutOngOrBaAndAPersonOfUnknownGenderToo() throws Exception {
        DecisionView.Awardee unknown = new DecisionView.Awardee(2, 2, "P-2", null, "Lý Minh Châu", null, null, 2L, null,
                "00043/2026");
        DecisionView d = decision(LocalDate.of(2026, 11, 25), List.of(unit(1, "Phòng Hộ tịch, Sở Tư pháp"), unknown));

        String collective = text(certificatePdf.render(d, d.awardees().get(0)));
        assertThat(collective).contains("Phòng Hộ tịch, Sở Tư pháp", "Số vào sổ: 00041/2026")
                .doesNotContain("Ông ", "Bà ");
        assertThat(text(certificatePdf.render(d, unknown))).contains("Lý Minh Châu", "Số vào sổ: 00043/2026")
                .doesNotContain("Ông ", "Bà ");
    }

    @Test
    void certificateKeepsALongAchievementOnItsOnePage() throws Exception {
        String longText = "đã có thành tích xuất sắc " + "trong phong trào thi đua yêu nước, ".repeat(20) + "năm 2026";
        DecisionView d = decision(LocalDate.of(2026, 11, 25), List.of(person(1, "Lê Hoàng Phụng", "Phó Giám đốc")));
        DecisionView withLongText = new DecisionView(d.id(), d.number(), d.sequenceNumber(), d.issuingYear(),
                d.signedOn(), d.signerUserId(), d.signerName(), "CHỦ TỊCH", d.subject(), d.awardTypeCode(),
                d.awardTypeName(), d.awardCategory(), d.awardYear(), d.commendationKind(), d.commendationKindLabel(),
                longText, d.legalBases(), d.businessKey(), d.ownerUnitCode(), d.ownerUnitName(),
                d.processInstanceId(), d.createdAt(), d.awardees());

        byte[] pdf = certificatePdf.render(withLongText, d.awardees().get(0));

        List<String> pages = pages(pdf);
        assertThat(pages).hasSize(1);
        assertThat(pages.get(0)).contains("Lê Hoàng Phụng", "năm 2026", "CHỦ TỊCH", "Nguyễn Văn Bình");
    }

    /** The basis lines of a decision on a unit's tờ trình that went through the council, as the service writes them. */
    private List<String> bases() {
        List<String> bases = new ArrayList<>(properties.legalBasesOn(LocalDate.of(2026, 11, 25)));
        bases.add(DecisionWording.councilLine(new DecisionRequest.CouncilMinutes("Biên bản số 05/BB-HĐTĐKT",
                LocalDate.of(2026, 11, 18))));
        bases.add(DecisionWording.proposalLine(new DecisionRequest.Submission("Giám đốc Sở Tư pháp", "12/TTr-STP",
                LocalDate.of(2026, 11, 5)), properties.proposer(), "Tờ trình số 245/TTr-SNV ngày 20 tháng 11 năm 2026"));
        return bases;
    }

    private DecisionView decision(LocalDate signedOn, List<DecisionView.Awardee> awardees) {
        List<String> bases = bases();
        return new DecisionView(7, "123/QĐ-UBND", 123, signedOn.getYear(), signedOn, "chutich", "Nguyễn Văn Bình",
                "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", "Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "BK_TINH",
                "Bằng khen của Chủ tịch UBND tỉnh", "HINH_THUC", 2026, "CONG_TRANG",
                "Khen thưởng theo công trạng và thành tích đạt được",
                "đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2026", bases, "DNKT-2026-00017", "stp",
                "Sở Tư pháp", null, null, awardees);
    }

    private static DecisionView.Awardee person(int seq, String name, String position) {
        return new DecisionView.Awardee(seq, seq, "P-" + seq, null, name, position,
                "Hoàn thành xuất sắc nhiệm vụ năm 2026", (long) seq, seq % 2 == 1 ? "NU" : "NAM",
                DecisionWording.registerNumber(2026, 40 + seq));
    }

    private static DecisionView.Awardee unit(int seq, String name) {
        return new DecisionView.Awardee(seq, seq, null, "u" + seq, name, null, "Tập thể hoàn thành xuất sắc nhiệm vụ",
                (long) seq, null, DecisionWording.registerNumber(2026, 40 + seq));
    }
}

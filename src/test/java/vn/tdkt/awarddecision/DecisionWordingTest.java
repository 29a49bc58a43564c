package vn.tdkt.awarddecision;

import org.junit.jupiter.api.Test;
import vn.tdkt.registry.award.AwardCategory;
import vn.tdkt.registry.award.CommendationKind;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Dates, wording and file names of the decisions. */
class DecisionWordingTest {

    @Test
    void datesFollowDecree30() {
        assertThat(VietnameseDates.longForm(LocalDate.of(2026, 1, 5))).isEqualTo("ngày 05 tháng 01 năm 2026");
        assertThat(VietnameseDates.longForm(LocalDate.of(2026, 2, 28))).isEqualTo("ngày 28 tháng 02 năm 2026");
        assertThat(VietnameseDates.longForm(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(VietnameseDates.longForm(LocalDate.of(2026, 11, 25))).isEqualTo("ngày 25 tháng 11 năm 2026");
        assertThat(VietnameseDates.placeAndDate("Tây Ninh", LocalDate.of(2026, 11, 25)))
                .isEqualTo("Tây Ninh, ngày 25 tháng 11 năm 2026");
    }

    @Test
    void wordingFollowsTheAward() {
        assertThat(DecisionWording.subject("Bằng khen của Chủ tịch UBND tỉnh", AwardCategory.HINH_THUC, 2026))
                .isEqualTo("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh");
        assertThat(DecisionWording.subject("Chiến sĩ thi đua cấp tỉnh", AwardCategory.DANH_HIEU, 2025))
                .isEqualTo("Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025");
        assertThat(DecisionWording.achievement(CommendationKind.CHUYEN_DE, 2026, "Tây Ninh"))
                .isEqualTo("đã có thành tích xuất sắc trong phong trào thi đua theo chuyên đề năm 2026");
        assertThat(DecisionWording.proposalLine("Giám đốc Sở Nội vụ", "Tờ trình số 1/TTr-SNV ngày 02 tháng 01 năm 2026."))
                .isEqualTo("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 1/TTr-SNV ngày 02 tháng 01 năm 2026.");
        assertThat(DecisionWording.recipients(3, 0)).isEqualTo("3 cá nhân");
        assertThat(DecisionWording.recipients(0, 2)).isEqualTo("2 tập thể");
        assertThat(DecisionWording.recipients(3, 2)).isEqualTo("3 cá nhân và 2 tập thể");
        assertThat(DecisionWording.certificateTitle("Bằng khen của Chủ tịch UBND tỉnh", "HINH_THUC"))
                .isEqualTo("BẰNG KHEN");
        assertThat(DecisionWording.certificateTitle("Chiến sĩ thi đua cấp tỉnh", "DANH_HIEU"))
                .isEqualTo("DANH HIỆU CHIẾN SĨ THI ĐUA CẤP TỈNH");
        assertThat(DecisionWording.signerLines("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"))
                .containsExactly("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");
        assertThat(DecisionWording.signerLines(null)).containsExactly("CHỦ TỊCH");
    }

    @Test
    void theProposalLineCitesTheUnitsSubmissionLetterAndTheCouncilsMinutes() {
        DecisionRequest.Submission letter = new DecisionRequest.Submission("Giám đốc Sở Tư pháp", "12/TTr-STP",
                LocalDate.of(2026, 11, 5));
        assertThat(DecisionWording.proposalLine(letter, "Giám đốc Sở Nội vụ", null))
                .isEqualTo("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP ngày 05 tháng 11 năm 2026"
                        + " và của Giám đốc Sở Nội vụ.");
        assertThat(DecisionWording.proposalLine(letter, "Giám đốc Sở Nội vụ", "Tờ trình số 245/TTr-SNV ngày 20"
                + " tháng 11 năm 2026.")).isEqualTo("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 12/TTr-STP"
                + " ngày 05 tháng 11 năm 2026 và của Giám đốc Sở Nội vụ tại Tờ trình số 245/TTr-SNV ngày 20 tháng 11"
                + " năm 2026.");
        assertThat(DecisionWording.proposalLine(null, "Giám đốc Sở Nội vụ", null))
                .isEqualTo("Theo đề nghị của Giám đốc Sở Nội vụ.");

        assertThat(DecisionWording.councilLine(new DecisionRequest.CouncilMinutes("05/BB-HĐTĐKT",
                LocalDate.of(2026, 12, 15)))).isEqualTo("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số"
                + " 05/BB-HĐTĐKT ngày 15 tháng 12 năm 2026;");
        assertThat(DecisionWording.councilLine(new DecisionRequest.CouncilMinutes("Biên bản số 5/BB-HĐTĐKT", null)))
                .isEqualTo("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 5/BB-HĐTĐKT;");
        assertThat(DecisionWording.minutesNumber("Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 7/BB-HĐTĐKT."))
                .isEqualTo("7/BB-HĐTĐKT");
        assertThat(DecisionWording.minutesNumber("biên bản: 9/BB-HĐ")).isEqualTo("9/BB-HĐ");
    }

    @Test
    void personsAreOngOrBaCollectivesNeitherAndTheRegisterNumberNeverReadsAsAMonth() {
        assertThat(DecisionWording.honorific(awardee("NAM", false))).isEqualTo("Ông");
        assertThat(DecisionWording.honorific(awardee("NU", false))).isEqualTo("Bà");
        assertThat(DecisionWording.honorific(awardee(null, false))).isNull();
        assertThat(DecisionWording.honorific(awardee(null, true))).isNull();
        assertThat(DecisionWording.registerNumber(2026, 15)).isEqualTo("00015/2026");
        assertThat(DecisionWording.registerNumber(2026, 123456)).isEqualTo("123456/2026");
        assertThat(DecisionWording.registerNumber(null, 15)).isNull();
    }

    private static DecisionView.Awardee awardee(String gender, boolean collective) {
        return new DecisionView.Awardee(1, 1, collective ? null : "P-1", collective ? "u1" : null, "X", null, null, 1L,
                gender, null);
    }

    @Test
    void propertiesFallBackToDefaults() {
        DecisionProperties defaults = DecisionProperties.defaults();
        assertThat(defaults.symbol()).isEqualTo("QĐ-UBND");
        DecisionProperties custom = new DecisionProperties(" QĐ-CT ", List.of(LegalBasis.always("Căn cứ A;\n tiếp")),
                null, null, null, List.of());
        assertThat(custom.symbol()).isEqualTo("QĐ-CT");
        assertThat(custom.legalBasesOn(LocalDate.of(2026, 1, 1))).containsExactly("Căn cứ A; tiếp");
        assertThat(custom.recipients()).isEqualTo(DecisionProperties.DEFAULT_RECIPIENTS);
    }

    /** The decree cited is the one in force on the day of signing: 98/2023 until 30/6/2025, 152/2025 from 01/7/2025. */
    @Test
    void theLegalBasesAreThoseInForceOnTheDayOfSigning() {
        DecisionProperties defaults = DecisionProperties.defaults();
        List<String> june2025 = defaults.legalBasesOn(LocalDate.of(2025, 6, 30));
        List<String> july2025 = defaults.legalBasesOn(LocalDate.of(2025, 7, 1));
        assertThat(june2025).hasSize(3).anyMatch(l -> l.contains("Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023"))
                .noneMatch(l -> l.contains("152/2025")).contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
                .contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;");
        assertThat(july2025).hasSize(3).anyMatch(l -> l.contains("Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025"))
                .noneMatch(l -> l.contains("98/2023")).contains("Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6"
                        + " năm 2025;");
        // before the 2022 law was in force, neither the law nor its decrees are cited
        assertThat(defaults.legalBasesOn(LocalDate.of(2023, 12, 31))).hasSize(1).noneMatch(l -> l.contains("Thi đua"));
        // every line is dated ("ngày … tháng … năm …")
        defaults.legalBases().forEach(b -> assertThat(b.text()).matches(".*ngày \\d{2} tháng \\d{1,2} năm \\d{4}.*"));
    }

    @Test
    void aLegalBasisThatEndsBeforeItStartsIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new LegalBasis("Căn cứ A;", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before it starts");
    }

    @Test
    void fileNamesAreAsciiOnly() {
        assertThat(PdfFileNames.pdf("Quyết định 123/QĐ-UBND 2026")).isEqualTo("quyet-dinh-123-qd-ubnd-2026.pdf");
        assertThat(PdfFileNames.pdf("BẰNG KHEN-123/QĐ-UBND-2026-Nguyễn Thị Ánh Tuyết"))
                .isEqualTo("bang-khen-123-qd-ubnd-2026-nguyen-thi-anh-tuyet.pdf");
        assertThat(PdfFileNames.pdf("\"; rm -rf /")).isEqualTo("rm-rf.pdf");
        assertThat(PdfFileNames.pdf("///")).isEqualTo("tai-lieu.pdf");
    }
}

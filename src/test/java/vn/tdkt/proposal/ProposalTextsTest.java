package vn.tdkt.proposal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalTextsTest {

    private static ProposalRepository.Nominee nominee(String code, String name, boolean autoEligible) {
        return new ProposalRepository.Nominee(1, "DN-1", 1, 1L, null, code, name, "Chuyên viên", autoEligible,
                autoEligible ? null : "Chưa đủ 2 lần liên tục", null, null, null, false, null, null);
    }

    @Test
    void thePreviewShowsEachConclusionAndWhereItDepartsFromTheAutomaticResult() {
        var nominees = List.of(nominee("A", "Nguyễn Văn An", true), nominee("B", "Lê Thị Bình", false),
                nominee("C", "Trần Cường", true));
        String text = ProposalTexts.appraisalPreview(nominees, List.of(
                Map.of("nomineeCode", "A", "conclusion", "DAT"),
                Map.of("nomineeCode", "B", "conclusion", "DAT", "justification", "Thành tích đột xuất"),
                Map.of("nomineeCode", "C", "conclusion", "KHONG_DAT")));

        assertThat(text.lines()).containsExactly(
                "Chuyên viên kết luận 2/3 đối tượng đủ điều kiện.",
                "• Nguyễn Văn An (A): đủ điều kiện",
                "• Lê Thị Bình (B): đủ điều kiện – khác kết quả xét tự động (chưa đủ điều kiện), căn cứ: Thành tích đột xuất",
                "• Trần Cường (C): không đủ điều kiện – khác kết quả xét tự động (đủ điều kiện), căn cứ: chưa ghi");
    }

    @Test
    void rowsWithoutAConclusionOrForUnknownNomineesAreNotCounted() {
        String text = ProposalTexts.appraisalPreview(List.of(nominee("A", "Nguyễn Văn An", true)), List.of(
                Map.of("nomineeCode", "A"), Map.of("nomineeCode", "X", "conclusion", "DAT")));

        assertThat(text.lines()).containsExactly("Chuyên viên kết luận 0/0 đối tượng đủ điều kiện.",
                "• Nguyễn Văn An (A): chưa kết luận");
    }
}

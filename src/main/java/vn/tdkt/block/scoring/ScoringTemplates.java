package vn.tdkt.block.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The default scoring table: the illustrative template of the domain brief §3.5 (NOT a legal source; the block
 * or the standing agency replaces it with the province's table through the API or an .xlsx file).
 */
public final class ScoringTemplates {

    private ScoringTemplates() { }

    private static ScoringTable.Criterion c(String code, String name, int max, boolean evidence) {
        return new ScoringTable.Criterion(code, name, BigDecimal.valueOf(max), evidence);
    }

    private static ScoringTable.Item i(String code, String name, int max) {
        return new ScoringTable.Item(code, name, BigDecimal.valueOf(max));
    }

    public static ScoringTable illustrative() {
        return new ScoringTable(
                List.of(new ScoringTable.Group("I", "Thực hiện nhiệm vụ chính trị, chuyên môn được UBND tỉnh giao", List.of(
                                c("I.1", "Tỷ lệ hoàn thành các chỉ tiêu được giao", 30, true),
                                c("I.2", "Thực hiện nhiệm vụ, công trình trọng điểm", 15, true),
                                c("I.3", "Giải quyết thủ tục hành chính đúng hạn", 10, false))),
                        new ScoringTable.Group("II", "Công tác thi đua, khen thưởng", List.of(
                                c("II.1", "Phát động, sơ kết, tổng kết phong trào đúng thời gian", 5, false),
                                c("II.2", "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến", 5, true),
                                c("II.3", "Báo cáo thi đua, khen thưởng đúng hạn", 5, false))),
                        new ScoringTable.Group("III", "Xây dựng cơ quan: cải cách hành chính, chuyển đổi số, phòng chống tham nhũng", List.of(
                                c("III.1", "Chỉ số cải cách hành chính", 10, true),
                                c("III.2", "Chuyển đổi số", 5, false),
                                c("III.3", "Không có cán bộ vi phạm kỷ luật", 5, false))),
                        new ScoringTable.Group("IV", "Tham gia hoạt động khối và thực hiện giao ước", List.of(
                                c("IV.1", "Tham gia đầy đủ các cuộc họp của khối", 5, false),
                                c("IV.2", "Tham gia hoạt động chung, báo cáo khối trưởng đúng hạn", 5, false)))),
                List.of(i("B1", "Được khen thưởng cấp trên trong năm", 5),
                        i("B2", "Sáng kiến, mô hình mới được công nhận", 5),
                        i("B3", "Thành tích đột xuất", 5)),
                BigDecimal.TEN,
                List.of(i("P1", "Chậm hoặc không gửi báo cáo", 5),
                        i("P2", "Vắng họp khối không có lý do", 5),
                        i("P3", "Có tập thể, cá nhân bị kỷ luật, vi phạm bị kết luận", 10)),
                BigDecimal.valueOf(3),
                List.of(ScoringTable.TieBreak.HIGHER_FIRST_GROUP, ScoringTable.TieBreak.FEWER_PENALTIES,
                        ScoringTable.TieBreak.MORE_BONUS),
                3);
    }
}

package vn.tdkt.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A report's tables with what is printed around them: where it stands and who signs.
 *
 * @param statusLine the line under the title (figures of the registry now, or signed on a day)
 * @param preparer   the name under "Người lập biểu", or null
 * @param signer     the name of the head who approved, or null while unsigned
 * @param signedOn   the day of approval, or null
 */
public record StatisticsDocument(StatisticsTable table, String signerTitle, String statusLine, String preparer,
                                 String signer, LocalDate signedOn) {

    /** The words of a commendation kind as the raw lists show it. */
    static final Map<String, String> KIND_WORDS = Map.of(
            "CONG_TRANG", "Thường xuyên (theo công trạng)", "CHUYEN_DE", "Chuyên đề", "DOT_XUAT", "Đột xuất",
            "CONG_HIEN", "Cống hiến", "NIEN_HAN", "Niên hạn", "DOI_NGOAI", "Đối ngoại", "KHANG_CHIEN", "Kháng chiến");

    /** The headings of a cell's list, as the CSV and the .xlsx show them. */
    static final List<String> LIST_HEADINGS = List.of("STT", "Cá nhân, tập thể được khen thưởng", "Đối tượng",
            "Đơn vị", "Hình thức khen thưởng", "Phương thức khen thưởng", "Số quyết định", "Ngày quyết định",
            "Cấp quyết định", "Mã bản ghi");

    /** One award of a cell's list as its cells of text. */
    static List<String> listLine(int n, AwardFact a) {
        return List.of(String.valueOf(n), nz(a.recipientName()), a.collective() ? "Tập thể" : "Cá nhân",
                nz(a.unitName()), nz(a.awardName()), KIND_WORDS.getOrDefault(a.commendationKind(),
                        nz(a.commendationKind())), nz(a.decisionNumber()),
                a.decisionDate() == null ? "" : VietnameseDate.dmy(a.decisionDate()), nz(a.decisionAuthority()),
                String.valueOf(a.recordId()));
    }

    /** The name of a cell: its row's code and label and its column. */
    static String cellName(StatisticsTable t, String rowCode, int column) {
        StatisticsTable.RowFigures row = t.row(rowCode);
        String col = column == 0 ? "Tổng số" : t.columns().get(column - 1).heading();
        return "Mã số " + rowCode + " (" + (row == null ? "" : row.label().replaceFirst("^[-+] ", "")) + ") × " + col;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Dates as Vietnamese documents write them. */
    static final class VietnameseDate {
        private VietnameseDate() { }

        static String dmy(LocalDate d) {
            return String.format("%02d/%02d/%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        }

        static String dueDay(String monthDay) {
            String[] p = monthDay.split("-");
            return "Ngày " + Integer.parseInt(p[1]) + " tháng " + Integer.parseInt(p[0]) + " năm báo cáo";
        }
    }
}

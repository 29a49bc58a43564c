package vn.tdkt.statistics;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of a statistics form of a circular (for example biểu 0603.N/BNV-TĐKT of Thông tư 02/2023/TT-BNV), kept
 * as data with the period it is in force: its columns after "Tổng số" and its rows with what each counts.
 *
 * @param dueMonthDay the day the report is received each year, MM-dd (15 December: 12-15)
 */
public record StatisticsForm(String code, String formNumber, String awardLevel, String title, String legalBasis,
                             String dueMonthDay, LocalDate effectiveFrom, LocalDate effectiveTo, String note,
                             List<Column> columns, List<Row> rows) {

    /**
     * A column after "Tổng số".
     *
     * @param recipient     TAP_THE or CA_NHAN, or null when the column counts both
     * @param awardTypeCode the award of the catalogue it counts; null when the registry holds none (the column is 0)
     */
    public record Column(int position, String groupNumber, String groupLabel, String label, String recipient,
                         String awardTypeCode) {

        /** The column's heading as printed: the group's, then its own, then whom it counts. */
        public String heading() {
            String own = label == null ? groupLabel : groupLabel + ": " + label;
            if (recipient == null) {
                return own;
            }
            return own + " (" + ("TAP_THE".equals(recipient) ? "Tập thể" : "Cá nhân") + ")";
        }
    }

    /** A row: its code (Mã số, none for a heading), label, unit (Đơn vị tính) and criterion. */
    public record Row(int position, String code, String label, String unitLabel, String criterion) {

        public boolean heading() {
            return StatisticsCriteria.HEADING.equals(criterion);
        }
    }
}

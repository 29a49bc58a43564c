package vn.tdkt.statistics;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The report as an .xlsx workbook laid out as the form: the form's code and circular, the reporting and receiving
 * units, the title and period, the table (label, Mã số, Đơn vị tính, Tổng số, the form's columns) and the signatures;
 * and a cell's list of awards.
 */
public final class StatisticsXlsx {

    /** The row (0-based) of the table's column headings. */
    public static final int HEADER_ROW = 7;
    /** The row (0-based) of the table's first row (Tổng số). */
    public static final int FIRST_DATA_ROW = 9;
    /** The column (0-based) of "Tổng số"; the form's column n is at TOTAL_COLUMN + n. */
    public static final int TOTAL_COLUMN = 3;

    private StatisticsXlsx() { }

    public static byte[] report(StatisticsDocument d) {
        StatisticsTable t = d.table();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Biểu " + t.formNumber().replace("/", "-"));
            CellStyle bold = style(wb, true, false, false);
            CellStyle boxed = style(wb, false, true, false);
            CellStyle boxedBold = style(wb, true, true, true);
            CellStyle title = style(wb, true, false, false);
            title.setAlignment(HorizontalAlignment.CENTER);
            int last = TOTAL_COLUMN + t.columns().size();
            text(sheet, 0, 0, "Biểu số: " + t.formNumber(), bold);
            text(sheet, 0, TOTAL_COLUMN, "Đơn vị báo cáo: " + t.reportingUnit(), bold);
            text(sheet, 1, 0, "Ban hành theo " + t.legalBasis(), null);
            text(sheet, 1, TOTAL_COLUMN, "Đơn vị nhận báo cáo: " + t.receivingUnit(), null);
            text(sheet, 2, 0, "Ngày nhận báo cáo: " + StatisticsDocument.VietnameseDate.dueDay(t.dueMonthDay()), null);
            text(sheet, 3, 0, t.title(), title);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(3, 3, 0, last));
            text(sheet, 4, 0, StatisticsService.levelLabel(t.awardLevel()) + " — Thời điểm báo cáo: năm " + t.year()
                    + " (quyết định ký từ " + StatisticsDocument.VietnameseDate.dmy(t.periodFrom()) + " đến "
                    + StatisticsDocument.VietnameseDate.dmy(t.periodTo()) + ")", null);
            text(sheet, 5, 0, d.statusLine(), null);

            Row header = sheet.createRow(HEADER_ROW);
            Row letters = sheet.createRow(HEADER_ROW + 1);
            String[] fixed = {"Chỉ tiêu", "Mã số", "Đơn vị tính", "Tổng số"};
            String[] marks = {"A", "B", "C", "1"};
            for (int i = 0; i < fixed.length; i++) {
                cell(header, i, fixed[i], boxedBold);
                cell(letters, i, marks[i], boxedBold);
            }
            for (StatisticsForm.Column c : t.columns()) {
                cell(header, TOTAL_COLUMN + c.position(), c.heading(), boxedBold);
                cell(letters, TOTAL_COLUMN + c.position(), c.groupNumber(), boxedBold);
            }
            int r = FIRST_DATA_ROW;
            for (StatisticsTable.RowFigures figures : t.rows()) {
                Row row = sheet.createRow(r++);
                CellStyle s = figures.heading() || "01".equals(figures.code()) ? boxedBold : boxed;
                cell(row, 0, figures.label(), s);
                cell(row, 1, figures.code() == null ? "" : figures.code(), s);
                cell(row, 2, figures.unitLabel() == null ? "" : figures.unitLabel(), s);
                for (int i = 0; i <= t.columns().size(); i++) {
                    Cell c = row.createCell(TOTAL_COLUMN + i);
                    c.setCellStyle(s);
                    if (figures.values() != null) {
                        c.setCellValue(figures.values().get(i));
                    }
                }
            }
            r++;
            text(sheet, r++, TOTAL_COLUMN, d.signedOn() == null ? "…………, ngày … tháng … năm ……"
                    : "Ngày " + d.signedOn().getDayOfMonth() + " tháng " + d.signedOn().getMonthValue() + " năm "
                    + d.signedOn().getYear(), null);
            text(sheet, r, 0, "Người lập biểu", bold);
            text(sheet, r++, TOTAL_COLUMN, d.signerTitle(), bold);
            text(sheet, r, 0, "(Ký, họ tên)", null);
            text(sheet, r++, TOTAL_COLUMN, "(Ký, họ tên, đóng dấu)", null);
            r += 2;
            text(sheet, r, 0, d.preparer() == null ? "" : d.preparer(), bold);
            text(sheet, r, TOTAL_COLUMN, d.signer() == null ? "" : d.signer(), bold);
            sheet.setColumnWidth(0, 60 * 256);
            for (int i = 1; i <= last; i++) {
                sheet.setColumnWidth(i, (i < TOTAL_COLUMN ? 12 : 16) * 256);
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The awards of a cell as a workbook: a title line, the headings, one line each. */
    public static byte[] cellList(String name, List<AwardFact> awards) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Danh sách");
            CellStyle bold = style(wb, true, false, false);
            text(sheet, 0, 0, name, bold);
            Row h = sheet.createRow(1);
            for (int i = 0; i < StatisticsDocument.LIST_HEADINGS.size(); i++) {
                cell(h, i, StatisticsDocument.LIST_HEADINGS.get(i), bold);
            }
            int r = 2;
            for (AwardFact a : awards) {
                Row row = sheet.createRow(r);
                List<String> line = StatisticsDocument.listLine(r - 1, a);
                for (int i = 0; i < line.size(); i++) {
                    cell(row, i, line.get(i), null);
                }
                r++;
            }
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    private static void text(Sheet sheet, int row, int col, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        cell(r, col, value, style);
    }

    private static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static CellStyle style(XSSFWorkbook wb, boolean bold, boolean border, boolean centred) {
        CellStyle s = wb.createCellStyle();
        Font f = wb.createFont();
        f.setFontName("Times New Roman");
        f.setBold(bold);
        s.setFont(f);
        s.setWrapText(border);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (centred) {
            s.setAlignment(HorizontalAlignment.CENTER);
        }
        if (border) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }
        return s;
    }
}

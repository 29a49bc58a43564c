package vn.tdkt.registry.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.format.TextRules;
import vn.tdkt.refusal.Refusal;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the named sheet of an .xlsx whose first row holds the column headers. The sheet name and the headers are
 * matched ignoring case and extra spaces, the headers in any column order; blank rows are skipped. Refused whole with
 * 400 MALFORMED_XLSX and a Vietnamese message: anything that is not a readable .xlsx, a file without the expected
 * sheet (the message names it and the sheets found), without the expected headers, with a formula in a cell read
 * (the value a formula shows is whatever the program that saved the file last computed, or nothing: a formula cell
 * saved without its value was read as "0"; every such cell is listed, to be pasted as values) or with a control
 * character in a cell. A cell of spaces and invisible characters only is blank.
 */
public final class XlsxTableReader {

    public static final String MALFORMED = "MALFORMED_XLSX";
    static final int MAX_DATA_ROWS = 10_000;

    private XlsxTableReader() { }

    public static List<XlsxRow> read(InputStream in, String sheetName, List<String> headers) {
        return read(in, sheetName, headers, List.of());
    }

    /**
     * As {@link #read(InputStream, String, List)}, with columns a file may leave out ({@code optionalHeaders}: read
     * when their header is there, so files made from an older template stay valid).
     */
    public static List<XlsxRow> read(InputStream in, String sheetName, List<String> headers,
                                     List<String> optionalHeaders) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw malformed("Tệp không có trang tính nào.");
            }
            List<String> names = new ArrayList<>();
            Sheet sheet = null;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                String name = workbook.getSheetName(i);
                names.add("\"" + name + "\"");
                if (sheet == null && normalize(name).equals(normalize(sheetName))) {
                    sheet = workbook.getSheetAt(i);
                }
            }
            if (sheet == null) {
                throw malformed("Không có trang tính \"" + sheetName + "\" trong tệp (tệp có: " + String.join(", ", names)
                        + "). Dữ liệu phải nằm ở trang \"" + sheetName + "\" như tệp mẫu; hãy tải tệp mẫu hoặc đổi tên"
                        + " trang tính.");
            }
            return rows(sheet, headers, optionalHeaders);
        } catch (Refusal e) {
            throw e;
        } catch (Exception e) {
            throw malformed("Không đọc được tệp: tệp phải là bảng tính Excel định dạng .xlsx (không phải .xls, .csv"
                    + " hay tệp rỗng). Hãy tải tệp mẫu, điền dữ liệu và gửi lại.");
        }
    }

    private static List<XlsxRow> rows(Sheet sheet, List<String> required, List<String> optional) {
        List<String> headers = new ArrayList<>(required);
        headers.addAll(optional);
        Row headerRow = sheet.getRow(0);
        Map<String, Integer> columns = new HashMap<>();
        List<ImportError> unreadable = new ArrayList<>();
        if (headerRow != null) {
            for (Cell cell : headerRow) {
                Object v = value(cell, "(tiêu đề)", unreadable);
                if (v instanceof String s) {
                    String wanted = headers.stream().filter(h -> normalize(h).equals(normalize(s))).findFirst().orElse(null);
                    if (wanted != null && !columns.containsKey(wanted)) {
                        columns.put(wanted, cell.getColumnIndex());
                    }
                }
            }
        }
        List<String> missing = required.stream().filter(h -> !columns.containsKey(h)).toList();
        if (!missing.isEmpty()) {
            throw malformed("Dòng 1 của trang tính đầu tiên phải là dòng tiêu đề; thiếu cột: "
                    + String.join(", ", missing.stream().map(h -> "\"" + h + "\"").toList())
                    + ". Hãy dùng tệp mẫu.");
        }
        if (sheet.getLastRowNum() > MAX_DATA_ROWS) {
            throw malformed("Tệp có quá nhiều dòng; mỗi lần nhập tối đa " + MAX_DATA_ROWS + " dòng.");
        }
        List<XlsxRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, Object> values = new LinkedHashMap<>();
            for (String header : headers) {
                if (!columns.containsKey(header)) {
                    continue;
                }
                Object v = value(row.getCell(columns.get(header)), header, unreadable);
                if (v != null) {
                    values.put(header, v);
                }
            }
            if (!values.isEmpty()) {
                rows.add(new XlsxRow(r + 1, values));
            }
        }
        if (!unreadable.isEmpty()) {
            long formulas = unreadable.stream().filter(e -> e.message().contains("công thức")).count();
            String cells = String.join(", ", unreadable.stream().limit(20).map(XlsxTableReader::cellRef).toList());
            throw Refusal.invalid(MALFORMED, "Trang tính \"" + sheet.getSheetName() + "\" có "
                    + unreadable.size() + " ô không nhận được (" + cells + (unreadable.size() > 20 ? ", …" : "") + ")"
                    + (formulas > 0 ? ": hệ thống không tính công thức, hãy chép các ô đó và dán dạng giá trị (Paste"
                    + " Special → Values) rồi gửi lại." : "."), unreadable);
        }
        return rows;
    }

    /** "B3" of "Ô B3 chứa …". */
    private static String cellRef(ImportError e) {
        String m = e.message();
        int end = m.indexOf(' ', 2);
        return end > 2 ? m.substring(2, end) : m;
    }

    /**
     * A trimmed non-empty String, a LocalDate for date cells, or null for a blank cell; a formula cell or a text with a
     * control character is reported in {@code unreadable} (and read as null).
     */
    static Object value(Cell cell, String column, List<ImportError> unreadable) {
        if (cell == null) {
            return null;
        }
        String ref = new CellReference(cell.getRowIndex(), cell.getColumnIndex()).formatAsString();
        if (cell.getCellType() == CellType.FORMULA) {
            unreadable.add(new ImportError(cell.getRowIndex() + 1, column, "Ô " + ref + " chứa công thức ="
                    + cell.getCellFormula() + "; hãy thay bằng giá trị."));
            return null;
        }
        Object v = value(cell);
        if (v instanceof String text) {
            var bad = TextRules.problem(text);
            if (bad.isPresent()) {
                unreadable.add(new ImportError(cell.getRowIndex() + 1, column, "Ô " + ref + " chứa " + bad.get() + "."));
                return null;
            }
        }
        return v;
    }

    /** A trimmed non-empty String, a LocalDate for date cells, or null for a blank cell (formulas: their cached value). */
    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> blankToNull(cell.getRichStringCellValue().getString());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate()
                    : blankToNull(numberText(cell));
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#LỖI";
            default -> null;
        };
    }

    private static String numberText(Cell cell) {
        double d = cell.getNumericCellValue();
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return new DataFormatter(Locale.ROOT).formatCellValue(cell);
    }

    private static String blankToNull(String s) {
        if (s == null) {
            return null;
        }
        String t = TextRules.strip(s.replace('\u00A0', ' '));
        return t.isEmpty() ? null : t;
    }

    static String normalize(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC).replace('\u00A0', ' ').strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static Refusal malformed(String message) {
        return Refusal.invalid(MALFORMED, message);
    }
}

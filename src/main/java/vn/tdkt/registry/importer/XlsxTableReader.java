package vn.tdkt.registry.importer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.web.ApiException;

import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the first sheet of an .xlsx whose first row holds the column headers. Headers are matched ignoring
 * case, extra spaces and column order; blank rows are skipped. Anything that is not a readable .xlsx with the
 * expected headers is refused with 400 MALFORMED_XLSX.
 */
public final class XlsxTableReader {

    public static final String MALFORMED = "MALFORMED_XLSX";
    static final int MAX_DATA_ROWS = 10_000;

    private XlsxTableReader() { }

    public static List<XlsxRow> read(InputStream in, List<String> headers) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw malformed("Tệp không có trang tính nào.");
            }
            return rows(workbook.getSheetAt(0), headers);
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) {
            throw malformed("Không đọc được tệp: tệp phải là bảng tính Excel định dạng .xlsx (không phải .xls, .csv"
                    + " hay tệp rỗng). Hãy tải tệp mẫu, điền dữ liệu và gửi lại.");
        }
    }

    private static List<XlsxRow> rows(Sheet sheet, List<String> headers) {
        Row headerRow = sheet.getRow(0);
        Map<String, Integer> columns = new HashMap<>();
        if (headerRow != null) {
            for (Cell cell : headerRow) {
                Object v = value(cell);
                if (v instanceof String s) {
                    String wanted = headers.stream().filter(h -> normalize(h).equals(normalize(s))).findFirst().orElse(null);
                    if (wanted != null && !columns.containsKey(wanted)) {
                        columns.put(wanted, cell.getColumnIndex());
                    }
                }
            }
        }
        List<String> missing = headers.stream().filter(h -> !columns.containsKey(h)).toList();
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
                Object v = value(row.getCell(columns.get(header)));
                if (v != null) {
                    values.put(header, v);
                }
            }
            if (!values.isEmpty()) {
                rows.add(new XlsxRow(r + 1, values));
            }
        }
        return rows;
    }

    /** A trimmed non-empty String, a LocalDate for date cells, or null for a blank cell. */
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
        String t = s.replace('\u00A0', ' ').strip();
        return t.isEmpty() ? null : t;
    }

    static String normalize(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFC).replace('\u00A0', ' ').strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    static ApiException malformed(String message) {
        return ApiException.badRequest(MALFORMED, message);
    }
}

package vn.tdkt.block.scoring;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.importer.XlsxRow;
import vn.tdkt.registry.importer.XlsxTableReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scoring table as an .xlsx sheet, one row per entry, in both directions (the export is the import's
 * template). Columns: Loại, Mã, Tên, Điểm tối đa, Cần minh chứng, Nhóm. Kinds: NHOM (a group), TIEU_CHI (a
 * criterion of the group named in "Nhóm"), THUONG (bonus item), TRU (penalty item), TRAN_THUONG (bonus cap),
 * CHENH_LECH (tolerance between own and cross scores), SO_UNG_VIEN (units on the suy tôn ballot), TIEU_CHI_PHU
 * (a tie-break rule, in row order: HIGHER_FIRST_GROUP, FEWER_PENALTIES, MORE_BONUS, HIGHER_CRITERIA_TOTAL).
 */
public final class ScoringTableWorkbook {

    static final List<String> HEADERS = List.of("Loại", "Mã", "Tên", "Điểm tối đa", "Cần minh chứng", "Nhóm");
    /** The sheet {@link #write} makes and {@link #read} reads. */
    static final String SHEET = "Bảng điểm";

    private ScoringTableWorkbook() { }

    public static ScoringTable read(InputStream in) {
        List<XlsxRow> rows = XlsxTableReader.read(in, SHEET, HEADERS);
        Map<String, String> groupNames = new LinkedHashMap<>();
        Map<String, List<ScoringTable.Criterion>> criteria = new LinkedHashMap<>();
        List<ScoringTable.Item> bonus = new ArrayList<>();
        List<ScoringTable.Item> penalties = new ArrayList<>();
        List<ScoringTable.TieBreak> tieBreaks = new ArrayList<>();
        BigDecimal cap = null;
        BigDecimal tolerance = null;
        int candidates = 3;
        List<String> problems = new ArrayList<>();
        for (XlsxRow row : rows) {
            String kind = text(row, "Loại");
            String code = text(row, "Mã");
            String name = text(row, "Tên");
            try {
                switch (kind == null ? "" : kind.toUpperCase()) {
                    case "NHOM" -> {
                        groupNames.put(code, name);
                        criteria.putIfAbsent(code, new ArrayList<>());
                    }
                    case "TIEU_CHI" -> {
                        String group = text(row, "Nhóm");
                        if (!groupNames.containsKey(group)) {
                            throw new IllegalArgumentException("nhóm '" + group + "' chưa được khai báo ở dòng NHOM phía trên");
                        }
                        criteria.get(group).add(new ScoringTable.Criterion(code, name, number(row),
                                yes(text(row, "Cần minh chứng"))));
                    }
                    case "THUONG" -> bonus.add(new ScoringTable.Item(code, name, number(row)));
                    case "TRU" -> penalties.add(new ScoringTable.Item(code, name, number(row)));
                    case "TRAN_THUONG" -> cap = number(row);
                    case "CHENH_LECH" -> tolerance = number(row);
                    case "SO_UNG_VIEN" -> candidates = number(row).intValueExact();
                    case "TIEU_CHI_PHU" -> tieBreaks.add(tieBreak(code));
                    default -> throw new IllegalArgumentException("loại '" + kind + "' không hợp lệ");
                }
            } catch (IllegalArgumentException | ArithmeticException e) {
                problems.add("Dòng " + row.rowNumber() + ": " + e.getMessage() + ".");
            }
        }
        if (cap == null || tolerance == null) {
            problems.add("Thiếu dòng TRAN_THUONG (điểm thưởng tối đa) hoặc CHENH_LECH (mức chênh lệch cho phép).");
        }
        if (!problems.isEmpty()) {
            throw Refusal.invalid("INVALID_SCORING_WORKBOOK", String.join(" ", problems), problems);
        }
        List<ScoringTable.Group> groups = groupNames.entrySet().stream()
                .map(e -> new ScoringTable.Group(e.getKey(), e.getValue(), criteria.get(e.getKey()))).toList();
        return new ScoringTable(groups, bonus, cap, penalties, tolerance, tieBreaks, candidates);
    }

    public static byte[] write(ScoringTable t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SHEET);
            int r = 0;
            row(sheet, r++, HEADERS.toArray());
            for (ScoringTable.Group g : t.groups()) {
                row(sheet, r++, "NHOM", g.code(), g.name(), null, null, null);
                for (ScoringTable.Criterion c : g.criteria()) {
                    row(sheet, r++, "TIEU_CHI", c.code(), c.name(), c.maxPoints(), c.evidenceRequired() ? "Có" : "Không",
                            g.code());
                }
            }
            for (ScoringTable.Item i : t.bonusItems()) {
                row(sheet, r++, "THUONG", i.code(), i.name(), i.maxPoints(), null, null);
            }
            for (ScoringTable.Item i : t.penaltyItems()) {
                row(sheet, r++, "TRU", i.code(), i.name(), i.maxPoints(), null, null);
            }
            row(sheet, r++, "TRAN_THUONG", null, "Điểm thưởng tối đa", t.bonusCap(), null, null);
            row(sheet, r++, "CHENH_LECH", null, "Chênh lệch cho phép giữa tự chấm và chấm chéo", t.tolerance(), null, null);
            row(sheet, r++, "SO_UNG_VIEN", null, "Số đơn vị đưa vào bỏ phiếu suy tôn", BigDecimal.valueOf(t.voteCandidates()),
                    null, null);
            for (ScoringTable.TieBreak tb : t.tieBreaks()) {
                row(sheet, r++, "TIEU_CHI_PHU", tb.name(), "Tiêu chí phụ khi bằng điểm", null, null, null);
            }
            for (int c = 0; c < HEADERS.size(); c++) {
                sheet.autoSizeColumn(c);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof BigDecimal n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static String text(XlsxRow row, String column) {
        Object v = row.value(column);
        return v == null ? null : v.toString().strip();
    }

    private static BigDecimal number(XlsxRow row) {
        String v = text(row, "Điểm tối đa");
        if (v == null) {
            throw new IllegalArgumentException("thiếu điểm");
        }
        try {
            return new BigDecimal(v.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("điểm '" + v + "' không phải là số");
        }
    }

    private static ScoringTable.TieBreak tieBreak(String code) {
        for (ScoringTable.TieBreak tb : ScoringTable.TieBreak.values()) {
            if (tb.name().equals(code)) {
                return tb;
            }
        }
        throw new IllegalArgumentException("tiêu chí phụ '" + code + "' không hợp lệ (HIGHER_FIRST_GROUP, FEWER_PENALTIES,"
                + " MORE_BONUS, HIGHER_CRITERIA_TOTAL)");
    }

    private static boolean yes(String v) {
        return v != null && List.of("có", "co", "x", "true", "1").contains(v.toLowerCase());
    }
}

package vn.tdkt.registry.importer;

import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.unit.UnitType;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** Checks the rows of a unit import; pure, the database is reached through the given lookup. */
public final class UnitImportValidator {

    public static final String CODE = "Mã đơn vị";
    public static final String NAME = "Tên đơn vị";
    public static final String TYPE = "Loại đơn vị";
    public static final String EMAIL = "Email";
    public static final String VALID_FROM = "Hiệu lực từ";
    public static final String VALID_TO = "Hiệu lực đến";
    /** The sheet the data is read from: the template's. */
    public static final String SHEET = "Đơn vị";
    public static final List<String> HEADERS = List.of(CODE, NAME, TYPE, EMAIL, VALID_FROM, VALID_TO);

    private static final DateTimeFormatter SHOW_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** A unit ready to be written. */
    public record UnitRow(int row, String code, String name, UnitType type, String email, LocalDate validFrom,
                          LocalDate validTo) { }

    private UnitImportValidator() { }

    public static Validated<UnitRow> validate(List<XlsxRow> rows, Predicate<String> codeExists) {
        List<UnitRow> valid = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<String, Integer> firstRowOfCode = new HashMap<>();
        for (XlsxRow row : rows) {
            RowCheck check = new RowCheck(row);
            String code = check.code(CODE);
            if (code != null) {
                Integer first = firstRowOfCode.putIfAbsent(code, row.rowNumber());
                if (first != null) {
                    check.error(CODE, "Mã đơn vị '" + code + "' trùng với dòng " + first + " trong tệp.");
                } else if (codeExists.test(code)) {
                    check.error(CODE, "Mã đơn vị '" + code + "' đã có trong hệ thống.");
                }
            }
            String name = check.text(NAME, true, 255);
            String typeText = check.text(TYPE, true, 100);
            UnitType type = null;
            if (typeText != null) {
                type = CodeLists.find(UnitType.class, typeText).orElse(null);
                if (type == null) {
                    check.error(TYPE, "Loại đơn vị '" + typeText + "' không hợp lệ; giá trị hợp lệ: "
                            + CodeLists.allowed(UnitType.class) + ".");
                }
            }
            String email = check.email(EMAIL);
            LocalDate from = check.date(VALID_FROM, true);
            LocalDate to = check.date(VALID_TO, false);
            if (from != null && to != null && to.isBefore(from)) {
                check.error(VALID_TO, "Ngày hiệu lực đến (" + SHOW_DATE.format(to)
                        + ") không được trước ngày hiệu lực từ (" + SHOW_DATE.format(from) + ").");
            }
            if (check.ok()) {
                valid.add(new UnitRow(row.rowNumber(), code, name, type, email, from, to));
            } else {
                errors.addAll(check.errors());
            }
        }
        return new Validated<>(valid, errors);
    }
}

package vn.tdkt.registry.importer;

import vn.tdkt.registry.common.RegistryFormats;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;

/** Reads the cells of one row, collecting a Vietnamese message for every bad cell. */
final class RowCheck {

    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOW_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final XlsxRow row;
    private final List<ImportError> errors = new ArrayList<>();

    RowCheck(XlsxRow row) {
        this.row = row;
    }

    int rowNumber() {
        return row.rowNumber();
    }

    List<ImportError> errors() {
        return errors;
    }

    boolean ok() {
        return errors.isEmpty();
    }

    void error(String column, String message) {
        errors.add(new ImportError(row.rowNumber(), column, message));
    }

    /** The cell as text (dates shown dd/MM/yyyy), null when blank. */
    String text(String column, boolean required, int maxLength) {
        Object v = row.value(column);
        if (v == null) {
            if (required) {
                error(column, "Ô \"" + column + "\" không được để trống.");
            }
            return null;
        }
        String s = v instanceof LocalDate d ? SHOW_DATE.format(d) : v.toString();
        if (s.length() > maxLength) {
            error(column, "Ô \"" + column + "\" dài quá " + maxLength + " ký tự.");
            return null;
        }
        return s;
    }

    String code(String column) {
        String s = text(column, true, 40);
        if (s != null && !RegistryFormats.isCode(s)) {
            error(column, "Mã '" + s + "' không hợp lệ: " + RegistryFormats.CODE_MESSAGE + ".");
            return null;
        }
        return s;
    }

    String email(String column) {
        String s = text(column, false, 255);
        if (s != null && !RegistryFormats.isEmail(s)) {
            error(column, "Địa chỉ email '" + s + "' không hợp lệ.");
            return null;
        }
        return s;
    }

    /** A date cell, or text dd/MM/yyyy (d/M/yyyy and yyyy-MM-dd are accepted too). */
    LocalDate date(String column, boolean required) {
        Object v = row.value(column);
        if (v == null) {
            if (required) {
                error(column, "Ô \"" + column + "\" không được để trống.");
            }
            return null;
        }
        if (v instanceof LocalDate d) {
            return d;
        }
        String s = v.toString();
        try {
            return LocalDate.parse(s, VN_DATE);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e2) {
                error(column, "Ngày '" + s + "' không hợp lệ; hãy nhập theo dạng dd/MM/yyyy (ví dụ 01/03/2025)"
                        + " hoặc dùng ô kiểu ngày.");
                return null;
            }
        }
    }
}

package vn.tdkt.registry.importer;

import java.util.Map;

/**
 * One data row of a sheet: its number as Excel shows it (1-based) and the non-blank cells by column header.
 * A value is a trimmed String, or a LocalDate for a cell formatted as a date.
 */
public record XlsxRow(int rowNumber, Map<String, Object> values) {

    public Object value(String column) {
        return values.get(column);
    }
}

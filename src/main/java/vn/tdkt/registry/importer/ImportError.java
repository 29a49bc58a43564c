package vn.tdkt.registry.importer;

/** One problem of an imported file: the row number as Excel shows it, the column header, what is wrong. */
public record ImportError(int row, String column, String message) {
}

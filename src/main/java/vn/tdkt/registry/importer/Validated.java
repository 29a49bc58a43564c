package vn.tdkt.registry.importer;

import java.util.List;

/** Rows of a file that passed validation, and the problems of the others. */
public record Validated<T>(List<T> valid, List<ImportError> errors) {

    /** Number of distinct rows with at least one error. */
    public int rejectedRows() {
        return (int) errors.stream().mapToInt(ImportError::row).distinct().count();
    }
}

package vn.tdkt.registry.importer;

import java.util.List;

/** Outcome of an import: rows written, rows refused and why. */
public record ImportReport(int imported, int rejected, List<ImportError> errors) {
}

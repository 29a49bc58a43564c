package vn.tdkt.documents;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The dossier's current documents as a few lines of Vietnamese, for a read-only field of a Camunda form:
 * "• Tờ trình và danh sách đề nghị: totrinh.pdf (245 KB, SHA-256 ab12cd34…)".
 */
public final class DossierSummary {

    static final String EMPTY = "Hồ sơ chưa có tài liệu nào.";
    private static final int HASH_PREFIX = 8;

    private DossierSummary() { }

    public static String text(List<DocumentView> current) {
        if (current.isEmpty()) {
            return EMPTY;
        }
        return current.stream()
                .sorted(Comparator.comparing((DocumentView d) -> DocumentType.valueOf(d.documentType()))
                        .thenComparing(DocumentView::id))
                .map(DossierSummary::line)
                .collect(Collectors.joining("\n"));
    }

    static String line(DocumentView d) {
        return "• " + d.documentTypeName() + ": " + d.fileName() + " (" + Sizes.format(d.sizeBytes()) + ", SHA-256 "
                + d.sha256().substring(0, HASH_PREFIX) + "…)";
    }
}

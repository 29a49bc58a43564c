package vn.tdkt.proposal;

import org.springframework.stereotype.Component;
import vn.tdkt.documents.DocumentType;
import vn.tdkt.documents.DocumentView;
import vn.tdkt.documents.DossierService;
import vn.tdkt.documents.DossierSummary;

import java.util.Collection;
import java.util.List;

/** The dossier as the forms show it: each required document ticked or missing, then the files uploaded. */
@Component
public class DossierStatusText {

    private final DossierService dossiers;

    public DossierStatusText(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    public String of(String businessKey, Collection<String> required) {
        // the current documents read once for both parts of the text
        List<DocumentView> current = dossiers.current(businessKey);
        List<String> missing = DossierService.missingTypes(required, current);
        StringBuilder sb = new StringBuilder("Thành phần bắt buộc:\n");
        for (String code : required) {
            sb.append(missing.contains(code) ? "✗ " : "✓ ").append(label(code))
                    .append(missing.contains(code) ? " – chưa có" : "").append('\n');
        }
        String files = DossierSummary.text(current);
        sb.append("\nTài liệu đã tải lên:\n").append(files == null || files.isBlank() ? "(chưa có)" : files);
        return sb.toString().strip();
    }

    public static String label(String code) {
        try {
            return DocumentType.valueOf(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}

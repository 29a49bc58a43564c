package vn.tdkt.documents;

import org.springframework.stereotype.Component;
import vn.tdkt.audit.AuditCodeList;

import java.util.LinkedHashMap;
import java.util.Map;

/** The document types with their labels, for the audit timeline. */
@Component
class DocumentTypeCodes implements AuditCodeList {

    @Override
    public String list() {
        return DOCUMENT_TYPE;
    }

    @Override
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (DocumentType type : DocumentType.values()) {
            labels.put(type.name(), type.label());
        }
        return labels;
    }
}

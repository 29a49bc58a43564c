package vn.tdkt.documents;

import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.common.Labelled;

/** Kinds of document a commendation dossier holds, with the Vietnamese names people read. */
public enum DocumentType implements Labelled {
    TTR("Tờ trình và danh sách đề nghị"),
    BCTT("Báo cáo thành tích"),
    BB_PHIEU("Biên bản họp xét kèm kết quả bỏ phiếu kín"),
    BB("Biên bản họp xét"),
    CNSK("Giấy chứng nhận / quyết định công nhận sáng kiến"),
    HY("Ý kiến hiệp y của cơ quan liên quan"),
    TU("Ý kiến Ban Thường vụ Tỉnh ủy"),
    BBKHOI("Biên bản họp khối thi đua"),
    KHAC("Tài liệu khác");

    private final String label;

    /**
     * Types of which a dossier keeps several side by side (one concurring opinion per agency, other papers);
     * a new file of any other type replaces the earlier one, which stays in the history.
     */
    public boolean accumulates() {
        return this == HY || this == KHAC;
    }

    /** What the standing agency attaches itself, also while the dossier is closed to the unit. */
    public boolean attachedByStandingAgency() {
        return this == HY || this == KHAC;
    }

    DocumentType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The type named by its code (or label); a missing or unknown one is refused with a 400. */
    public static DocumentType parse(String text) {
        if (text == null || text.isBlank()) {
            throw Refusal.invalid("DOCUMENT_TYPE_REQUIRED", "Chưa chọn loại tài liệu (documentType); giá trị"
                    + " hợp lệ: " + CodeLists.allowed(DocumentType.class) + ".");
        }
        return CodeLists.parse(DocumentType.class, text, "UNKNOWN_DOCUMENT_TYPE", "loại tài liệu (documentType)");
    }
}

package vn.tdkt.documents;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which document types the upload form of the dossier page offers the caller: first the required ones still missing;
 * then "Tài liệu khác" (the dossier keeps any number of other papers, and the standing agency its concurring
 * opinions); last, a new file for a required document already there (a dossier returned for completion usually
 * needs one replaced). Nothing at all when the caller may not upload now, with the reason.
 */
public final class UploadChoices {

    /** Groups of the choices, in the order the form shows them. */
    public static final String MISSING = "Thành phần còn thiếu";
    public static final String OTHER = "Tài liệu khác";
    public static final String REPLACE = "Nộp lại (thay tệp đã tải lên)";

    private UploadChoices() { }

    public record Choice(String code, String label, String group) { }

    /**
     * @param uploadOpen      the dossier is open for the unit's uploads (not under review)
     * @param finishedReason  why the dossier is over, or null
     * @param mayUpload       the caller may upload to this dossier at all
     * @param standingAgency  the caller uploads for the standing agency (attaches opinions while it reviews)
     */
    public record Situation(boolean uploadOpen, String finishedReason, boolean mayUpload, boolean standingAgency) { }

    /** The choices and, when there are none, why. */
    public record Offer(List<Choice> choices, String refusal) { }

    public static Offer of(Situation s, Collection<String> requiredTypes, Collection<String> presentTypes,
                           String businessKey) {
        if (s.finishedReason() != null) {
            return new Offer(List.of(), s.finishedReason());
        }
        if (!s.mayUpload()) {
            return new Offer(List.of(), "Chỉ cán bộ TĐKT của đơn vị lập hồ sơ và cơ quan thường trực được tải tài liệu"
                    + " lên hồ sơ này.");
        }
        Set<DocumentType> required = new LinkedHashSet<>();
        requiredTypes.forEach(code -> required.add(DocumentType.parse(code)));
        List<Choice> choices = new ArrayList<>();
        if (!s.uploadOpen()) {
            if (!s.standingAgency()) {
                return new Offer(List.of(), "Hồ sơ '" + businessKey + "' đang được xem xét nên tạm khóa việc tải tài"
                        + " liệu lên; chỉ bổ sung được khi hồ sơ được trả lại đơn vị.");
            }
            for (DocumentType t : DocumentType.values()) {
                if (t.attachedByStandingAgency()) {
                    choices.add(choice(t, OTHER));
                }
            }
            return new Offer(choices, null);
        }
        for (DocumentType t : required) {
            if (!presentTypes.contains(t.name())) {
                choices.add(choice(t, MISSING));
            }
        }
        // a required type the dossier keeps several of (hiệp y opinions) takes one more once present
        for (DocumentType t : required) {
            if (presentTypes.contains(t.name()) && t.accumulates() && t != DocumentType.KHAC) {
                choices.add(choice(t, OTHER));
            }
        }
        if (s.standingAgency() && !required.contains(DocumentType.HY)) {
            choices.add(choice(DocumentType.HY, OTHER));
        }
        choices.add(choice(DocumentType.KHAC, OTHER));
        for (DocumentType t : required) {
            if (presentTypes.contains(t.name()) && !t.accumulates()) {
                choices.add(choice(t, REPLACE));
            }
        }
        return new Offer(choices, null);
    }

    private static Choice choice(DocumentType t, String group) {
        return new Choice(t.name(), t.label(), group);
    }
}

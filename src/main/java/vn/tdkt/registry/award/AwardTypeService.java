package vn.tdkt.registry.award;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.web.ApiException;

import java.math.BigDecimal;
import java.util.List;

/** The catalogue of emulation titles and forms of commendation. */
@Service
public class AwardTypeService {

    private final AwardTypeRepository types;

    public AwardTypeService(AwardTypeRepository types) {
        this.types = types;
    }

    @Transactional(readOnly = true)
    public List<AwardTypeView> list() {
        return types.list().stream().map(AwardTypeView::of).toList();
    }

    /** An award type named in the path: 404 when unknown. */
    @Transactional(readOnly = true)
    public AwardType get(String code) {
        return types.find(code).orElseThrow(() -> ApiException.notFound("AWARD_TYPE_NOT_FOUND", notFound(code)));
    }

    /** An award type named in a body or a parameter: 400 when unknown. */
    @Transactional(readOnly = true)
    public AwardType referenced(String code) {
        return types.find(code).orElseThrow(() -> ApiException.badRequest("UNKNOWN_AWARD_TYPE", notFound(code)));
    }

    private static String notFound(String code) {
        return "Không tìm thấy danh hiệu/hình thức khen thưởng có mã '" + code + "'.";
    }

    @Transactional
    public AwardTypeView create(AwardTypeRequests.Create r) {
        String code = r.code().strip();
        AwardType type = build(code, r.name(), r.category(), r.recipientKind(), r.decidingLevel(), r.decider(),
                r.legalBasis(), r.bonusMultiplier(), r.verified(), r.active(), r.note(),
                Boolean.TRUE.equals(r.registrable()));
        if (types.find(code).isPresent()) {
            throw ApiException.conflict("AWARD_TYPE_CODE_EXISTS",
                    "Đã có danh hiệu/hình thức khen thưởng mang mã '" + code + "'.");
        }
        types.insert(type);
        return AwardTypeView.of(get(code));
    }

    @Transactional
    public AwardTypeView update(String code, AwardTypeRequests.Update r) {
        AwardType current = types.find(code).orElseThrow(() -> ApiException.notFound("AWARD_TYPE_NOT_FOUND",
                notFound(code)));
        // an update that does not mention registration keeps it
        types.update(build(code, r.name(), r.category(), r.recipientKind(), r.decidingLevel(), r.decider(),
                r.legalBasis(), r.bonusMultiplier(), r.verified(), r.active(), r.note(),
                r.registrable() == null ? current.registrable() : r.registrable()));
        return AwardTypeView.of(get(code));
    }

    private static AwardType build(String code, String name, String category, String recipientKind,
                                   String decidingLevel, String decider, String legalBasis, BigDecimal bonus,
                                   Boolean verified, Boolean active, String note, boolean registrable) {
        AwardType type = new AwardType(code, name.strip(),
                CodeLists.parse(AwardCategory.class, category, "UNKNOWN_CATEGORY", "loại"),
                CodeLists.parse(RecipientKind.class, recipientKind, "UNKNOWN_RECIPIENT_KIND", "đối tượng khen thưởng"),
                CodeLists.parse(DecidingLevel.class, decidingLevel, "UNKNOWN_DECIDING_LEVEL", "cấp quyết định"),
                decider.strip(), legalBasis.strip(), bonus, Boolean.TRUE.equals(verified), active == null || active,
                note == null || note.isBlank() ? null : note.strip(), registrable);
        if (registrable && !type.mayBeRegistrable()) {
            throw ApiException.badRequest("NOT_REGISTRABLE", "Chỉ danh hiệu thi đua dành cho tập thể mới được đăng ký"
                    + " thi đua đầu năm; '" + type.name() + "' không đăng ký được (registrable).");
        }
        return type;
    }
}

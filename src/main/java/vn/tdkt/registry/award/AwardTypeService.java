package vn.tdkt.registry.award;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.CodeLists;

import java.math.BigDecimal;
import java.time.LocalDate;
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
        return types.find(code).orElseThrow(() -> Refusal.notFound("AWARD_TYPE_NOT_FOUND", notFound(code)));
    }

    /** An award type named in a body or a parameter: 400 when unknown. */
    @Transactional(readOnly = true)
    public AwardType referenced(String code) {
        return types.find(code).orElseThrow(() -> Refusal.invalid("UNKNOWN_AWARD_TYPE", notFound(code)));
    }

    private static String notFound(String code) {
        return "Không tìm thấy danh hiệu/hình thức khen thưởng có mã '" + code + "'.";
    }

    @Transactional
    public AwardTypeView create(AwardTypeRequests.Create r) {
        String code = r.code().strip();
        AwardType type = build(code, r.name(), r.category(), r.recipientKind(), r.decidingLevel(), r.decider(),
                r.legalBasis(), r.bonusMultiplier(), r.active(), r.note(), Boolean.TRUE.equals(r.registrable()),
                r.effectiveFrom(), r.effectiveTo(), confirmation(r.verified(), r.deciderConfirmed(),
                        r.criteriaConfirmed(), r.bonusConfirmed(), null));
        if (types.find(code).isPresent()) {
            throw Refusal.conflict("AWARD_TYPE_CODE_EXISTS",
                    "Đã có danh hiệu/hình thức khen thưởng mang mã '" + code + "'.");
        }
        types.insert(type);
        return AwardTypeView.of(get(code));
    }

    @Transactional
    public AwardTypeView update(String code, AwardTypeRequests.Update r) {
        AwardType current = types.find(code).orElseThrow(() -> Refusal.notFound("AWARD_TYPE_NOT_FOUND",
                notFound(code)));
        // an update that does not mention registration keeps it
        types.update(build(code, r.name(), r.category(), r.recipientKind(), r.decidingLevel(), r.decider(),
                r.legalBasis(), r.bonusMultiplier(), r.active(), r.note(),
                r.registrable() == null ? current.registrable() : r.registrable(), r.effectiveFrom(), r.effectiveTo(),
                confirmation(r.verified(), r.deciderConfirmed(), r.criteriaConfirmed(), r.bonusConfirmed(),
                        current.confirmation())));
        return AwardTypeView.of(get(code));
    }

    /**
     * The per-field confirmation a request asks for: each field given wins; a field not given takes the older
     * {@code verified} when sent, else what the entry had (false for a new one).
     */
    static AwardType.Confirmation confirmation(Boolean verified, Boolean decider, Boolean criteria, Boolean bonus,
                                               AwardType.Confirmation current) {
        AwardType.Confirmation fallback = verified != null ? AwardType.Confirmation.all(verified)
                : current != null ? current : AwardType.Confirmation.all(false);
        return new AwardType.Confirmation(decider != null ? decider : fallback.decider(),
                criteria != null ? criteria : fallback.criteria(), bonus != null ? bonus : fallback.bonus());
    }

    private static AwardType build(String code, String name, String category, String recipientKind,
                                   String decidingLevel, String decider, String legalBasis, BigDecimal bonus,
                                   Boolean active, String note, boolean registrable, LocalDate effectiveFrom,
                                   LocalDate effectiveTo, AwardType.Confirmation confirmation) {
        if (effectiveFrom != null && effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw Refusal.invalid("INVALID_PERIOD", "Ngày hết hiệu lực (effectiveTo) không được trước ngày bắt"
                    + " đầu hiệu lực (effectiveFrom).");
        }
        AwardType type = new AwardType(code, name.strip(),
                CodeLists.parse(AwardCategory.class, category, "UNKNOWN_CATEGORY", "loại"),
                CodeLists.parse(RecipientKind.class, recipientKind, "UNKNOWN_RECIPIENT_KIND", "đối tượng khen thưởng"),
                CodeLists.parse(DecidingLevel.class, decidingLevel, "UNKNOWN_DECIDING_LEVEL", "cấp quyết định"),
                decider.strip(), legalBasis.strip(), bonus, confirmation.complete(), active == null || active,
                note == null || note.isBlank() ? null : note.strip(), registrable, effectiveFrom, effectiveTo,
                confirmation);
        if (registrable && !type.mayBeRegistrable()) {
            throw Refusal.invalid("NOT_REGISTRABLE", "Chỉ danh hiệu thi đua dành cho tập thể mới được đăng ký"
                    + " thi đua đầu năm; '" + type.name() + "' không đăng ký được (registrable).");
        }
        return type;
    }
}

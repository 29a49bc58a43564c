package vn.tdkt.registry.award;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.person.Person;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitService;

import java.time.format.DateTimeFormatter;
import java.util.List;

/** The award history: recording awards under the rules of the catalogue and of the Law, and reading them. */
@Service
public class AwardRecordService {

    private static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AwardRecordRepository records;
    private final LawProperties law;
    private final AwardTypeService types;
    private final PersonService persons;
    private final UnitService units;

    public AwardRecordService(AwardRecordRepository records, AwardTypeService types, PersonService persons,
                              UnitService units, LawProperties law) {
        this.law = law;
        this.records = records;
        this.types = types;
        this.persons = persons;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public List<AwardRecordView> list(String personCode, String unitCode, Integer year, String awardType) {
        Long personId = blank(personCode) ? null : persons.referenced(personCode.strip()).id();
        Long unitId = blank(unitCode) ? null : units.referenced(unitCode.strip()).id();
        String typeCode = blank(awardType) ? null : types.referenced(awardType.strip()).code();
        return records.list(new AwardRecordRepository.Filter(personId, unitId, year, typeCode));
    }

    @Transactional
    public AwardRecordView create(AwardRecordRequest r) {
        AwardType type = types.referenced(r.awardTypeCode().strip());
        if (blank(r.personCode()) == blank(r.unitCode())) {
            throw Refusal.invalid("RECIPIENT_REQUIRED",
                    "Phải ghi đúng một đối tượng được khen: personCode (cá nhân) hoặc unitCode (tập thể).");
        }
        Person person = blank(r.personCode()) ? null : persons.referenced(r.personCode().strip());
        Unit unit = blank(r.unitCode()) ? null : units.referenced(r.unitCode().strip());
        checkRecipientKind(type, person != null);
        CommendationKind kind = CodeLists.parseOrDefault(CommendationKind.class, r.commendationKind(),
                CommendationKind.CONG_TRANG, "UNKNOWN_COMMENDATION_KIND", "hình thức khen (commendationKind)");
        Long personId = person == null ? null : person.id();
        Long unitId = unit == null ? null : unit.id();
        records.sameAward(type, personId, unitId, r.awardYear(), kind.name()).ifPresent(existing -> {
            throw Refusal.conflict("DUPLICATE_AWARD", (person != null ? "Cán bộ '" + person.code() + "'"
                    : "Đơn vị '" + unit.code() + "'") + " đã được tặng '" + type.name() + "' năm " + r.awardYear()
                    + " (quyết định số " + existing.decisionNumber() + ").");
        });
        String achievementRef = blank(r.achievementRef()) ? null : r.achievementRef().strip();
        if (achievementRef != null) {
            records.byAchievement(achievementRef).ifPresent(existing -> {
                throw Refusal.invalid("ACHIEVEMENT_ALREADY_AWARDED", "Thành tích '" + achievementRef
                        + "' đã được khen thưởng bằng '" + existing.awardTypeName() + "' (quyết định số "
                        + existing.decisionNumber() + " ngày " + VN_DATE.format(existing.decisionDate())
                        + "); một thành tích chỉ được khen thưởng một lần (Điều 5 Luật Thi đua, khen thưởng 2022).");
            });
        }
        long id = records.insert(new AwardRecordRepository.NewAward(type.code(), personId, unitId, r.awardYear(), kind,
                r.decisionNumber().strip(), r.decisionDate(), blank(r.decisionAuthority()) ? null
                : r.decisionAuthority().strip(), achievementRef,
                law.regimeOn(r.decisionDate()).map(LegalRegime::code).orElse(null)));
        return records.find(id).orElseThrow();
    }

    private static void checkRecipientKind(AwardType type, boolean toPerson) {
        if (toPerson && type.recipientKind() == RecipientKind.TAP_THE) {
            throw Refusal.invalid("RECIPIENT_KIND_MISMATCH", "'" + type.name() + "' (" + type.code()
                    + ") chỉ dành cho tập thể, không tặng cho cá nhân.");
        }
        if (!toPerson && type.recipientKind() == RecipientKind.CA_NHAN) {
            throw Refusal.invalid("RECIPIENT_KIND_MISMATCH", "'" + type.name() + "' (" + type.code()
                    + ") chỉ dành cho cá nhân, không tặng cho tập thể.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package vn.tdkt.registry.person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.common.PageView;
import vn.tdkt.registry.common.Today;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitService;

/** Persons (cán bộ, công chức, viên chức, người lao động) of the province's units. */
@Service
public class PersonService {

    public static final int MAX_PAGE_SIZE = 200;

    private final PersonRepository persons;
    private final UnitService units;
    private final Today today;

    public PersonService(PersonRepository persons, UnitService units, Today today) {
        this.persons = persons;
        this.units = units;
        this.today = today;
    }

    /** A person named in the path: 404 when unknown. */
    @Transactional(readOnly = true)
    public Person get(String code) {
        return persons.findByCode(code).orElseThrow(() -> Refusal.notFound("PERSON_NOT_FOUND", notFound(code)));
    }

    /** A person named in a request body: 400 when unknown. */
    @Transactional(readOnly = true)
    public Person referenced(String code) {
        return persons.findByCode(code).orElseThrow(() -> Refusal.invalid("UNKNOWN_PERSON", notFound(code)));
    }

    private static String notFound(String code) {
        return "Không tìm thấy cán bộ có mã '" + code + "'.";
    }

    @Transactional(readOnly = true)
    public PageView<PersonView> search(String unitCode, String q, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw Refusal.invalid("BAD_PAGE", "Trang (page) phải từ 0 và cỡ trang (size) từ 1 đến "
                    + MAX_PAGE_SIZE + ".");
        }
        Long unitId = unitCode == null || unitCode.isBlank() ? null : units.referenced(unitCode.strip()).id();
        long total = persons.count(unitId, q);
        return new PageView<>(persons.search(unitId, q, page * size, size).stream().map(PersonView::of).toList(),
                page, size, total);
    }

    @Transactional
    public PersonView create(PersonRequests.Create r) {
        String code = r.code().strip();
        Unit unit = activeUnit(r.unitCode());
        Gender gender = gender(r.gender());
        OccupationCategory category = category(r.occupationCategory());
        if (persons.exists(code)) {
            throw Refusal.conflict("PERSON_CODE_EXISTS", "Đã có cán bộ mang mã '" + code + "'.");
        }
        persons.insert(code, new PersonRepository.Fields(r.fullName().strip(), gender, r.birthDate(),
                blankToNull(r.jobTitle()), unit.id(), blankToNull(r.email()), true));
        persons.setStatisticsFields(code, category, Boolean.TRUE.equals(r.ethnicMinority()));
        return PersonView.of(get(code));
    }

    @Transactional
    public PersonView update(String code, PersonRequests.Update r) {
        Person person = get(code);
        // A person may stay in a unit that has since ended; moving needs an active unit.
        long unitId = r.unitCode().strip().equals(person.unitCode()) ? person.unitId() : activeUnit(r.unitCode()).id();
        persons.update(person.id(), new PersonRepository.Fields(r.fullName().strip(), gender(r.gender()), r.birthDate(),
                blankToNull(r.jobTitle()), unitId, blankToNull(r.email()), r.active() == null || r.active()));
        // a client that does not know the statistics fields keeps what the person has
        if (r.occupationCategory() != null || r.ethnicMinority() != null) {
            persons.setStatisticsFields(code, r.occupationCategory() == null ? person.occupationCategory()
                            : category(r.occupationCategory()),
                    r.ethnicMinority() == null ? person.ethnicMinority() : r.ethnicMinority());
        }
        return PersonView.of(get(code));
    }

    private Unit activeUnit(String unitCode) {
        Unit unit = units.referenced(unitCode.strip());
        if (!unit.activeOn(today.date())) {
            throw Refusal.invalid("UNIT_NOT_ACTIVE", "Đơn vị '" + unit.code()
                    + "' không còn hoạt động" + (unit.successorCode() == null ? "" : " (đã sáp nhập vào '"
                    + unit.successorCode() + "')") + "; hãy chọn đơn vị đang hoạt động.");
        }
        return unit;
    }

    private static Gender gender(String text) {
        return text == null || text.isBlank() ? null : CodeLists.parse(Gender.class, text, "UNKNOWN_GENDER", "giới tính");
    }

    private static OccupationCategory category(String text) {
        return text == null || text.isBlank() ? null
                : CodeLists.parse(OccupationCategory.class, text, "UNKNOWN_OCCUPATION_CATEGORY", "nhóm đối tượng thống kê");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

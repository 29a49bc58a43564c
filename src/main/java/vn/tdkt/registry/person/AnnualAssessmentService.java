package vn.tdkt.registry.person;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.Today;

/**
 * A person's annual assessments (xếp loại nhiệm vụ, months worked, maternity leave), entered by an administrator from
 * the units' reports: the facts the eligibility rules read for LĐTT, CSTĐ and the streaks.
 */
@Service
public class AnnualAssessmentService {

    /** The registry keeps assessments from this year on (the Law of 2003's era is not entered by hand). */
    private static final int FIRST_YEAR = 2000;

    private final PersonService persons;
    private final AnnualAssessmentRepository assessments;
    private final Today today;

    public AnnualAssessmentService(PersonService persons, AnnualAssessmentRepository assessments, Today today) {
        this.persons = persons;
        this.assessments = assessments;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public AnnualAssessmentView get(String personCode, int year) {
        Person person = persons.get(personCode);
        return assessments.find(person, year).orElseThrow(() -> Refusal.notFound("ASSESSMENT_NOT_FOUND",
                "Chưa có kết quả đánh giá năm " + year + " của " + person.fullName() + "."));
    }

    @Transactional
    public AnnualAssessmentView save(String personCode, int year, AnnualAssessmentRequest r) {
        Person person = persons.get(personCode);
        if (year < FIRST_YEAR || year > today.year()) {
            throw Refusal.invalid("BAD_YEAR", "Năm đánh giá phải từ " + FIRST_YEAR + " đến năm nay ("
                    + today.year() + ").");
        }
        int worked = r.monthsWorked() == null ? 0 : r.monthsWorked();
        int maternity = r.maternityMonths() == null ? 0 : r.maternityMonths();
        if (worked + maternity > 12) {
            throw Refusal.invalid("MONTHS_OVER_YEAR", "Số tháng làm việc thực tế (" + worked
                    + ") cộng số tháng nghỉ thai sản (" + maternity + ") không được quá 12 tháng.");
        }
        assessments.save(person, year, r);
        return get(personCode, year);
    }
}

package vn.tdkt.registry.person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/** Table annual_assessment, a person's rows: one per year. */
@Repository
public class AnnualAssessmentRepository {

    private final JdbcClient jdbc;

    public AnnualAssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AnnualAssessmentView> find(Person person, int year) {
        return jdbc.sql("SELECT task_rating, months_worked, maternity_months FROM annual_assessment"
                        + " WHERE person_id = ? AND assessment_year = ?")
                .params(person.id(), year)
                .query((rs, n) -> new AnnualAssessmentView(person.code(), year, rs.getString(1),
                        (Integer) rs.getObject(2), (Integer) rs.getObject(3)))
                .optional();
    }

    /** Writes the year's row, replacing the one there was. */
    public void save(Person person, int year, AnnualAssessmentRequest r) {
        int updated = jdbc.sql("UPDATE annual_assessment SET task_rating = ?, months_worked = ?, maternity_months = ?"
                        + " WHERE person_id = ? AND assessment_year = ?")
                .params(r.taskRating(), r.monthsWorked(), r.maternityMonths(), person.id(), year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO annual_assessment (person_id, assessment_year, task_rating, months_worked,"
                            + " maternity_months) VALUES (?, ?, ?, ?, ?)")
                    .params(person.id(), year, r.taskRating(), r.monthsWorked(), r.maternityMonths()).update();
        }
    }
}

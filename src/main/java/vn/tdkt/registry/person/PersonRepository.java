package vn.tdkt.registry.person;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.registry.common.RegistryFormats;
import vn.tdkt.workflow.RecordRows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Table person. */
@Repository
public class PersonRepository {

    /** One column for each component of {@link Person}, so that JdbcClient maps a row to it. */
    private static final String SELECT = "SELECT p.id, p.code, p.full_name, p.gender, p.birth_date, p.job_title,"
            + " p.unit_id, u.code AS unit_code, u.name AS unit_name, p.email, p.active, p.occupation_category,"
            + " p.ethnic_minority"
            + " FROM person p JOIN org_unit u ON u.id = p.unit_id";

    /** Values written for a person. */
    public record Fields(String fullName, Gender gender, LocalDate birthDate, String jobTitle, long unitId,
                         String email, boolean active) { }

    private final JdbcClient jdbc;

    public PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Person> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE p.code = ?").param(code).query(RecordRows.of(Person.class)).optional();
    }

    public Optional<Person> findById(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = ?").param(id).query(RecordRows.of(Person.class)).optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM person").query(Long.class).single();
    }

    /** Persons of a unit (or all) whose name contains the text, ignoring case; ordered by code. */
    public List<Person> search(Long unitId, String text, int offset, int limit) {
        Where where = where(unitId, text);
        List<Object> params = new ArrayList<>(where.params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where.sql + " ORDER BY p.code LIMIT ? OFFSET ?").params(params).query(RecordRows.of(Person.class))
                .list();
    }

    public long count(Long unitId, String text) {
        Where where = where(unitId, text);
        return jdbc.sql("SELECT COUNT(*) FROM person p" + where.sql).params(where.params).query(Long.class).single();
    }

    private record Where(String sql, List<Object> params) { }

    private static Where where(Long unitId, String text) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (unitId != null) {
            sql.append(" AND p.unit_id = ?");
            params.add(unitId);
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND LOWER(p.full_name) LIKE ? ESCAPE '!'");
            params.add(RegistryFormats.likeContains(text));
        }
        return new Where(sql.toString(), params);
    }

    public void insert(String code, Fields f) {
        jdbc.sql("INSERT INTO person (code, full_name, gender, birth_date, job_title, unit_id, email, active)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(code, f.fullName(), f.gender() == null ? null : f.gender().name(), f.birthDate(), f.jobTitle(),
                        f.unitId(), f.email(), f.active())
                .update();
    }

    public void update(long id, Fields f) {
        jdbc.sql("UPDATE person SET full_name = ?, gender = ?, birth_date = ?, job_title = ?, unit_id = ?, email = ?,"
                        + " active = ? WHERE id = ?")
                .params(f.fullName(), f.gender() == null ? null : f.gender().name(), f.birthDate(), f.jobTitle(),
                        f.unitId(), f.email(), f.active(), id)
                .update();
    }

    /** The person's group in the statistics forms and whether of an ethnic minority (V27). */
    public void setStatisticsFields(String code, OccupationCategory category, boolean ethnicMinority) {
        jdbc.sql("UPDATE person SET occupation_category = ?, ethnic_minority = ? WHERE code = ?")
                .params(category == null ? null : category.name(), ethnicMinority, code).update();
    }
}

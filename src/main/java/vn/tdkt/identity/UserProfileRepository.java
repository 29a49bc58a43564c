package vn.tdkt.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.util.Optional;

/** Which unit each Camunda user belongs to (table user_profile). */
@Repository
public class UserProfileRepository {

    /** One column for each component of {@link UnitRef}, so that JdbcClient maps a row to it. */
    private static final String UNIT_COLUMNS = "u.id, u.code, u.name, u.valid_from, u.valid_to";

    private final JdbcClient jdbc;

    public UserProfileRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UnitRef> unitOf(String userId) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM user_profile p JOIN org_unit u ON u.id = p.unit_id"
                        + " WHERE p.user_id = ?")
                .param(userId)
                .query(RecordRows.of(UnitRef.class)).optional();
    }

    /** The job title of the person the user is (chức vụ), when the account is linked to a person of the registry. */
    public Optional<String> jobTitleOf(String userId) {
        return jdbc.sql("SELECT pe.job_title FROM user_profile p JOIN person pe ON pe.id = p.person_id"
                        + " WHERE p.user_id = ? AND pe.job_title IS NOT NULL")
                .param(userId).query(String.class).optional();
    }

    /** A unit by its code, in the same shape as a user's unit. */
    public Optional<UnitRef> unitByCode(String unitCode) {
        return jdbc.sql("SELECT " + UNIT_COLUMNS + " FROM org_unit u WHERE LOWER(u.code) = LOWER(?)")
                .param(unitCode)
                .query(RecordRows.of(UnitRef.class)).optional();
    }

    /** Creates or moves the user's profile to the unit. */
    public void assign(String userId, long unitId, Long personId) {
        int updated = jdbc.sql("UPDATE user_profile SET unit_id = ?, person_id = ? WHERE user_id = ?")
                .params(unitId, personId, userId).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO user_profile (user_id, unit_id, person_id) VALUES (?, ?, ?)")
                    .params(userId, unitId, personId).update();
        }
    }
}

package vn.tdkt.registry.unit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Table org_unit. */
@Repository
public class UnitRepository {

    /** One column for each component of {@link Unit} (unit_type for unitType…), so that JdbcClient maps a row to it. */
    private static final String SELECT = "SELECT u.id, u.code, u.name, u.unit_type, u.email, u.valid_from, u.valid_to,"
            + " u.end_reason, s.code AS successor_code FROM org_unit u LEFT JOIN org_unit s ON s.id = u.successor_id";

    private final JdbcClient jdbc;

    public UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Unit> findByCode(String code) {
        return jdbc.sql(SELECT + " WHERE u.code = ?").param(code).query(RecordRows.of(Unit.class)).optional();
    }

    public Optional<Unit> findById(long id) {
        return jdbc.sql(SELECT + " WHERE u.id = ?").param(id).query(RecordRows.of(Unit.class)).optional();
    }

    public boolean exists(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    public List<Unit> list(LocalDate activeOn, UnitType type) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (activeOn != null) {
            sql.append(" AND u.valid_from <= ? AND (u.valid_to IS NULL OR u.valid_to >= ?)");
            params.add(activeOn);
            params.add(activeOn);
        }
        if (type != null) {
            sql.append(" AND u.unit_type = ?");
            params.add(type.name());
        }
        sql.append(" ORDER BY u.code");
        return jdbc.sql(sql.toString()).params(params).query(RecordRows.of(Unit.class)).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit").query(Long.class).single();
    }

    public void insert(String code, String name, UnitType type, String email, LocalDate validFrom, LocalDate validTo) {
        jdbc.sql("INSERT INTO org_unit (code, name, unit_type, email, valid_from, valid_to) VALUES (?, ?, ?, ?, ?, ?)")
                .params(code, name, type.name(), email, validFrom, validTo).update();
    }

    /** Updates the unit; a unit without an end date loses any end reason and successor. */
    public void update(long id, String name, UnitType type, String email, LocalDate validFrom, LocalDate validTo) {
        if (validTo == null) {
            jdbc.sql("UPDATE org_unit SET name = ?, unit_type = ?, email = ?, valid_from = ?, valid_to = NULL,"
                            + " end_reason = NULL, successor_id = NULL WHERE id = ?")
                    .params(name, type.name(), email, validFrom, id).update();
        } else {
            jdbc.sql("UPDATE org_unit SET name = ?, unit_type = ?, email = ?, valid_from = ?, valid_to = ? WHERE id = ?")
                    .params(name, type.name(), email, validFrom, validTo, id).update();
        }
    }

    public void end(long id, LocalDate validTo, EndReason reason, Long successorId) {
        jdbc.sql("UPDATE org_unit SET valid_to = ?, end_reason = ?, successor_id = ? WHERE id = ?")
                .params(validTo, reason.name(), successorId, id).update();
    }
}

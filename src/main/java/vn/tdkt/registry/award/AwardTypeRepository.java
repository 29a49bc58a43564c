package vn.tdkt.registry.award;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** Table award_type. */
@Repository
public class AwardTypeRepository {

    private static final String SELECT = "SELECT code, name, category, recipient_kind, deciding_level, decider,"
            + " legal_basis, bonus_multiplier, verified, active, note, registrable FROM award_type";

    private static final RowMapper<AwardType> MAPPER = (rs, i) -> new AwardType(rs.getString("code"),
            rs.getString("name"), AwardCategory.valueOf(rs.getString("category")),
            RecipientKind.valueOf(rs.getString("recipient_kind")), DecidingLevel.valueOf(rs.getString("deciding_level")),
            rs.getString("decider"), rs.getString("legal_basis"), rs.getBigDecimal("bonus_multiplier"),
            rs.getBoolean("verified"), rs.getBoolean("active"), rs.getString("note"), rs.getBoolean("registrable"));

    private final JdbcClient jdbc;

    public AwardTypeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AwardType> list() {
        return jdbc.sql(SELECT + " ORDER BY code").query(MAPPER).list();
    }

    public Optional<AwardType> find(String code) {
        return jdbc.sql(SELECT + " WHERE code = ?").param(code).query(MAPPER).optional();
    }

    public void insert(AwardType t) {
        jdbc.sql("INSERT INTO award_type (code, name, category, recipient_kind, deciding_level, decider, legal_basis,"
                        + " bonus_multiplier, verified, active, note, registrable)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.code(), t.name(), t.category().name(), t.recipientKind().name(), t.decidingLevel().name(),
                        t.decider(), t.legalBasis(), t.bonusMultiplier(), t.verified(), t.active(), t.note(),
                        t.registrable())
                .update();
    }

    public void update(AwardType t) {
        jdbc.sql("UPDATE award_type SET name = ?, category = ?, recipient_kind = ?, deciding_level = ?, decider = ?,"
                        + " legal_basis = ?, bonus_multiplier = ?, verified = ?, active = ?, note = ?, registrable = ?"
                        + " WHERE code = ?")
                .params(t.name(), t.category().name(), t.recipientKind().name(), t.decidingLevel().name(),
                        t.decider(), t.legalBasis(), t.bonusMultiplier(), t.verified(), t.active(), t.note(),
                        t.registrable(), t.code())
                .update();
    }
}

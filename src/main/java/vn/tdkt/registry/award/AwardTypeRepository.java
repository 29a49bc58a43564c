package vn.tdkt.registry.award;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Table award_type. */
@Repository
public class AwardTypeRepository {

    private static final String SELECT = "SELECT code, name, category, recipient_kind, deciding_level, decider,"
            + " legal_basis, bonus_multiplier, verified, active, note, registrable, effective_from, effective_to,"
            + " decider_confirmed, criteria_confirmed, bonus_confirmed FROM award_type";

    private static final RowMapper<AwardType> MAPPER = (rs, i) -> new AwardType(rs.getString("code"),
            rs.getString("name"), AwardCategory.valueOf(rs.getString("category")),
            RecipientKind.valueOf(rs.getString("recipient_kind")), DecidingLevel.valueOf(rs.getString("deciding_level")),
            rs.getString("decider"), rs.getString("legal_basis"), rs.getBigDecimal("bonus_multiplier"),
            rs.getBoolean("verified"), rs.getBoolean("active"), rs.getString("note"), rs.getBoolean("registrable"),
            rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
            new AwardType.Confirmation(rs.getBoolean("decider_confirmed"), rs.getBoolean("criteria_confirmed"),
                    rs.getBoolean("bonus_confirmed")));

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
                        + " bonus_multiplier, verified, active, note, registrable, effective_from, effective_to,"
                        + " decider_confirmed, criteria_confirmed, bonus_confirmed)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(t.code(), t.name(), t.category().name(), t.recipientKind().name(), t.decidingLevel().name(),
                        t.decider(), t.legalBasis(), t.bonusMultiplier(), t.verified(), t.active(), t.note(),
                        t.registrable(), t.effectiveFrom(), t.effectiveTo(), t.confirmation().decider(),
                        t.confirmation().criteria(), t.confirmation().bonus())
                .update();
    }

    public void update(AwardType t) {
        jdbc.sql("UPDATE award_type SET name = ?, category = ?, recipient_kind = ?, deciding_level = ?, decider = ?,"
                        + " legal_basis = ?, bonus_multiplier = ?, verified = ?, active = ?, note = ?, registrable = ?,"
                        + " effective_from = ?, effective_to = ?, decider_confirmed = ?, criteria_confirmed = ?,"
                        + " bonus_confirmed = ? WHERE code = ?")
                .params(t.name(), t.category().name(), t.recipientKind().name(), t.decidingLevel().name(),
                        t.decider(), t.legalBasis(), t.bonusMultiplier(), t.verified(), t.active(), t.note(),
                        t.registrable(), t.effectiveFrom(), t.effectiveTo(), t.confirmation().decider(),
                        t.confirmation().criteria(), t.confirmation().bonus(), t.code())
                .update();
    }
}

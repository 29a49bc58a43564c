package vn.tdkt.registry.award;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Table award_record. */
@Repository
public class AwardRecordRepository {

    private static final String SELECT = "SELECT r.id, r.award_type_code, t.name AS award_type_name,"
            + " p.code AS person_code, p.full_name AS person_name, u.code AS unit_code, u.name AS unit_name,"
            + " r.award_year, r.commendation_kind, r.decision_number, r.decision_date, r.decision_authority,"
            + " r.achievement_ref, r.legal_regime, r.annulled_on, r.annulment_number FROM award_record r JOIN award_type t ON t.code = r.award_type_code"
            + " LEFT JOIN person p ON p.id = r.person_id LEFT JOIN org_unit u ON u.id = r.unit_id";

    private static final RowMapper<AwardRecordView> ROW = (rs, i) -> {
        CommendationKind kind = CommendationKind.valueOf(rs.getString("commendation_kind"));
        return new AwardRecordView(rs.getLong("id"), rs.getString("award_type_code"), rs.getString("award_type_name"),
                rs.getString("person_code"), rs.getString("person_name"), rs.getString("unit_code"),
                rs.getString("unit_name"), rs.getInt("award_year"), kind.name(), kind.label(),
                rs.getString("decision_number"), rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision_authority"), rs.getString("achievement_ref"), rs.getString("legal_regime"), null,
                rs.getObject("annulled_on", LocalDate.class), rs.getString("annulment_number"));
    };

    /** Filters of the history; null means any. */
    public record Filter(Long personId, Long unitId, Integer year, String awardTypeCode) { }

    /** Values of a new award. */
    public record NewAward(String awardTypeCode, Long personId, Long unitId, int awardYear, CommendationKind kind,
                           String decisionNumber, LocalDate decisionDate, String decisionAuthority,
                           String achievementRef, String legalRegime) { }

    private final JdbcClient jdbc;

    /** Rows as views, each with the name of the regime it was given under. */
    private final RowMapper<AwardRecordView> mapper;

    public AwardRecordRepository(JdbcClient jdbc, LawProperties law) {
        this.jdbc = jdbc;
        this.mapper = (rs, i) -> ROW.mapRow(rs, i).withRegime(law);
    }

    public List<AwardRecordView> list(Filter f) {
        StringBuilder sql = new StringBuilder(SELECT).append(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.personId() != null) {
            sql.append(" AND r.person_id = ?");
            params.add(f.personId());
        }
        if (f.unitId() != null) {
            sql.append(" AND r.unit_id = ?");
            params.add(f.unitId());
        }
        if (f.year() != null) {
            sql.append(" AND r.award_year = ?");
            params.add(f.year());
        }
        if (f.awardTypeCode() != null) {
            sql.append(" AND r.award_type_code = ?");
            params.add(f.awardTypeCode());
        }
        sql.append(" ORDER BY r.award_year DESC, r.award_type_code, r.id");
        return jdbc.sql(sql.toString()).params(params).query(mapper).list();
    }

    public Optional<AwardRecordView> find(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(mapper).optional();
    }

    /** The award of that type the recipient already holds for the year, if any. */
    /** An award of that type and year already given to the recipient for the same achievement ({@link RepeatAwards}). */
    public Optional<AwardRecordView> sameAward(AwardType type, Long personId, Long unitId, int year, String kind) {
        String recipient = personId != null ? "r.person_id = ?" : "r.unit_id = ?";
        return jdbc.sql(SELECT + " WHERE r.award_type_code = ? AND " + recipient + " AND r.award_year = ?"
                        + " AND r.annulled_on IS NULL")
                .params(type.code(), personId != null ? personId : unitId, year).query(mapper).list()
                .stream().filter(r -> RepeatAwards.sameAchievement(type.category(), kind, r.commendationKind()))
                .findFirst();
    }

    public Optional<AwardRecordView> byAchievement(String achievementRef) {
        return jdbc.sql(SELECT + " WHERE r.achievement_ref = ?").param(achievementRef).query(mapper).list()
                .stream().findFirst();
    }

    public long insert(NewAward a) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO award_record (award_type_code, person_id, unit_id, award_year, commendation_kind,"
                        + " decision_number, decision_date, decision_authority, achievement_ref, legal_regime)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.awardTypeCode(), a.personId(), a.unitId(), a.awardYear(), a.kind().name(),
                        a.decisionNumber(), a.decisionDate(), a.decisionAuthority(), a.achievementRef(), a.legalRegime())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "the database returned no generated id").longValue();
    }

    /**
     * Years up to endingYear in which the person or unit received the award by merit (CONG_TRANG); an annulled award
     * (hủy bỏ, Law 2022 ch. VII) does not count.
     */
    public List<Integer> meritYears(Long personId, Long unitId, String awardTypeCode, int endingYear) {
        String recipient = personId != null ? "person_id = ?" : "unit_id = ?";
        return jdbc.sql("SELECT DISTINCT award_year FROM award_record WHERE " + recipient
                        + " AND award_type_code = ? AND commendation_kind = ? AND award_year <= ? AND annulled_on IS NULL")
                .params(personId != null ? personId : unitId, awardTypeCode, CommendationKind.CONG_TRANG.name(),
                        endingYear)
                .query(Integer.class).list();
    }
}

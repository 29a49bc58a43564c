package vn.tdkt.awarddecision;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.tdkt.registry.award.CommendationKind;
import vn.tdkt.workflow.RecordRows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Tables decision and decision_awardee. */
@Repository
public class DecisionRepository {

    /** Separates the lines of legal_bases. */
    static final String LINE_SEPARATOR = "\n";

    private static final String SELECT = "SELECT d.id, d.decision_number, d.sequence_number, d.issuing_year,"
            + " d.signed_on, d.signer_user_id, d.signer_name, d.signer_title, d.subject, d.award_type_code,"
            + " t.name AS award_type_name, t.category AS award_category, d.award_year, d.commendation_kind,"
            + " d.achievement_text, d.legal_bases, d.business_key, d.owner_unit_code, u.name AS owner_unit_name,"
            + " d.process_instance_id, d.created_at"
            + " FROM decision d JOIN award_type t ON t.code = d.award_type_code"
            + " LEFT JOIN org_unit u ON u.code = d.owner_unit_code";

    /** One column for each component of {@link DecisionSummary}, so that JdbcClient maps a row to it. */
    private static final String SELECT_SUMMARY = "SELECT d.id, d.decision_number AS number, d.issuing_year,"
            + " d.signed_on, d.signer_name, d.subject, d.award_type_code, t.name AS award_type_name, d.award_year,"
            + " d.commendation_kind, d.business_key, d.owner_unit_code,"
            + " (SELECT COUNT(*) FROM decision_awardee a WHERE a.decision_id = d.id) AS awardee_count,"
            + " EXISTS (SELECT 1 FROM decision_signed_original s WHERE s.decision_id = d.id) AS signed"
            + " FROM decision d JOIN award_type t ON t.code = d.award_type_code";

    private static final String SELECT_AWARDEES = "SELECT a.id, a.seq, p.code AS person_code, u.code AS unit_code,"
            + " a.display_name, a.position_and_unit, a.achievement_summary, a.award_record_id, p.gender,"
            + " a.register_year, a.register_seq"
            + " FROM decision_awardee a LEFT JOIN person p ON p.id = a.person_id"
            + " LEFT JOIN org_unit u ON u.id = a.unit_id WHERE a.decision_id = ? ORDER BY a.seq";

    private static final RowMapper<DecisionView.Awardee> AWARDEE = (rs, i) -> new DecisionView.Awardee(
            rs.getLong("id"), rs.getInt("seq"), rs.getString("person_code"), rs.getString("unit_code"),
            rs.getString("display_name"), rs.getString("position_and_unit"), rs.getString("achievement_summary"),
            rs.getObject("award_record_id", Long.class), rs.getString("gender"),
            DecisionWording.registerNumber(rs.getObject("register_year", Integer.class),
                    rs.getObject("register_seq", Integer.class)));

    /** A decision row without its awardees. */
    private static final RowMapper<DecisionView> HEADER = (rs, i) -> {
        CommendationKind kind = CommendationKind.valueOf(rs.getString("commendation_kind"));
        return new DecisionView(rs.getLong("id"), rs.getString("decision_number"), rs.getInt("sequence_number"),
                rs.getInt("issuing_year"), rs.getObject("signed_on", LocalDate.class), rs.getString("signer_user_id"),
                rs.getString("signer_name"), rs.getString("signer_title"), rs.getString("subject"),
                rs.getString("award_type_code"), rs.getString("award_type_name"), rs.getString("award_category"),
                rs.getInt("award_year"), kind.name(), kind.label(), rs.getString("achievement_text"),
                List.of(rs.getString("legal_bases").split(LINE_SEPARATOR)), rs.getString("business_key"),
                rs.getString("owner_unit_code"), rs.getString("owner_unit_name"), rs.getString("process_instance_id"),
                rs.getObject("created_at", LocalDateTime.class), List.of());
    };

    /** Values of a new decision. */
    public record NewDecision(DecisionNumber number, LocalDate signedOn, String signerUserId, String signerName,
                              String signerTitle, String subject, String awardTypeCode, int awardYear,
                              CommendationKind kind, String achievementText, List<String> legalBases,
                              String businessKey, String ownerUnitCode, String processInstanceId) { }

    /** Values of an awardee: exactly one of personId and unitId; its entry in the year's certificate register. */
    public record NewAwardee(long decisionId, int seq, Long personId, Long unitId, String displayName,
                             String positionAndUnit, String achievementSummary, long awardRecordId,
                             int registerYear, int registerSeq) { }

    private final JdbcClient jdbc;

    public DecisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewDecision d) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO decision (decision_number, sequence_number, issuing_year, signed_on, signer_user_id,"
                        + " signer_name, signer_title, subject, award_type_code, award_year, commendation_kind,"
                        + " achievement_text, legal_bases, business_key, owner_unit_code, process_instance_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.number().text(), d.number().sequence(), d.number().year(), d.signedOn(), d.signerUserId(),
                        d.signerName(), d.signerTitle(), d.subject(), d.awardTypeCode(), d.awardYear(),
                        d.kind().name(), d.achievementText(), String.join(LINE_SEPARATOR, d.legalBases()),
                        d.businessKey(), d.ownerUnitCode(), d.processInstanceId())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "the database returned no generated id").longValue();
    }

    public void insert(NewAwardee a) {
        jdbc.sql("INSERT INTO decision_awardee (decision_id, seq, person_id, unit_id, display_name, position_and_unit,"
                        + " achievement_summary, award_record_id, register_year, register_seq)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.decisionId(), a.seq(), a.personId(), a.unitId(), a.displayName(), a.positionAndUnit(),
                        a.achievementSummary(), a.awardRecordId(), a.registerYear(), a.registerSeq())
                .update();
    }

    public Optional<DecisionView> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = ?").param(id).query(HEADER).optional().map(this::withAwardees);
    }

    public Optional<DecisionView> findByNumber(int issuingYear, String number) {
        return jdbc.sql(SELECT + " WHERE d.issuing_year = ? AND d.decision_number = ?").params(issuingYear, number)
                .query(HEADER).optional().map(this::withAwardees);
    }

    public List<DecisionView> byBusinessKey(String businessKey) {
        return jdbc.sql(SELECT + " WHERE d.business_key = ? ORDER BY d.issuing_year, d.sequence_number")
                .param(businessKey).query(HEADER).list().stream().map(this::withAwardees).toList();
    }

    public List<DecisionSummary> listByYear(int issuingYear) {
        return jdbc.sql(SELECT_SUMMARY + " WHERE d.issuing_year = ? ORDER BY d.sequence_number").param(issuingYear)
                .query(RecordRows.of(DecisionSummary.class)).list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM decision").query(Long.class).single();
    }

    private DecisionView withAwardees(DecisionView header) {
        return header.withAwardees(jdbc.sql(SELECT_AWARDEES).param(header.id()).query(AWARDEE).list())
                .withSignedOriginal(signedOriginal(header.id()).orElse(null));
    }

    private static final String SELECT_ORIGINAL = "SELECT version, file_name, size_bytes, page_count, sha256,"
            + " recorded_by, recorded_by_name, recorded_at, replace_reason FROM decision_signed_original"
            + " WHERE decision_id = ? ORDER BY version DESC";

    /** The current (latest) signed original of a decision, without its content. */
    public Optional<DecisionView.SignedOriginal> signedOriginal(long decisionId) {
        return jdbc.sql(SELECT_ORIGINAL).param(decisionId).query(RecordRows.of(DecisionView.SignedOriginal.class)).list().stream()
                .findFirst();
    }

    /** The content of the current signed original. */
    public Optional<byte[]> signedOriginalContent(long decisionId) {
        return jdbc.sql("SELECT content FROM decision_signed_original WHERE decision_id = ? ORDER BY version DESC")
                .param(decisionId).query(byte[].class).list().stream().findFirst();
    }

    /** Values of a signed original to store as the given version. */
    public record NewSignedOriginal(long decisionId, int version, String fileName, long sizeBytes, int pageCount,
                                    String sha256, byte[] content, String recordedBy, String recordedByName,
                                    LocalDateTime recordedAt, String replaceReason) { }

    /** Stores a signed original; a concurrent recording of the same version fails with a DuplicateKeyException. */
    public void insert(NewSignedOriginal o) {
        jdbc.sql("INSERT INTO decision_signed_original (decision_id, version, file_name, size_bytes, page_count, sha256,"
                        + " content, recorded_by, recorded_by_name, recorded_at, replace_reason)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(o.decisionId(), o.version(), o.fileName(), o.sizeBytes(), o.pageCount(), o.sha256(),
                        o.content(), o.recordedBy(), o.recordedByName(), o.recordedAt(), o.replaceReason())
                .update();
    }
}

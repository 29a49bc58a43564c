package vn.tdkt.exemplar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.RecordRows;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** The model_example tables: examples, their pictures, the units that replicated them, follow-up reports. */
@Repository
public class ModelExampleRepository {

    /** One column for each component of {@link Example}, so that JdbcClient maps a row to it. */
    private static final String SELECT = """
            SELECT e.id, e.business_key, e.process_instance_id, e.movement_id, e.unit_id, u.code AS unit_code,
                   u.name AS unit_name, e.example_kind AS kind, e.title, e.subject_name, e.story, e.evidence,
                   e.public_summary, e.nurture_plan, e.nominee_code, e.status, e.proposed_by, e.created_at,
                   e.updated_at, e.published_at, e.withdrawn_at, e.withdraw_reason, e.commendation_key
              FROM model_example e JOIN org_unit u ON u.id = e.unit_id""";

    private final JdbcClient jdbc;

    public ModelExampleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One example as stored. */
    public record Example(long id, String businessKey, String processInstanceId, Long movementId, long unitId,
                          String unitCode, String unitName, ExampleKind kind, String title, String subjectName,
                          String story, String evidence, String publicSummary, String nurturePlan, String nomineeCode,
                          ExampleStatus status, String proposedBy, LocalDateTime createdAt, LocalDateTime updatedAt,
                          LocalDateTime publishedAt, LocalDateTime withdrawnAt, String withdrawReason,
                          String commendationKey) { }

    /** A picture without its bytes. */
    public record Picture(long id, long exampleId, String fileName, String contentType, long sizeBytes, String sha256,
                          String caption, String uploadedBy, LocalDateTime uploadedAt) { }

    /** A picture's bytes. */
    public record PictureContent(long id, long exampleId, String contentType, byte[] content) { }

    /** A unit that replicated the example. */
    public record Replication(String unitCode, String unitName, String note, String recordedBy,
                              LocalDateTime recordedAt) { }

    long insert(String businessKeyPrefix, long unitId, ExampleKind kind, String title, String subjectName,
                String story, String evidence, String proposedBy, String processInstanceId, Long movementId,
                LocalDateTime now) {
        // the key carries the id: insert with a provisional key, then name it
        String provisional = "TAM-" + java.util.UUID.randomUUID().toString().substring(0, 30);
        jdbc.sql("""
                        INSERT INTO model_example (business_key, process_instance_id, movement_id, unit_id, example_kind,
                          title, subject_name, story, evidence, status, proposed_by, created_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'DRAFT', ?, ?, ?)""")
                .params(provisional, processInstanceId, movementId, unitId, kind.name(), title, subjectName, story,
                        evidence, proposedBy, Timestamp.valueOf(now), Timestamp.valueOf(now)).update();
        long id = jdbc.sql("SELECT id FROM model_example WHERE business_key = ?").param(provisional)
                .query(Long.class).single();
        jdbc.sql("UPDATE model_example SET business_key = ? WHERE id = ?")
                .params(businessKeyPrefix + id, id).update();
        return id;
    }

    public Optional<Example> find(long id) {
        return jdbc.sql(SELECT + " WHERE e.id = ?").param(id).query(RecordRows.of(Example.class)).optional();
    }

    Example get(long id) {
        return find(id).orElseThrow(() -> Refusal.notFound("EXAMPLE_NOT_FOUND",
                "Không có gương điển hình số " + id + "."));
    }

    /** Examples of one unit, newest first. */
    List<Example> ofUnit(String unitCode) {
        return jdbc.sql(SELECT + " WHERE u.code = ? ORDER BY e.id DESC").param(unitCode)
                .query(RecordRows.of(Example.class)).list();
    }

    /** Every example, newest first. */
    List<Example> all() {
        return jdbc.sql(SELECT + " ORDER BY e.id DESC").query(RecordRows.of(Example.class)).list();
    }

    /** The examples the public may see, newest publication first. */
    public List<Example> published(int limit) {
        return jdbc.sql(SELECT + " WHERE e.status IN ('PUBLISHED', 'CLOSED') ORDER BY e.published_at DESC, e.id DESC")
                .query(RecordRows.of(Example.class)).list().stream().limit(limit).toList();
    }

    void updateContent(long id, ExampleKind kind, String title, String subjectName, String story, String evidence,
                       String nomineeCode, Long movementId, LocalDateTime now) {
        jdbc.sql("""
                        UPDATE model_example SET example_kind = ?, title = ?, subject_name = ?, story = ?, evidence = ?,
                          nominee_code = ?, movement_id = ?, updated_at = ? WHERE id = ?""")
                .params(kind.name(), title, subjectName, story, evidence, nomineeCode, movementId,
                        Timestamp.valueOf(now), id)
                .update();
    }

    void accept(long id, String nurturePlan, String publicSummary, LocalDateTime now) {
        jdbc.sql("UPDATE model_example SET nurture_plan = ?, public_summary = ?, updated_at = ? WHERE id = ?")
                .params(nurturePlan, publicSummary, Timestamp.valueOf(now), id).update();
    }

    /**
     * The one way a status changes: refused (409) unless the current status allows the move, so nothing reaches
     * {@link ExampleStatus#PUBLISHED} but from {@link ExampleStatus#ACCEPTED}.
     */
    void changeStatus(long id, ExampleStatus next, String actor, String reason, LocalDateTime now) {
        Example current = get(id);
        if (!current.status().canMoveTo(next)) {
            throw Refusal.conflict("EXAMPLE_STATUS", "Gương điển hình " + current.businessKey() + " đang ở trạng thái '"
                    + current.status().label() + "', không chuyển sang '" + next.label() + "' được.");
        }
        Timestamp at = Timestamp.valueOf(now);
        switch (next) {
            case PUBLISHED -> jdbc.sql("UPDATE model_example SET status = ?, published_at = ?, published_by = ?,"
                    + " updated_at = ? WHERE id = ? AND status = ?")
                    .params(next.name(), at, actor, at, id, current.status().name()).update();
            case WITHDRAWN -> jdbc.sql("UPDATE model_example SET status = ?, withdrawn_at = ?, withdrawn_by = ?,"
                    + " withdraw_reason = ?, updated_at = ? WHERE id = ? AND status = ?")
                    .params(next.name(), at, actor, reason, at, id, current.status().name()).update();
            default -> jdbc.sql("UPDATE model_example SET status = ?, updated_at = ? WHERE id = ? AND status = ?")
                    .params(next.name(), at, id, current.status().name()).update();
        }
    }

    void commendationStarted(long id, String proposalKey) {
        jdbc.sql("UPDATE model_example SET commendation_key = ? WHERE id = ?").params(proposalKey, id).update();
    }

    long insertPicture(long exampleId, String fileName, String contentType, String sha256, String caption,
                       byte[] content, String uploadedBy, LocalDateTime now) {
        jdbc.sql("""
                        INSERT INTO model_example_picture (example_id, file_name, content_type, size_bytes, sha256,
                          caption, content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(exampleId, fileName, contentType, (long) content.length, sha256, caption, content, uploadedBy,
                        Timestamp.valueOf(now)).update();
        return jdbc.sql("SELECT MAX(id) FROM model_example_picture WHERE example_id = ? AND sha256 = ?")
                .params(exampleId, sha256).query(Long.class).single();
    }

    /** Removes one picture of an example; false when the example has no such picture. */
    boolean deletePicture(long exampleId, long pictureId) {
        return jdbc.sql("DELETE FROM model_example_picture WHERE id = ? AND example_id = ?")
                .params(pictureId, exampleId).update() == 1;
    }

    public List<Picture> pictures(long exampleId) {
        return jdbc.sql("""
                        SELECT id, example_id, file_name, content_type, size_bytes, sha256, caption, uploaded_by,
                          uploaded_at FROM model_example_picture WHERE example_id = ? ORDER BY id""")
                .param(exampleId).query(RecordRows.of(Picture.class)).list();
    }

    public Optional<PictureContent> picture(long exampleId, long pictureId) {
        return jdbc.sql("SELECT id, example_id, content_type, content FROM model_example_picture"
                        + " WHERE id = ? AND example_id = ?").params(pictureId, exampleId)
                .query(RecordRows.of(PictureContent.class)).optional();
    }

    boolean replicated(long exampleId, long unitId) {
        return jdbc.sql("SELECT COUNT(*) FROM model_example_replication WHERE example_id = ? AND unit_id = ?")
                .params(exampleId, unitId).query(Integer.class).single() > 0;
    }

    void insertReplication(long exampleId, long unitId, String note, String recordedBy, LocalDateTime now) {
        jdbc.sql("INSERT INTO model_example_replication (example_id, unit_id, note, recorded_by, recorded_at)"
                        + " VALUES (?, ?, ?, ?, ?)")
                .params(exampleId, unitId, note, recordedBy, Timestamp.valueOf(now)).update();
    }

    public List<Replication> replications(long exampleId) {
        return jdbc.sql("""
                        SELECT u.code AS unit_code, u.name AS unit_name, r.note, r.recorded_by, r.recorded_at
                        FROM model_example_replication r JOIN org_unit u ON u.id = r.unit_id
                        WHERE r.example_id = ? ORDER BY r.recorded_at, r.id""")
                .param(exampleId).query(RecordRows.of(Replication.class)).list();
    }

    void insertFollowUp(long exampleId, String report, String reportedBy, LocalDateTime now) {
        jdbc.sql("INSERT INTO model_example_follow_up (example_id, report, reported_by, reported_at) VALUES (?, ?, ?, ?)")
                .params(exampleId, report, reportedBy, Timestamp.valueOf(now)).update();
    }

    int followUps(long exampleId) {
        return jdbc.sql("SELECT COUNT(*) FROM model_example_follow_up WHERE example_id = ?").param(exampleId)
                .query(Integer.class).single();
    }

    /** The unit's persons (active) for the choice of the person an example is about. */
    List<String[]> personsOf(long unitId) {
        return jdbc.sql("SELECT code, full_name, job_title FROM person WHERE unit_id = ? AND active = TRUE ORDER BY full_name")
                .param(unitId).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .list();
    }
}

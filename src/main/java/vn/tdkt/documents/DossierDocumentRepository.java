package vn.tdkt.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Table dossier_document. Listings never read the content column; only {@link #content} does. */
@Repository
public class DossierDocumentRepository {

    /** A stored row without its content; uploadedAt is the province's local time. */
    public record Row(long id, String businessKey, DocumentType type, String fileName, String contentType,
                      long sizeBytes, String sha256, String uploadedBy, LocalDateTime uploadedAt, int round,
                      Long replacedById) { }

    /** What one upload inserts. */
    public record NewDocument(String businessKey, DocumentType type, ValidatedUpload upload, String uploadedBy,
                              LocalDateTime uploadedAt, int round) { }

    /** One column for each component of {@link Row}, so that JdbcClient maps a row to it. */
    private static final String SELECT = "SELECT id, business_key, document_type AS type, file_name, content_type,"
            + " size_bytes, sha256, uploaded_by, uploaded_at, round, replaced_by_id FROM dossier_document";

    private final JdbcClient jdbc;

    public DossierDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewDocument d) {
        KeyHolder keys = new GeneratedKeyHolder();
        ValidatedUpload u = d.upload();
        jdbc.sql("INSERT INTO dossier_document (business_key, document_type, file_name, content_type, size_bytes,"
                        + " sha256, content, uploaded_by, uploaded_at, round) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.businessKey(), d.type().name(), u.fileName(), u.format().mimeType(), u.sizeBytes(),
                        u.sha256(), u.content(), d.uploadedBy(), d.uploadedAt(), d.round())
                .update(keys, "id");
        return Objects.requireNonNull(keys.getKey(), "the database returned no generated id").longValue();
    }

    /** Marks the dossier's other current documents of the type as replaced by the given one. */
    public int markReplaced(String businessKey, DocumentType type, long replacementId) {
        return jdbc.sql("UPDATE dossier_document SET replaced_by_id = ? WHERE business_key = ? AND document_type = ?"
                        + " AND replaced_by_id IS NULL AND id <> ?")
                .params(replacementId, businessKey, type.name(), replacementId).update();
    }

    public Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(RecordRows.of(Row.class)).optional();
    }

    /** The dossier's documents, current ones only or the whole history, in upload order. */
    public List<Row> list(String businessKey, boolean includeReplaced) {
        return jdbc.sql(SELECT + " WHERE business_key = ?" + (includeReplaced ? "" : " AND replaced_by_id IS NULL")
                        + " ORDER BY id")
                .param(businessKey).query(RecordRows.of(Row.class)).list();
    }

    public Optional<StoredFile> content(long id) {
        return jdbc.sql("SELECT id, business_key, file_name, content_type, sha256, content FROM dossier_document"
                        + " WHERE id = ?")
                .param(id).query(RecordRows.of(StoredFile.class)).optional();
    }
}

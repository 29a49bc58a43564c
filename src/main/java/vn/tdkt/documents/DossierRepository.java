package vn.tdkt.documents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.time.LocalDateTime;
import java.util.Optional;

/** Table dossier. */
@Repository
public class DossierRepository {

    /** One column for each component of {@link Dossier}, so that JdbcClient maps a row to it. */
    private static final String SELECT = "SELECT business_key, owner_unit_code, open_for_upload, current_round,"
            + " process_instance_id, created_at FROM dossier WHERE business_key = ?";

    private final JdbcClient jdbc;

    public DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Dossier> find(String businessKey) {
        return jdbc.sql(SELECT).param(businessKey).query(RecordRows.of(Dossier.class)).optional();
    }

    /** Reads the dossier and locks its row until the transaction ends, so uploads to it run one at a time. */
    public Optional<Dossier> lock(String businessKey) {
        return jdbc.sql(SELECT + " FOR UPDATE").param(businessKey).query(RecordRows.of(Dossier.class)).optional();
    }

    public void insert(String businessKey, String ownerUnitCode, String processInstanceId, LocalDateTime createdAt) {
        jdbc.sql("INSERT INTO dossier (business_key, owner_unit_code, open_for_upload, current_round,"
                        + " process_instance_id, created_at) VALUES (?, ?, TRUE, 1, ?, ?)")
                .params(businessKey, ownerUnitCode, processInstanceId, createdAt).update();
    }

    public void setProcessInstanceId(String businessKey, String processInstanceId) {
        jdbc.sql("UPDATE dossier SET process_instance_id = ? WHERE business_key = ?")
                .params(processInstanceId, businessKey).update();
    }

    public void setOpenForUpload(String businessKey, boolean open) {
        jdbc.sql("UPDATE dossier SET open_for_upload = ? WHERE business_key = ?").params(open, businessKey).update();
    }

    public void startNewRound(String businessKey) {
        jdbc.sql("UPDATE dossier SET current_round = current_round + 1, open_for_upload = TRUE WHERE business_key = ?")
                .param(businessKey).update();
    }
}

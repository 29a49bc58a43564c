package vn.tdkt.block.supervision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.workflow.RecordRows;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the supervising member did in a block's cycle (block_supervision_record), each row also in the audit chain. */
@Repository
public class SupervisionRecords {

    /** The steps of the supervision, as stored. */
    public enum Step {
        PACT("Dự ký kết giao ước thi đua"),
        MID_YEAR("Dự sơ kết 6 tháng"),
        PLAN("Kế hoạch kiểm tra, giám sát"),
        VISIT("Kiểm tra đơn vị"),
        URGE("Đôn đốc đơn vị chậm tự chấm điểm"),
        OPINION("Ý kiến về kết quả suy tôn");

        private final String label;

        Step(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Entry(String businessKey, Step step, String unitCode, String outcome, String remarks,
                        String recordedBy, Instant recordedAt) { }

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    public SupervisionRecords(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public void record(Entry e, String processInstanceId) {
        jdbc.sql("""
                INSERT INTO block_supervision_record (business_key, step, unit_code, outcome, remarks, recorded_by,
                recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(e.businessKey(), e.step().name(), e.unitCode(), e.outcome(), e.remarks(), e.recordedBy(),
                        Timestamp.from(e.recordedAt()))
                .update();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("step", e.step().name());
        details.put("outcome", e.outcome());
        if (e.unitCode() != null) {
            details.put("unit", e.unitCode());
        }
        if (e.remarks() != null) {
            details.put("remarks", e.remarks());
        }
        audit.record(AuditRecord.domain(AuditKind.BLOCK_SUPERVISION_RECORDED, e.recordedAt(), e.businessKey(),
                processInstanceId, e.recordedBy(), e.step().label(), details));
    }

    public List<Entry> of(String businessKey) {
        return jdbc.sql("""
                SELECT business_key, step, unit_code, outcome, remarks, recorded_by, recorded_at
                FROM block_supervision_record WHERE business_key = ? ORDER BY id""").param(businessKey)
                .query(RecordRows.of(Entry.class)).list();
    }

    /** The latest opinion on the cycle's suy tôn result, if given. */
    public Optional<Entry> opinion(String businessKey) {
        List<Entry> all = of(businessKey).stream().filter(e -> e.step() == Step.OPINION).toList();
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }
}

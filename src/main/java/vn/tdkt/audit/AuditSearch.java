package vn.tdkt.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.tdkt.refusal.Refusal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds proposals for an auditor by unit, person (name or code of a nominee), award, year and status. */
@Service
public class AuditSearch {

    /** Enough for a province's year; the page asks for a narrower search beyond it. */
    static final int MAX_RESULTS = 500;

    private final JdbcClient jdbc;
    private final AuditSealing sealing;
    private final ZoneId zone;
    /** Each proposal status with its label, in order (published by the proposal package). */
    private final Map<String, String> statuses;

    AuditSearch(JdbcClient jdbc, Clock clock, List<AuditCodeList> codeLists, AuditSealing sealing) {
        this.jdbc = jdbc;
        this.sealing = sealing;
        this.zone = clock.getZone();
        this.statuses = AuditCodeList.labels(codeLists, AuditCodeList.PROPOSAL_STATUS);
    }

    public record Criteria(String unit, String person, String award, Integer year, String status) { }

    private static final String SELECT = """
                SELECT p.business_key, p.process_instance_id, u.code AS unit_code, u.name AS unit_name,
                       p.award_type_code, a.name AS award_name, p.commendation_kind, p.period_year, p.status,
                       p.created_at, p.closed_at, p.decision_number
                FROM commendation_proposal p
                JOIN org_unit u ON u.id = p.unit_id
                JOIN award_type a ON a.code = p.award_type_code
                WHERE 1 = 1""";

    public List<AuditedProposal> search(Criteria c) {
        return search(c, MAX_RESULTS);
    }

    public List<AuditedProposal> search(Criteria c, int limit) {
        StringBuilder sql = new StringBuilder(SELECT);
        List<Object> params = new ArrayList<>();
        if (present(c.unit())) {
            sql.append(" AND (LOWER(u.code) = LOWER(?) OR LOWER(u.name) LIKE LOWER(?))");
            params.add(c.unit().strip());
            params.add("%" + c.unit().strip() + "%");
        }
        if (present(c.award())) {
            sql.append(" AND (LOWER(p.award_type_code) = LOWER(?) OR LOWER(a.name) LIKE LOWER(?))");
            params.add(c.award().strip());
            params.add("%" + c.award().strip() + "%");
        }
        if (c.year() != null) {
            if (c.year() < 1945 || c.year() > 2100) {
                throw Refusal.invalid("INVALID_YEAR", "Năm " + c.year() + " không hợp lệ (1945–2100).");
            }
            sql.append(" AND p.period_year = ?");
            params.add(c.year());
        }
        if (present(c.status())) {
            sql.append(" AND p.status = ?");
            params.add(status(c.status()));
        }
        if (present(c.person())) {
            // the leading space matters: a text block strips the indentation
            sql.append(" " + """
                     AND EXISTS (SELECT 1 FROM proposal_nominee n LEFT JOIN person pe ON pe.id = n.person_id
                                 WHERE n.business_key = p.business_key
                                   AND (LOWER(n.display_name) LIKE LOWER(?) OR LOWER(n.nominee_code) = LOWER(?)
                                        OR LOWER(pe.code) = LOWER(?)))""");
            params.add("%" + c.person().strip() + "%");
            params.add(c.person().strip());
            params.add(c.person().strip());
        }
        sql.append(" ORDER BY p.period_year DESC, p.business_key DESC");
        return run(sql.toString(), params, limit);
    }

    public Optional<AuditedProposal> find(String businessKey) {
        return run(SELECT + " AND p.business_key = ?", List.of(businessKey), 1).stream().findFirst();
    }

    private List<AuditedProposal> run(String sql, List<Object> params, int limit) {
        // what an auditor finds next is read from the chain: seal what is waiting first
        sealing.sealWaiting();
        List<Map<String, Object>> rows = jdbc.sql(sql).params(params).query().listOfRows();
        if (rows.size() > limit) {
            rows = rows.subList(0, limit);
        }
        Map<String, List<String>> nominees = nominees(rows.stream().map(r -> (String) r.get("business_key")).toList());
        return rows.stream().map(r -> {
            String status = (String) r.get("status");
            return new AuditedProposal((String) r.get("business_key"), (String) r.get("process_instance_id"),
                    (String) r.get("unit_code"), (String) r.get("unit_name"), (String) r.get("award_type_code"),
                    (String) r.get("award_name"), (String) r.get("commendation_kind"),
                    ((Number) r.get("period_year")).intValue(), status, label(status),
                    nominees.getOrDefault((String) r.get("business_key"), List.of()), time(r.get("created_at")),
                    time(r.get("closed_at")), (String) r.get("decision_number"));
        }).toList();
    }

    private Map<String, List<String>> nominees(List<String> keys) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int from = 0; from < keys.size(); from += 200) {
            List<String> chunk = keys.subList(from, Math.min(keys.size(), from + 200));
            String marks = String.join(", ", chunk.stream().map(k -> "?").toList());
            jdbc.sql("SELECT business_key, display_name FROM proposal_nominee WHERE business_key IN (" + marks
                            + ") ORDER BY business_key, seq").params(new ArrayList<>(chunk))
                    .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                    .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        }
        return result;
    }

    private String status(String text) {
        String status = text.strip().toUpperCase();
        if (!statuses.containsKey(status)) {
            throw Refusal.invalid("UNKNOWN_STATUS", "Trạng thái '" + text + "' không có. Các trạng thái: "
                    + String.join(", ", statuses.entrySet().stream().map(s -> s.getKey() + " (" + s.getValue() + ")")
                    .toList()) + ".");
        }
        return status;
    }

    private String label(String status) {
        return status == null ? null : statuses.getOrDefault(status, status);
    }

    private OffsetDateTime time(Object value) {
        return value instanceof Timestamp ts ? ts.toInstant().atZone(zone).toOffsetDateTime() : null;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}

package vn.tdkt.support;

import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the database holds, reduced to one comparable value per table, to show that a refused request changed
 * nothing: every table's row count; for the engine's tables with a revision column (runtime entities, byte arrays,
 * identity, authorizations) the ids with their revisions, so an update shows too; for the project's own tables
 * every row. Works on H2 and PostgreSQL. Tables written by the engine on its own (metrics) are left out. Before each
 * fingerprint the audit records already committed are sealed ({@code AuditLedger.sealWaiting}): the node's sealer
 * moves them from audit_pending into the chain just after their commit, which is no change made by the request
 * observed.
 */
public final class DatabaseFingerprint {

    private static final Set<String> VOLATILE = Set.of("act_ru_meter_log", "act_ru_task_meter_log", "act_ge_property",
            "flyway_schema_history");
    /** Append-only and large: count and last sequence are enough. */
    private static final Map<String, String> APPEND_ONLY = Map.of("audit_event", "seq");

    private final JdbcTemplate jdbc;
    private final Runnable sealWaitingAuditRecords;
    /** Table → the query whose rows make its detail (null: the count alone). */
    private final Map<String, String> detailQueries = new TreeMap<>();

    public DatabaseFingerprint(DataSource dataSource, Runnable sealWaitingAuditRecords) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.sealWaitingAuditRecords = sealWaitingAuditRecords;
        Map<String, List<String>> tables = tables(dataSource);
        tables.forEach((table, textColumns) -> {
            String lower = table.toLowerCase(Locale.ROOT);
            if (VOLATILE.contains(lower)) {
                return;
            }
            String query;
            String from = " FROM " + q(table);
            if (APPEND_ONLY.containsKey(lower)) {
                query = "SELECT MAX(" + APPEND_ONLY.get(lower) + ")" + from;
            } else if (lower.startsWith("act_")) {
                List<String> idRev = textColumns.stream().filter(c -> c.equalsIgnoreCase("ID_") || c.equalsIgnoreCase("REV_"))
                        .toList();
                query = idRev.size() == 2 ? "SELECT " + q(idRev.get(0)) + ", " + q(idRev.get(1)) + from : null;
            } else {
                // every column but binary ones (file contents): an update of any value shows
                query = textColumns.isEmpty() ? null : "SELECT " + String.join(", ",
                        textColumns.stream().map(DatabaseFingerprint::q).toList()) + from;
            }
            detailQueries.put(q(table), query);
        });
    }

    /** Table → its fingerprint. */
    public Map<String, String> take() {
        sealWaitingAuditRecords.run();
        Map<String, String> out = new TreeMap<>();
        detailQueries.forEach((table, query) -> {
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            String detail = query == null ? "" : digest(jdbc.queryForList(query).stream().map(DatabaseFingerprint::row)
                    .sorted().toList().toString());
            out.put(table.replace("\"", "").toLowerCase(Locale.ROOT), count + "/" + detail);
        });
        return out;
    }

    /** A quoted identifier, exactly as the database names it. */
    private static String q(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String row(Map<String, Object> row) {
        StringBuilder b = new StringBuilder();
        new TreeMap<>(row).forEach((k, v) -> b.append(k).append('=')
                .append(v instanceof byte[] bytes ? "bytes:" + bytes.length + ":" + java.util.Arrays.hashCode(bytes)
                        : String.valueOf(v)).append(';'));
        return b.toString();
    }

    /** The tables whose fingerprint differs, for a readable failure. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((t, v) -> {
            if (!v.equals(before.get(t))) {
                changed.add(t + ": " + before.get(t) + " → " + v);
            }
        });
        return changed;
    }

    /** Table → its columns that are not binary. */
    private static Map<String, List<String>> tables(DataSource dataSource) {
        Set<Integer> binary = Set.of(java.sql.Types.BLOB, java.sql.Types.BINARY, java.sql.Types.VARBINARY,
                java.sql.Types.LONGVARBINARY);
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            Map<String, List<String>> out = new TreeMap<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    out.put(rs.getString("TABLE_NAME"), new ArrayList<>());
                }
            }
            for (Map.Entry<String, List<String>> e : out.entrySet()) {
                try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), e.getKey(), "%")) {
                    while (rs.next()) {
                        if (!binary.contains(rs.getInt("DATA_TYPE"))) {
                            e.getValue().add(rs.getString("COLUMN_NAME"));
                        }
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8))).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

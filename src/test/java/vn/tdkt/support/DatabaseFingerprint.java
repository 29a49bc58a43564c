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
 * every row. Works on H2 and PostgreSQL. Tables written by the engine on its own (metrics) are left out.
 */
public final class DatabaseFingerprint {

    private static final Set<String> VOLATILE = Set.of("act_ru_meter_log", "act_ru_task_meter_log", "act_ge_property",
            "flyway_schema_history");
    /** Append-only and large: count and last sequence are enough. */
    private static final Map<String, String> APPEND_ONLY = Map.of("audit_event", "seq");

    private final JdbcTemplate jdbc;
    private final List<String> tables;

    public DatabaseFingerprint(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.tables = tables(dataSource);
    }

    /** Table → its fingerprint. */
    public Map<String, String> take() {
        Map<String, String> out = new TreeMap<>();
        for (String table : tables) {
            String lower = table.toLowerCase(Locale.ROOT);
            if (VOLATILE.contains(lower)) {
                continue;
            }
            Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
            String detail;
            if (APPEND_ONLY.containsKey(lower)) {
                detail = String.valueOf(jdbc.queryForObject("SELECT MAX(" + APPEND_ONLY.get(lower) + ") FROM " + table,
                        Object.class));
            } else if (lower.startsWith("act_")) {
                detail = hasColumn(table, "REV_") ? digest(jdbc.queryForList("SELECT ID_, REV_ FROM " + table
                        + " ORDER BY ID_").toString()) : "";
            } else {
                detail = digest(jdbc.queryForList("SELECT * FROM " + table).stream().map(DatabaseFingerprint::row)
                        .sorted().toList().toString());
            }
            out.put(lower, count + "/" + detail);
        }
        return out;
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

    private boolean hasColumn(String table, String column) {
        try {
            jdbc.queryForList("SELECT " + column + " FROM " + table + " WHERE 1 = 0");
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static List<String> tables(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> names = new ArrayList<>();
            try (ResultSet rs = meta.getTables(c.getCatalog(), c.getSchema(), "%", new String[]{"TABLE"})) {
                while (rs.next()) {
                    names.add(rs.getString("TABLE_NAME"));
                }
            }
            return names;
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

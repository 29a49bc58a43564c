package vn.tdkt.performance;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the JDBC statements a data source runs, by kind (SELECT, INSERT, UPDATE, DELETE) and first table, through
 * datasource-proxy. A batch counts each of its statements.
 */
final class StatementCounter implements QueryExecutionListener {

    private static final Pattern TABLE = Pattern.compile("(?is)\\b(?:from|into|update)\\s+([a-z_][a-z0-9_.]*)");

    private final Map<String, LongAdder> byKindAndTable = new ConcurrentHashMap<>();
    private final LongAdder total = new LongAdder();
    private final Map<String, String> keys = new ConcurrentHashMap<>();

    DataSource wrap(DataSource dataSource, String name) {
        return ProxyDataSourceBuilder.create(dataSource).name(name).listener(this).build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        // counted after, when the statement ran
    }

    @Override
    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
        for (QueryInfo query : queryInfoList) {
            int times = Math.max(1, query.getParametersList().size());
            total.add(times);
            // the key of a statement text is worked out once: the count must cost the measured run next to nothing
            String key = keys.computeIfAbsent(query.getQuery(), StatementCounter::key);
            byKindAndTable.computeIfAbsent(key, k -> new LongAdder()).add(times);
        }
    }

    static String key(String sql) {
        String trimmed = sql.strip();
        String kind = trimmed.split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        Matcher m = TABLE.matcher(trimmed);
        return kind + " " + (m.find() ? m.group(1).toLowerCase(Locale.ROOT) : "-");
    }

    void reset() {
        total.reset();
        byKindAndTable.clear();
    }

    long total() {
        return total.sum();
    }

    /** The most frequent statement kinds and tables, most first. */
    Map<String, Long> top(int n) {
        Map<String, Long> top = new LinkedHashMap<>();
        byKindAndTable.entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, LongAdder> e) -> e.getValue().sum()).reversed())
                .limit(n).forEach(e -> top.put(e.getKey(), e.getValue().sum()));
        return top;
    }
}

package vn.tdkt.ballot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * An onlooker with an administrator's and an auditor's rights who reads, after every single step of a vote, every
 * endpoint and every stored row that can say something about it — runtime and history of the engine, the user
 * operation log, the audit chain, the project's API, the minutes as PDF, the log — and writes down what he saw.
 * <p>Secrecy is then tested as non-interference: two runs of the same session in which the same members vote in
 * the same order and two members' ballots are swapped (the totals are the same) must look exactly alike to him, at
 * every step. If anything he can read depended on a choice — a running total, a partial count, a draft — the two
 * runs would differ at the step between the two swapped ballots. What legitimately differs between two runs (ids,
 * keys, times, codes, sealed bytes) is normalised away first; who has voted is the same in both runs by construction.
 */
public final class SecrecyObserver {

    /** What can be read: a label, and how to read it. */
    public interface Source {
        String label();

        String read(SecrecyObserver observer);
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{64}\\b");
    private static final Pattern ISO_TIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern VN_TIME = Pattern.compile("\\d{2}/\\d{2}/\\d{4}( \\d{2}:\\d{2}(:\\d{2})?)?");
    private static final Pattern LONG_DATE = Pattern.compile("ngày \\d{1,2} tháng \\d{1,2} năm \\d{4}");
    private static final Pattern PROPOSAL_KEY = Pattern.compile("DNKT-\\d{4}-\\d+");
    private static final Pattern NUMERIC_IDS = Pattern.compile(
            "\"(\\w*(Id|ID|id)|seq\\w*|sequence\\w*|duration\\w*|rev\\w*|size\\w*|priority)\"\\s*:\\s*\"?\\d+\"?");
    /** Flattened JSON: a value whose name says it is an id, a sequence, a duration, a revision or a time in ms. */
    private static final Pattern ID_PATH = Pattern.compile(
            "(\\.(\\w*(Id|ID|id)|seq\\w*|sequence\\w*|duration\\w*|rev\\w*|\\w*(Time|time|At|at)))=\\d+$");
    private static final Pattern LOG_PREFIX = Pattern.compile("(?m)^\\S+\\s+(INFO|WARN|ERROR|DEBUG|TRACE)\\s+\\d+\\s+---\\s+\\[[^]]*]\\s+\\[[^]]*]\\s+");

    private final TestRestTemplate rest;
    private final JdbcClient jdbc;
    private final CapturedOutput output;
    private final Map<String, String> runSpecific = new LinkedHashMap<>();
    private final List<Map<String, List<String>>> seen = new ArrayList<>();
    private final List<String> steps = new ArrayList<>();
    private int logMark;

    public SecrecyObserver(TestRestTemplate rest, JdbcClient jdbc, CapturedOutput output) {
        this.rest = rest;
        this.jdbc = jdbc;
        this.output = output;
        this.logMark = output.getAll().length();
    }

    /** A value particular to this run (a session key, a unit code…) and what it stands for in the notes. */
    public SecrecyObserver calls(String value, String placeholder) {
        if (value != null && !value.isEmpty()) {
            runSpecific.put(value, placeholder);
        }
        return this;
    }

    /** Reads every source after a step and writes down what it saw, normalised. */
    public void look(String step, List<Source> sources) {
        Map<String, List<String>> notes = new TreeMap<>();
        for (Source s : sources) {
            notes.put(normalise(s.label()), lines(s.read(this)));
        }
        String log = output.getAll();
        // the log is read as it grows: each look keeps what was written since the last one
        notes.put("log", lines(LOG_PREFIX.matcher(log.substring(Math.min(logMark, log.length()))).replaceAll("")));
        logMark = log.length();
        steps.add(step);
        seen.add(notes);
    }

    public List<String> steps() {
        return steps;
    }

    public List<Map<String, List<String>>> seen() {
        return seen;
    }

    // ------------------------------------------------------------------ sources

    public static Source get(String user, String url) {
        return new Source() {
            public String label() {
                return user + " GET " + url;
            }

            public String read(SecrecyObserver o) {
                ResponseEntity<byte[]> r = o.rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, byte[].class);
                byte[] body = r.getBody() == null ? new byte[0] : r.getBody();
                String content = body.length > 4 && new String(body, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")
                        ? pdfText(body) : new String(body, StandardCharsets.UTF_8);
                return r.getStatusCode().value() + " " + content;
            }
        };
    }

    /** Any other reading. */
    public static Source source(String label, java.util.function.Supplier<String> read) {
        return new Source() {
            public String label() {
                return label;
            }

            public String read(SecrecyObserver o) {
                return read.get();
            }
        };
    }

    /** Rows of the database, as an administrator of the database would read them between two votes. */
    public static Source rows(String label, String sql, Object... params) {
        return new Source() {
            public String label() {
                return "db " + label;
            }

            public String read(SecrecyObserver o) {
                List<String> rows = new ArrayList<>();
                o.jdbc.sql(sql).params(params).query((rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        row.append(rs.getMetaData().getColumnLabel(c).toLowerCase()).append('=')
                                .append(value(rs.getObject(c))).append(';');
                    }
                    return rows.add(row.toString());
                }).list();
                rows.sort(String::compareTo);
                return String.join("\n", rows);
            }
        };
    }

    /** A column's value as text: byte arrays and large objects read out (their handles differ between reads). */
    private static String value(Object v) {
        try {
            if (v instanceof byte[] b) {
                return new String(b, StandardCharsets.UTF_8);
            }
            if (v instanceof java.sql.Blob blob) {
                return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
            }
            if (v instanceof java.sql.Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
            return String.valueOf(v);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ normalising what legitimately differs

    /** What a read says, as sorted lines: JSON flattened to one line per value ("path=value"), text line by line. */
    List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = indexOfJson(text);
        JsonNode node = null;
        if (start >= 0) {
            try {
                node = JSON.readTree(text.substring(start));
            } catch (IOException notJson) {
                node = null;
            }
        }
        if (node != null) {
            lines.add(normalise(text.substring(0, start)));
            flatten("", node, lines);
        } else {
            for (String line : text.split("\\R")) {
                lines.add(normalise(line));
            }
        }
        lines.sort(String::compareTo);
        return lines;
    }

    private void flatten(String path, JsonNode node, List<String> lines) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                flatten(path + "." + f.getKey(), f.getValue(), lines);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                flatten(path + "[]", item, lines);
            }
        } else if (node.isTextual() && indexOfJson(node.asText()) == 0) {
            // a JSON document inside a string (a Json variable's value)
            List<String> inner = lines(node.asText());
            inner.forEach(l -> lines.add(normalise(path) + "»" + l));
        } else {
            lines.add(normalise(path + "=" + node.asText()));
        }
    }

    /**
     * The text with what legitimately differs between two runs replaced by placeholders. The run's own ids are named
     * first, then every id, hash, time, number of a row and sealed text is normalised, and only then the run's short
     * values (a block's four-letter tag, say) are named: a short value replaced first could fall inside an id, a hash
     * or a time of one run only (a tag "3a1f" inside a UUID), leave it unnormalised, and make the two runs differ in
     * a way that says nothing about the ballots.
     */
    String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        for (Map.Entry<String, String> e : runSpecific.entrySet()) {
            if (UUID.matcher(e.getKey()).matches()) {
                t = t.replace(e.getKey(), e.getValue());
            }
        }
        t = UUID.matcher(t).replaceAll("<id>");
        t = HASH.matcher(t).replaceAll("<hash>");
        t = ISO_TIME.matcher(t).replaceAll("<t>");
        t = VN_TIME.matcher(t).replaceAll("<t>");
        t = LONG_DATE.matcher(t).replaceAll("<ngày>");
        t = PROPOSAL_KEY.matcher(t).replaceAll("<hồ-sơ>");
        t = NUMERIC_IDS.matcher(t).replaceAll("\"$1\":<n>");
        t = ID_PATH.matcher(t).replaceAll("$1=<n>");
        t = t.replaceAll("\\b(\\w*_id|id|seq)=\\d+;", "$1=<n>;");
        // the size of a generated PDF follows the glyphs of the names printed in it (units of each run's own)
        t = t.replaceAll("\\(\\d+ (bytes|byte)", "(<n> $1");
        t = t.replaceAll("[A-Za-z0-9+/]{40,}={0,2}", "<niêm-phong>");
        for (Map.Entry<String, String> e : runSpecific.entrySet()) {
            if (!UUID.matcher(e.getKey()).matches()) {
                t = t.replace(e.getKey(), e.getValue());
            }
        }
        return t;
    }

    private static int indexOfJson(String text) {
        int brace = text.indexOf('{');
        int bracket = text.indexOf('[');
        if (brace < 0) {
            return bracket;
        }
        return bracket < 0 ? brace : Math.min(brace, bracket);
    }

    private static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            return "unreadable PDF";
        }
    }

    /**
     * The first difference between what two onlookers learnt, step by step, or null when they learnt the same. What
     * each learnt at a step is what changed since his first look (lines added, lines gone): the two runs may differ
     * in what was there before the vote began (their own proposals, units, numbers), never in what the vote changed.
     */
    public static String firstDifference(SecrecyObserver a, SecrecyObserver b) {
        if (!a.steps.equals(b.steps)) {
            return "the two runs took different steps: " + a.steps + " / " + b.steps;
        }
        for (int i = 1; i < a.seen.size(); i++) {
            for (String label : a.seen.get(i).keySet()) {
                List<String> x = a.change(label, i);
                List<String> y = b.change(label, i);
                if (y == null || !x.equals(y)) {
                    return "after step " + (i + 1) + " «" + a.steps.get(i) + "», " + label + " changed differently:\n  run 1: "
                            + x + "\n  run 2: " + y;
                }
            }
        }
        return null;
    }

    /**
     * Lines added since the first look, and how many of the first look's lines are gone, for one source. What is
     * gone was seen before the vote began (when the two runs may legitimately differ, in their own units or keys):
     * only how much of it went counts; anything the vote itself added is compared line by line for as long as it
     * is there.
     */
    private List<String> change(String label, int step) {
        List<String> before = seen.get(0).get(label);
        List<String> now = seen.get(step).get(label);
        if (before == null || now == null) {
            return null;
        }
        if (label.equals("log")) {
            return now.stream().filter(l -> !l.isBlank()).toList();
        }
        List<String> added = new ArrayList<>(now);
        before.forEach(added::remove);
        List<String> gone = new ArrayList<>(before);
        now.forEach(gone::remove);
        List<String> change = new ArrayList<>();
        added.forEach(l -> change.add("+ " + l));
        change.add("gone: " + gone.size());
        return change;
    }
}

package vn.tdkt.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values as a person reads them: dates and times as dd/MM/yyyy (HH:mm) in the province's time zone, yes/no as
 * "có/không", coded values by their labels, JSON lists and objects summarised in words (a nominee list by its names,
 * other lists by their number of rows), long texts shortened. Never "∅", never raw JSON or ISO timestamps.
 */
final class ValueWords {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final String EMPTY = "trống";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DATE_TIME_ZONED =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:?\\d{2})");
    private static final Pattern DATE_TIME_LOCAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final int TEXT_CHARS = 120;
    private static final int LIST_ITEMS = 5;

    /** Row fields that name the row: the first a list's rows have is how the timeline names them. */
    private static final List<String> NAME_FIELDS = List.of("nomineeName", "nominee", "candidateName", "displayName",
            "fullName", "memberName", "targetName", "unitName", "name");
    /** Row fields that identify the row, to pair the rows of a list before and after a change. */
    private static final List<String> ID_FIELDS = List.of("nomineeCode", "candidateCode", "userId", "unitCode", "code");
    /** Variables and fields holding a user's login: shown as that person's name. */
    private static final Set<String> USER_FIELDS = Set.of("initiator", "sessionInitiator", "decidedBy", "chairUserId",
            "ballotVoter", "voter", "userId", "voterIds", "writtenVoterIds");

    private final ZoneId zone;
    private final TimelineVocabulary vocabulary;

    ValueWords(ZoneId zone, TimelineVocabulary vocabulary) {
        this.zone = zone;
        this.vocabulary = vocabulary;
    }

    String time(Instant instant) {
        return DAY_TIME.format(instant.atZone(zone));
    }

    /** A moment as a day when it falls at midnight in the province, as day and time otherwise. */
    String moment(Instant instant) {
        ZonedDateTime t = instant.atZone(zone);
        return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(t) : DAY_TIME.format(t);
    }

    /** "Họ tên (login)", or "tài khoản login" for a login without a user. */
    String person(String userId) {
        if (userId == null || userId.isBlank()) {
            return "chưa có người";
        }
        String name = vocabulary.userName(userId);
        return name == null || name.isBlank() ? "tài khoản " + userId : name.strip() + " (" + userId + ")";
    }

    String group(String groupId) {
        if (groupId == null || groupId.isBlank()) {
            return "«không rõ nhóm»";
        }
        String name = vocabulary.groupName(groupId);
        return "«" + (name == null || name.isBlank() ? groupId : name.strip()) + "»";
    }

    // ---- names of data

    /** A variable as «its label» (its form's, else the timeline's own words), else as "dữ liệu nội bộ “name”". */
    String variable(String name, ProcessWords p) {
        if (name == null || name.isBlank()) {
            return "một dữ liệu không tên";
        }
        String label = p.label(name);
        if (label == null) {
            label = TimelineWords.VARIABLES.get(name);
        }
        return label != null ? "«" + label + "»" : "dữ liệu nội bộ “" + name + "”";
    }

    /** Whether the variable has a Vietnamese label (a form's or the timeline's own). */
    static boolean named(String name, ProcessWords p) {
        return p.label(name) != null || TimelineWords.VARIABLES.containsKey(name);
    }

    /** The label of field {@code field} of the rows of list {@code list}, {@code null} when nothing names it. */
    String rowField(String list, String field, ProcessWords p) {
        String label = p.label(list + "." + field);
        if (label == null) {
            label = TimelineWords.ROW_FIELDS.get(field);
        }
        if (label == null) {
            label = p.anyRowFieldLabel(field);
        }
        if (label == null) {
            label = p.label(field);
        }
        return label;
    }

    // ---- values

    /** A variable's value as the chain keeps it (text) of the engine's serializer {@code type}. */
    String stored(String type, Object value, String path, ProcessWords p) {
        if (value == null) {
            return EMPTY;
        }
        String text = String.valueOf(value);
        String t = type == null ? "" : type;
        switch (t) {
            case "boolean":
                return yesNo(Boolean.parseBoolean(text));
            case "date":
                return dateOrText(text, path, p);
            case "integer", "long", "short":
                return text;
            case "double":
                return number(text);
            case "file":
                return text.replaceAll(", SHA-256 [0-9a-f]+", "");
            case "bytes":
                return text.replaceAll("^\\[(\\d+) byte.*$", "dữ liệu nhị phân $1 byte");
            default:
                break;
        }
        JsonNode json = json(text);
        if (json != null && (json.isContainerNode() || t.contains("json"))) {
            return node(json, path, p);
        }
        return string(text, path, p);
    }

    /** A value inside JSON, a decision table's clause or a record's details. */
    String plain(Object value, String path, ProcessWords p) {
        if (value == null) {
            return EMPTY;
        }
        if (value instanceof Boolean b) {
            return yesNo(b);
        }
        if (value instanceof Number n) {
            return number(n.toString());
        }
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            return node(JSON.valueToTree(value), path, p);
        }
        return string(String.valueOf(value), path, p);
    }

    String node(JsonNode n, String path, ProcessWords p) {
        if (n == null || n.isNull() || n.isMissingNode()) {
            return EMPTY;
        }
        if (n.isBoolean()) {
            return yesNo(n.asBoolean());
        }
        if (n.isNumber()) {
            return number(n.asText());
        }
        if (n.isTextual()) {
            return string(n.asText(), path, p);
        }
        if (n.isArray()) {
            return list(n, path, p);
        }
        return object(n, path, p);
    }

    /** A text value: a date, a coded value's label, a step's name, a person, or the text itself (quoted, shortened). */
    String string(String s, String path, ProcessWords p) {
        if (s == null || s.isBlank()) {
            return EMPTY;
        }
        String v = s.strip();
        String date = date(v);
        if (date != null) {
            return date;
        }
        String label = code(v, path, p);
        if (label != null) {
            return "“" + label + "”";
        }
        if (p.hasElement(v) && p.stepName(v) != null) {
            return "«" + p.stepName(v) + "»";
        }
        if (v.equals(p.key()) && p.name() != null) {
            return "«" + p.name() + "»";
        }
        if (path != null && USER_FIELDS.contains(leaf(path)) && !v.contains(" ")) {
            return person(v);
        }
        if ("true".equals(v) || "false".equals(v)) {
            return yesNo(Boolean.parseBoolean(v));
        }
        return quote(v, TEXT_CHARS);
    }

    /**
     * The label of a coded value: the form field's own options first, then the province's codes and the timeline's
     * own words, and only then an option of another field of the process.
     */
    String code(String value, String path, ProcessWords p) {
        String label = path == null ? null : p.option(path, value);
        if (label == null && path != null && path.contains(".")) {
            label = p.option(leaf(path), value);
        }
        if (label == null && CODE.matcher(value).matches()) {
            label = vocabulary.code(value);
            if (label == null) {
                label = TimelineWords.CODES.get(value);
            }
            if (label == null) {
                // last: an option of another field (the same code may mean something else there)
                label = p.anyOption(value);
            }
        }
        return label;
    }

    /** A date or date-time in ISO form as dd/MM/yyyy (HH:mm) in the province's time; {@code null} if not one. */
    String date(String v) {
        try {
            if (DATE.matcher(v).matches()) {
                return DAY.format(LocalDate.parse(v));
            }
            if (DATE_TIME_ZONED.matcher(v).matches()) {
                return moment(OffsetDateTime.parse(v.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant());
            }
            if (DATE_TIME_LOCAL.matcher(v).matches()) {
                LocalDateTime t = LocalDateTime.parse(v);
                return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY.format(t) : DAY_TIME.format(t);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return null;
    }

    private String dateOrText(String v, String path, ProcessWords p) {
        String d = date(v);
        return d != null ? d : string(v, path, p);
    }

    String list(JsonNode array, String path, ProcessWords p) {
        int size = array.size();
        if (size == 0) {
            return "danh sách trống";
        }
        boolean rows = true;
        for (JsonNode e : array) {
            rows &= e.isObject();
        }
        if (rows) {
            String nameField = nameField(array);
            if (nameField == null) {
                return size + " dòng";
            }
            List<String> names = new ArrayList<>();
            for (JsonNode e : array) {
                names.add(e.path(nameField).asText("").strip());
            }
            return size + " " + noun(nameField) + ": " + firstOf(names, noun(nameField));
        }
        List<String> items = new ArrayList<>();
        for (JsonNode e : array) {
            items.add(unquoted(node(e, path, p)));
        }
        return size + " mục: " + firstOf(items, "mục");
    }

    String object(JsonNode object, String path, ProcessWords p) {
        List<String> parts = new ArrayList<>();
        boolean allNamed = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (f.getValue().isNull()) {
                continue;
            }
            String label = rowField(path == null ? "" : path, f.getKey(), p);
            if (label == null) {
                allNamed = false;
                break;
            }
            parts.add(label + ": " + node(f.getValue(), path == null ? f.getKey() : path + "." + f.getKey(), p));
        }
        if (!allNamed) {
            return object.size() + " mục thông tin";
        }
        return parts.isEmpty() ? EMPTY : String.join("; ", parts);
    }

    /**
     * What changed between two versions of a list of rows, row by row ("Nguyễn Văn A — Kết luận: “Đạt” → “Không
     * đạt”", "thêm …", "bỏ …"); {@code null} when they are not two lists of rows that can be paired.
     */
    List<String> rowChanges(String list, JsonNode before, JsonNode after, ProcessWords p) {
        if (before == null || after == null || !before.isArray() || !after.isArray()) {
            return null;
        }
        for (JsonNode r : before) {
            if (!r.isObject()) {
                return null;
            }
        }
        for (JsonNode r : after) {
            if (!r.isObject()) {
                return null;
            }
        }
        String id = idField(before, after);
        if (id == null && before.size() != after.size()) {
            return null;
        }
        Map<String, JsonNode> old = new LinkedHashMap<>();
        for (int i = 0; i < before.size(); i++) {
            old.put(id == null ? Integer.toString(i) : before.get(i).path(id).asText(), before.get(i));
        }
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            JsonNode row = after.get(i);
            String key = id == null ? Integer.toString(i) : row.path(id).asText();
            JsonNode was = old.remove(key);
            String name = rowName(was != null ? was : row, row, i);
            if (was == null) {
                changes.add("thêm " + name);
                continue;
            }
            List<String> fields = new ArrayList<>();
            for (Iterator<String> it = row.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!was.has(f) || Objects.equals(was.get(f), row.get(f)) || blank(was.get(f)) && blank(row.get(f))) {
                    continue;
                }
                String label = rowField(list, f, p);
                String path = list + "." + f;
                fields.add((label == null ? "một thông tin khác" : label) + ": " + node(was.get(f), path, p) + " → "
                        + node(row.get(f), path, p));
            }
            if (!fields.isEmpty()) {
                changes.add(name + " — " + String.join(", ", fields));
            }
        }
        int i = 0;
        for (JsonNode gone : old.values()) {
            changes.add("bỏ " + rowName(gone, gone, i++));
        }
        return changes;
    }

    /** Whether two stored values are the same (as JSON when both are JSON, so key order does not matter). */
    static boolean same(Object a, Object b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        JsonNode x = json(String.valueOf(a));
        JsonNode y = json(String.valueOf(b));
        return x != null && x.equals(y);
    }

    static JsonNode json(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || "[{\"".indexOf(t.charAt(0)) < 0) {
            return null;
        }
        try {
            return JSON.readTree(t);
        } catch (Exception e) {
            return null;
        }
    }

    /** A file size as a person says it: 58 byte, 25,5 KB, 1,2 MB. */
    static String size(Object bytes) {
        if (!(bytes instanceof Number n)) {
            return bytes == null ? "" : String.valueOf(bytes);
        }
        long b = n.longValue();
        if (b < 1024) {
            return b + " byte";
        }
        if (b < 1024 * 1024) {
            return decimal(b / 1024.0) + " KB";
        }
        return decimal(b / (1024.0 * 1024.0)) + " MB";
    }

    static String quote(String text, int max) {
        String one = text.strip().replaceAll("\\s*\\R\\s*", " / ").replaceAll("\\s{2,}", " ");
        return "“" + (one.length() <= max ? one : one.substring(0, max).strip() + "…") + "”";
    }

    static String yesNo(boolean b) {
        return b ? "có" : "không";
    }

    private static String number(String text) {
        try {
            BigDecimal d = new BigDecimal(text);
            return d.stripTrailingZeros().scale() <= 0 ? d.toBigInteger().toString()
                    : d.stripTrailingZeros().toPlainString().replace('.', ',');
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static String decimal(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d).replace('.', ',').replace(",0", "");
    }

    private static String firstOf(List<String> items, String noun) {
        if (items.size() <= LIST_ITEMS) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LIST_ITEMS)) + " và " + (items.size() - LIST_ITEMS) + " " + noun
                + " khác";
    }

    private static String noun(String nameField) {
        return switch (nameField) {
            case "nomineeName", "nominee", "candidateName", "displayName" -> "đối tượng";
            case "fullName", "memberName" -> "thành viên";
            case "targetName", "unitName" -> "đơn vị";
            default -> "dòng";
        };
    }

    private static String nameField(JsonNode rows) {
        for (String f : NAME_FIELDS) {
            boolean all = true;
            for (JsonNode r : rows) {
                all &= r.path(f).isTextual() && !r.path(f).asText().isBlank();
            }
            if (all) {
                return f;
            }
        }
        return null;
    }

    private static String idField(JsonNode before, JsonNode after) {
        for (String f : ID_FIELDS) {
            boolean all = true;
            for (JsonNode r : before) {
                all &= r.path(f).isTextual();
            }
            for (JsonNode r : after) {
                all &= r.path(f).isTextual();
            }
            if (all) {
                return f;
            }
        }
        return null;
    }

    private static String rowName(JsonNode named, JsonNode other, int index) {
        for (String f : NAME_FIELDS) {
            if (named.path(f).isTextual() && !named.path(f).asText().isBlank()) {
                return named.path(f).asText().strip();
            }
            if (other.path(f).isTextual() && !other.path(f).asText().isBlank()) {
                return other.path(f).asText().strip();
            }
        }
        for (String f : ID_FIELDS) {
            if (named.path(f).isTextual()) {
                return named.path(f).asText();
            }
        }
        return "dòng " + (index + 1);
    }

    private static boolean blank(JsonNode n) {
        return n == null || n.isNull() || n.isTextual() && n.asText().isBlank();
    }

    private static String leaf(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String unquoted(String s) {
        return s.length() >= 2 && s.startsWith("“") && s.endsWith("”") ? s.substring(1, s.length() - 1) : s;
    }
}

package vn.tdkt.formrules;

import org.camunda.spin.json.SpinJsonNode;
import vn.tdkt.format.TextRules;
import vn.tdkt.workflow.JsonVars;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the values a task or start form leaves in the process against the form's rules, the way Tasklist checks
 * them in the browser, so that a client calling the REST API directly gains nothing. Returns one Vietnamese
 * sentence per problem (empty when all is well).
 */
public final class FormRuleChecker {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{8,20}");

    private FormRuleChecker() {
    }

    /** @param variable the value of a variable as the task's execution sees it ({@code null} when absent) */
    public static List<String> check(FormRules rules, Function<String, Object> variable) {
        List<String> problems = new ArrayList<>();
        Map<String, List<FieldRule>> lists = new LinkedHashMap<>();
        for (FieldRule f : rules.fields()) {
            if (f.listPath() == null) {
                checkValue(f, variable.apply(f.key()), "«" + f.displayName() + "»", variable, problems);
            } else {
                lists.computeIfAbsent(f.listPath(), p -> new ArrayList<>()).add(f);
            }
        }
        lists.forEach((path, fields) -> {
            Object raw = variable.apply(path);
            if (raw == null) {
                return; // a list the task did not get: nothing to fill in
            }
            List<Map<String, Object>> items = JsonVars.listOfObjects(raw);
            String listName = "«" + fields.get(0).listLabel() + "»";
            if (items == null) {
                problems.add(listName + " phải là một danh sách các dòng.");
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                Map<String, Object> item = items.get(i);
                for (FieldRule f : fields) {
                    checkValue(f, item.get(f.key()), listName + " dòng " + (i + 1) + ", «" + f.displayName() + "»",
                            variable, problems);
                }
            }
        });
        return problems;
    }

    private static void checkValue(FieldRule f, Object value, String name, Function<String, Object> variable,
                                   List<String> problems) {
        if (missing(value)) {
            if (f.required()) {
                problems.add(name + " là bắt buộc.");
            } else if (value instanceof CharSequence s && TextRules.invisibleOnly(s)) {
                // empty to the eye but not to a later check that asks String.isBlank(): refused, not passed on
                problems.add(name + " chỉ gồm ký tự vô hình (khoảng trắng không độ rộng…): hãy ghi nội dung hoặc để trống.");
            }
            return;
        }
        switch (f.type()) {
            case "number" -> checkNumber(f, value, name, problems);
            case "checkbox" -> {
                if (!(value instanceof Boolean) && !"true".equals(value) && !"false".equals(value)) {
                    problems.add(name + " phải là có hoặc không (true/false).");
                } else if (f.required() && !Boolean.parseBoolean(String.valueOf(value))) {
                    problems.add(name + " phải được đánh dấu.");
                }
            }
            case "select", "radio" -> checkChoice(f, List.of(value), name, variable, problems);
            case "checklist", "taglist" -> {
                Object list = value instanceof SpinJsonNode json && json.isArray()
                        ? json.elements().stream().map(e -> e.isString() ? e.stringValue() : e.toString()).toList()
                        : value;
                if (!(list instanceof Collection<?> chosen)) {
                    problems.add(name + " phải là một danh sách lựa chọn.");
                } else {
                    if (f.required() && chosen.isEmpty()) {
                        problems.add(name + " là bắt buộc.");
                    }
                    checkChoice(f, chosen, name, variable, problems);
                }
            }
            case "datetime" -> checkDate(f, value, name, problems);
            default -> checkText(f, value, name, problems);
        }
    }

    private static void checkNumber(FieldRule f, Object value, String name, List<String> problems) {
        BigDecimal n;
        try {
            n = value instanceof Number number ? new BigDecimal(number.toString()) : new BigDecimal(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            problems.add(name + " phải là một số (đã nhận \"" + shorten(value) + "\").");
            return;
        }
        if (f.decimalDigits() != null && n.stripTrailingZeros().scale() > Math.max(0, f.decimalDigits())) {
            problems.add(name + (f.decimalDigits() <= 0 ? " phải là số nguyên" : " chỉ có tối đa " + f.decimalDigits()
                    + " chữ số thập phân") + " (đã nhận " + n.toPlainString() + ").");
            return;
        }
        if (f.min() != null && n.compareTo(BigDecimal.valueOf(f.min())) < 0) {
            problems.add(name + " không được nhỏ hơn " + plain(f.min()) + " (đã nhận " + n.toPlainString() + ").");
        }
        if (f.max() != null && n.compareTo(BigDecimal.valueOf(f.max())) > 0) {
            problems.add(name + " không được lớn hơn " + plain(f.max()) + " (đã nhận " + n.toPlainString() + ").");
        }
    }

    private static void checkChoice(FieldRule f, Collection<?> chosen, String name, Function<String, Object> variable,
                                    List<String> problems) {
        List<String> allowed = f.allowedValues();
        if (allowed.isEmpty() && f.valuesKey() != null) {
            allowed = dynamicValues(variable.apply(f.valuesKey()));
        }
        if (allowed.isEmpty()) {
            return; // options the process computes and checks itself
        }
        for (Object c : chosen) {
            if (!allowed.contains(String.valueOf(c))) {
                problems.add(name + ": \"" + shorten(c) + "\" không phải một lựa chọn của biểu mẫu.");
            }
        }
    }

    private static List<String> dynamicValues(Object options) {
        List<String> values = new ArrayList<>();
        List<Map<String, Object>> objects = JsonVars.listOfObjects(options);
        if (objects != null) {
            objects.forEach(o -> values.add(String.valueOf(o.get("value"))));
        } else if (options instanceof Collection<?> plain) {
            plain.forEach(o -> values.add(String.valueOf(o)));
        }
        return values;
    }

    private static void checkDate(FieldRule f, Object value, String name, List<String> problems) {
        if (value instanceof Date) {
            return;
        }
        String text = String.valueOf(value).strip();
        try {
            if ("time".equals(f.dateSubtype())) {
                java.time.LocalTime.parse(text.length() > 5 && text.charAt(5) != ':' ? text.substring(0, 5) : text);
            } else if (text.length() <= 10) {
                LocalDate.parse(text);
            } else if (!tryParseDateTime(text)) {
                throw new DateTimeParseException("not a date-time", text, 0);
            }
        } catch (DateTimeParseException e) {
            problems.add(name + " phải là ngày hợp lệ dạng năm-tháng-ngày (đã nhận \"" + shorten(value) + "\").");
        }
    }

    private static boolean tryParseDateTime(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            try {
                LocalDateTime.parse(text);
                return true;
            } catch (DateTimeParseException e2) {
                return false;
            }
        }
    }

    private static void checkText(FieldRule f, Object value, String name, List<String> problems) {
        if (!(value instanceof CharSequence)) {
            problems.add(name + " phải là văn bản.");
            return;
        }
        String text = value.toString();
        var bad = TextRules.problem(text);
        if (bad.isPresent()) {
            problems.add(name + " chứa " + bad.get() + ": chỉ nhận chữ, số, dấu câu, khoảng trắng và xuống dòng.");
            return;
        }
        int length = text.codePointCount(0, text.length());
        if (f.minLength() != null && length < f.minLength()) {
            problems.add(name + " phải có ít nhất " + f.minLength() + " ký tự (hiện có " + length + ").");
        }
        if (f.maxLength() != null && length > f.maxLength()) {
            problems.add(name + " không được dài quá " + f.maxLength() + " ký tự (hiện có " + length + ").");
        }
        if (f.pattern() != null) {
            try {
                // form-js tests the pattern as a JavaScript RegExp does: anywhere in the text unless anchored
                if (!Pattern.compile(f.pattern()).matcher(text).find()) {
                    problems.add(name + " không đúng định dạng yêu cầu.");
                }
            } catch (PatternSyntaxException e) {
                // a pattern Java cannot read is the form's problem, not the user's: the model check reports it
            }
        }
        if ("email".equals(f.validationType()) && !EMAIL.matcher(text.strip()).matches()) {
            problems.add(name + " phải là một địa chỉ thư điện tử.");
        }
        if ("phone".equals(f.validationType()) && !PHONE.matcher(text.strip()).matches()) {
            problems.add(name + " phải là một số điện thoại.");
        }
    }

    /** Absent, or text that shows nothing (spaces, zero-width characters): a required field so filled is missing. */
    static boolean missing(Object value) {
        return value == null || value instanceof CharSequence s && TextRules.visiblyEmpty(s);
    }

    private static String plain(Double d) {
        return Objects.equals(d, Math.rint(d)) ? Long.toString(d.longValue()) : d.toString();
    }

    private static String shorten(Object value) {
        String s = String.valueOf(value);
        return s.length() > 60 ? s.substring(0, 57) + "…" : s;
    }
}

package vn.tdkt.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a readable sentence of the timeline must never contain: the engine's English words, "∅", JSON, raw ids,
 * coded values or ISO timestamps. Used on a whole proposal's timeline (unit test on a recorded one, integration
 * test on a live one).
 */
final class ReadableChecks {

    /** Case-sensitive: the engine's words as the raw records and the old one-line summaries show them. */
    static final List<String> ENGINE_WORDS = List.of("Task", "Claim", "Complete", "delete", "Delete", "userTask",
            "exclusiveGateway", "serviceTask", "businessRuleTask", "Gateway", "Event", "ProcessInstance", "Variable",
            "SetVariable", "Assign", "Suspend", "Activate", "Create", "Update", "update", "create", "assignee",
            "candidate", "null", "true", "false", "Rule_", "eventType", "activityId", "∅", "{", "}", "[", "]",
            "dữ liệu nội bộ");

    private static final List<Pattern> RAW = List.of(
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}"),                          // an ISO date or timestamp
            Pattern.compile("\\d{2}:\\d{2}:\\d{2}"),                          // a time with seconds
            Pattern.compile("\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"),                // a coded value (CSTD_TINH, NOT_AWARDED)
            Pattern.compile("\\b(PENDING|DECIDED|APPROVE|ACCEPT|CONCLUDE|DONE|RETURN)\\b"),
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-"));          // an engine id

    private ReadableChecks() {
    }

    /** Every offending word or pattern in the text, empty when it reads clean. */
    static List<String> offences(String text) {
        List<String> found = new ArrayList<>();
        for (String w : ENGINE_WORDS) {
            if (text.contains(w)) {
                found.add(w);
            }
        }
        for (Pattern p : RAW) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }
}

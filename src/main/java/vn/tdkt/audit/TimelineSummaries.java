package vn.tdkt.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-line Vietnamese summary of each kind of timeline row. */
final class TimelineSummaries {

    private TimelineSummaries() {
    }

    @SuppressWarnings("unchecked")
    static String summary(AuditKind kind, String subject, String actor, Map<String, Object> d,
                          List<String> candidateGroups) {
        return switch (kind) {
            case PROCESS_STARTED -> "Khởi tạo " + subject + (actor == null ? "" : " bởi " + actor);
            case PROCESS_ENDED -> "Kết thúc " + subject + opt(", lý do: ", d.get("deleteReason"));
            case PROCESS_UPDATED -> subject + ": " + text(d.get("change")) + opt(", trạng thái ", d.get("state"));
            case ACTIVITY_STARTED -> "Bắt đầu: " + subject + " (" + text(d.get("activityType")) + ")";
            case ACTIVITY_ENDED -> "Kết thúc: " + subject + " (" + text(d.get("activityType")) + ")"
                    + (Boolean.TRUE.equals(d.get("canceled")) ? ", bị hủy" : "");
            case TASK_CREATED -> "Nhiệm vụ \"" + subject + "\"" + (candidateGroups.isEmpty() ? ""
                    : "; nhóm xử lý: " + String.join(", ", candidateGroups)) + opt("; giao cho ", d.get("assignee"))
                    + opt("; hạn ", d.get("dueDate")) + "; ưu tiên " + text(d.get("priority"));
            case TASK_UPDATED -> "Nhiệm vụ \"" + subject + "\" cập nhật" + opt(": người xử lý ", d.get("assignee"))
                    + opt("; hạn ", d.get("dueDate"));
            case TASK_COMPLETED -> "Nhiệm vụ \"" + subject + "\" hoàn thành" + (actor == null ? "" : " bởi " + actor)
                    + opt(" (người xử lý ", d.get("assignee"), ")");
            case TASK_DELETED -> "Nhiệm vụ \"" + subject + "\" bị hủy" + opt(": ", d.get("deleteReason"));
            case IDENTITY_LINK_ADDED, IDENTITY_LINK_REMOVED -> link(kind, d);
            case VARIABLE_CREATED -> subject + " = " + text(d.get("value"));
            case VARIABLE_UPDATED -> subject + ": " + text(d.get("oldValue")) + " → " + text(d.get("value"));
            case VARIABLE_DELETED -> "Xóa " + subject + opt(" (giá trị cuối: ", d.get("oldValue"), ")");
            case DECISION_EVALUATED -> decision(subject, (Map<String, Object>) d.get("decision"),
                    (List<Map<String, Object>>) d.get("requiredDecisions"));
            case USER_OPERATION -> text(d.get("operationType")) + " " + text(d.get("entityType"))
                    + opt(": ", d.get("property")) + (d.containsKey("orgValue") || d.containsKey("newValue")
                    ? " " + text(d.get("orgValue")) + " → " + text(d.get("newValue")) : "")
                    + (actor == null ? "" : " (bởi " + actor + ")");
            case INCIDENT -> subject + opt(": ", d.get("message"));
            case TIMER_OR_JOB -> subject + opt(", hạn ", d.get("dueDate")) + opt(": ", d.get("exceptionMessage"));
            case COMMENT -> (actor == null ? "" : actor + ": ") + text(d.get("message"));
            case DOCUMENT_UPLOADED -> subject + " (" + text(d.get("documentType")) + ", " + text(d.get("sizeBytes"))
                    + " byte, SHA-256 " + text(d.get("sha256")) + ", lần nộp " + text(d.get("round")) + ")";
            case DOCUMENT_DELETED -> subject + " (" + text(d.get("documentType")) + ", SHA-256 " + text(d.get("sha256"))
                    + ")" + opt(", lý do: ", d.get("reason")) + (actor == null ? "" : " (bởi " + actor + ")");
            case STAGE_OUTCOME -> subject + opt(" — ", d.get("note"));
            case COUNCIL_RESULT -> "Biên bản " + text(d.get("minutesRef")) + ": "
                    + ((List<Map<String, Object>>) d.getOrDefault("totals", List.of())).stream()
                    .map(t -> text(t.get("nominee")) + " " + text(t.get("yesVotes")) + "/" + text(t.get("totalMembers"))
                            + " phiếu đồng ý — " + (Boolean.TRUE.equals(t.get("passed")) ? "đạt" : "không đạt"))
                    .collect(Collectors.joining("; "));
            case ELIGIBILITY_ASSESSED -> "Xét theo quy định có hiệu lực ngày " + text(d.get("judgedOn")) + ": "
                    + ((List<Map<String, Object>>) d.getOrDefault("nominees", List.of())).stream()
                    .map(n -> text(n.get("nominee")) + " — " + text(n.get("result")))
                    .collect(Collectors.joining("; "));
            case DECISION_ISSUED -> subject + " ngày " + text(d.get("signedOn")) + ", người ký " + text(d.get("signer"))
                    + ", khen " + String.join(", ", (List<String>) d.getOrDefault("awardees", List.of()));
            case DECISION_SIGNED_ORIGINAL_RECORDED -> subject + ": bản chính đã ký " + text(d.get("fileName")) + " ("
                    + text(d.get("pages")) + " trang, SHA-256 " + text(d.get("sha256")) + ")"
                    + opt(", thay bản có SHA-256 ", d.get("replacedSha256")) + opt(", lý do: ", d.get("reason"))
                    + (actor == null ? "" : " (bởi " + actor + ")");
            case REGISTER_NUMBER_TAKEN -> "Số " + subject + " ngày " + text(d.get("issuedOn")) + ": "
                    + text(d.get("subject")) + (Boolean.TRUE.equals(d.get("fromPaper")) ? " (số lấy trên sổ giấy)" : "")
                    + (actor == null ? "" : " (bởi " + actor + ")");
            case SUBSTITUTE_NAMED -> text(d.get("userId")) + " vắng mặt từ " + text(d.get("fromDate")) + " đến "
                    + text(d.get("toDate")) + ", người thay thế " + text(d.get("substituteId"))
                    + opt(", lý do: ", d.get("reason")) + (actor == null ? "" : " (bởi " + actor + ")");
            case SUBSTITUTION_CANCELLED -> "Hủy ủy quyền số " + text(d.get("substitutionId")) + " của "
                    + text(d.get("userId")) + " cho " + text(d.get("substituteId"))
                    + (actor == null ? "" : " (bởi " + actor + ")");
            case TASK_REROUTED_TO_SUBSTITUTE -> "Nhiệm vụ \"" + subject + "\" chuyển cho " + text(d.get("substituteId"))
                    + " thay " + text(d.get("absentUserId")) + " đang vắng mặt ("
                    + ("assignee".equals(d.get("via")) ? "giao việc" : "candidateUser".equals(d.get("via"))
                    ? "thêm người xử lý" : "thêm người xử lý, thay thành viên nhóm " + text(d.get("via")))
                    + ", ủy quyền số " + text(d.get("substitutionId")) + ")";
            case LOGIN_FAILED -> "Đăng nhập sai vào tài khoản '" + subject + "' từ " + text(d.get("source"));
            case LOGIN_HELD_BACK -> "Tạm chặn đăng nhập " + text(d.get("scope")) + " đến " + text(d.get("until"));
            case LOGIN_LOCK_LIFTED -> "Mở khóa đăng nhập của " + subject + (actor == null ? "" : " bởi " + actor);
            case STALE_CLAIM_RELEASED -> "Nhiệm vụ \"" + subject + "\" do " + text(d.get("assignee"))
                    + " nhận từ " + text(d.get("untouchedSince")) + " được trả lại nhóm xử lý (quá "
                    + text(d.get("maxAge")) + " không xử lý)";
            case MOVEMENT_LAUNCHED, MOVEMENT_PARTICIPATION, MOVEMENT_REVIEWED -> subject + opt(": ", d.get("what"))
                    + (actor == null ? "" : " (bởi " + actor + ")");
            case STATISTICS_REPORT_STARTED, STATISTICS_REPORT_RETURNED, STATISTICS_REPORT_APPROVED,
                    REVOCATION_STARTED, REVOCATION_REVIEWED, REVOCATION_REFUSED, REVOCATION_ANNULLED,
                    REVOCATION_PROPOSAL_FLAGGED, REVOCATION_RECOVERY, REVOCATION_RECOVERY_OVERDUE,
                    REVOCATION_COMPLETED -> subject + opt(": ", d.get("what")) + (actor == null ? "" : " (bởi " + actor + ")");
            case BLOCK_SUPERVISOR_ASSIGNED -> text(d.get("supervisor")) + " phụ trách khối " + text(d.get("block"))
                    + " năm " + text(d.get("year")) + ", nhiệm kỳ " + text(d.get("termFrom")) + " – "
                    + text(d.get("termTo")) + (actor == null ? "" : " (bởi " + actor + ")");
            case BLOCK_SUPERVISION_RECORDED -> subject + ": " + text(d.get("outcome"))
                    + opt(", đơn vị ", d.get("unit")) + opt(", ý kiến: ", d.get("remarks"))
                    + (actor == null ? "" : " (bởi " + actor + ")");
        };
    }

    private static String link(AuditKind kind, Map<String, Object> d) {
        boolean added = kind == AuditKind.IDENTITY_LINK_ADDED;
        String type = text(d.get("type"));
        if (d.get("groupId") != null) {
            return (added ? "Thêm" : "Bỏ") + " nhóm xử lý " + d.get("groupId") + " (" + type + ")";
        }
        String by = d.get("assignerId") == null ? "" : " (thao tác bởi " + d.get("assignerId") + ")";
        if ("assignee".equals(type)) {
            return (added ? "Giao/nhận việc: " : "Bỏ giao việc: ") + text(d.get("userId")) + by;
        }
        return (added ? "Thêm " : "Bỏ ") + type + " " + text(d.get("userId")) + by;
    }

    @SuppressWarnings("unchecked")
    private static String decision(String subject, Map<String, Object> root, List<Map<String, Object>> required) {
        StringBuilder s = new StringBuilder(subject == null ? "" : subject);
        if (required != null) {
            for (Map<String, Object> r : required) {
                s.append(" | ").append(text(r.get("key"))).append(": ").append(rules(r));
            }
        }
        if (root != null) {
            s.append(" | vào ").append(text(root.get("inputs"))).append(" → ra ").append(rules(root));
        }
        return s.toString();
    }

    @SuppressWarnings("unchecked")
    private static String rules(Map<String, Object> decision) {
        List<Map<String, Object>> matched = (List<Map<String, Object>>) decision.getOrDefault("matchedRules", List.of());
        if (matched.isEmpty()) {
            return "không quy tắc nào khớp";
        }
        // "Rule_2: needsCouncil=true, voteType=CSTD_TINH; Rule_5: …"
        return matched.stream().map(rule -> rule.get("ruleId") + ": " + rule.entrySet().stream()
                        .filter(e -> !"ruleId".equals(e.getKey()) && !"ruleOrder".equals(e.getKey()))
                        .map(e -> e.getKey() + "=" + text(e.getValue())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
    }

    private static String opt(String prefix, Object value) {
        return value == null ? "" : prefix + value;
    }

    private static String opt(String prefix, Object value, String suffix) {
        return value == null ? "" : prefix + value + suffix;
    }

    static String text(Object value) {
        return value == null ? "∅" : String.valueOf(value);
    }
}

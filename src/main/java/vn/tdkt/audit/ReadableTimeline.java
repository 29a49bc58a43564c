package vn.tdkt.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a proposal's timeline as a person would tell it: one Vietnamese sentence per record, saying who did what on
 * which step with which values, in the words of the deployed process and its forms. Records that tell a person
 * nothing the neighbouring sentences do not (a gateway without a name, an activity's start next to its task, a
 * variable written again with the same value, the engine's own echo of a task completion) are marked technical:
 * the page hides them unless asked, and they stay in the raw record and the exports.
 *
 * <p>Plain Java: the names come from a {@link TimelineVocabulary}. The sentences hold what the records hold and
 * nothing else; the records of a secret ballot never hold a ballot, so neither do the sentences.
 */
final class ReadableTimeline {

    /** One record of the chain, its details parsed (a changed variable's previous value added as oldValue). */
    record Event(long seq, Instant occurredAt, AuditKind kind, String actor, String subject, String processInstanceId,
                 Map<String, Object> details) {
    }

    /**
     * @param actorName who: "Họ tên (login)" or "Hệ thống"
     * @param step      the step's name in the process model, when the record is about one
     * @param sentence  the whole event as one Vietnamese sentence
     * @param technical whether it tells a person nothing the other sentences do not
     */
    record Readable(String actorName, String step, String sentence, boolean technical) {
    }

    static final String SYSTEM = "Hệ thống";
    /** Operations whose variables a person entered (a completed task's form, an administrator's change). */
    private static final Set<String> USER_INPUT = Set.of("Complete", "Resolve", "SetVariable", "SetVariables",
            "ModifyVariable", "RemoveVariable", "CorrelateMessage");
    private static final int NEAR = 4;
    private static final Pattern COUNCIL_OUTCOME = Pattern.compile("(\\d+)/(\\d+) THONG_QUA");

    private final TimelineVocabulary vocabulary;
    private final ValueWords values;

    ReadableTimeline(TimelineVocabulary vocabulary, ZoneId zone) {
        this.vocabulary = vocabulary;
        this.values = new ValueWords(zone, vocabulary);
    }

    List<Readable> read(List<Event> events) {
        return new Reader(events).read();
    }

    String time(Instant instant) {
        return values.time(instant);
    }

    /** The definition an engine record names, or the last one its instance (or the timeline) was seen with. */
    private record Definition(String key, Integer version) { }

    /** What the timeline knows of a task so far. */
    private static final class TaskState {
        String definitionKey;
        Definition definition;
        String name;
        int createdAt = Integer.MAX_VALUE;
        String assignee;
        String dueDate;
        String followUpDate;
        Object priority;
        String owner;
        final List<String> groups = new ArrayList<>();
        final List<String> users = new ArrayList<>();
    }

    private final class Reader {
        private final List<Event> events;
        private final Map<String, TaskState> tasks = new HashMap<>();
        private final Map<String, Definition> definitionOf = new HashMap<>();
        /** Each instance's definition as its first record naming one gives it (its PROCESS_STARTED, since 2026-12). */
        private final Map<String, Definition> firstDefinitionOf = new HashMap<>();
        private boolean[] enteredByUser;
        private final Map<String, String> stateOf = new HashMap<>();
        private final Set<String> operationsSeen = new HashSet<>();
        private Definition lastDefinition;

        Reader(List<Event> events) {
            this.events = events;
        }

        List<Readable> read() {
            learnDefinitions();
            learnTasks();
            learnUserInput();
            List<Readable> out = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                Definition def = definition(e);
                ProcessWords p = def == null ? ProcessWords.NONE : vocabulary.process(def.key(), def.version());
                Readable r;
                try {
                    r = sentence(i, e, p);
                } catch (RuntimeException unexpected) {
                    // a record of an unexpected shape still gets a sentence; the raw record tells the rest
                    r = new Readable(who(e.actor()), null, who(e.actor()) + ": " + e.kind().label().toLowerCase()
                            + " (chi tiết trong bản ghi gốc)", false);
                }
                out.add(new Readable(r.actorName(), r.step(), finish(r.sentence()), r.technical()));
            }
            return out;
        }

        /**
         * First pass: each instance's process definition. Records sealed before 2026-12 name it in every record;
         * later ones only in the instance's own records (started, updated, ended), so a record that comes before its
         * instance's start (the start's variables) is read with the definition that start names.
         */
        private void learnDefinitions() {
            for (Event e : events) {
                Definition d = explicitDefinition(e);
                if (d != null && e.processInstanceId() != null) {
                    firstDefinitionOf.putIfAbsent(e.processInstanceId(), d);
                }
            }
        }

        /** Second pass: each task's definition key, creation and the groups and users it was offered to then. */
        private void learnTasks() {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                String taskId = str(e.details().get("taskId"));
                if (taskId == null) {
                    continue;
                }
                TaskState t = tasks.computeIfAbsent(taskId, id -> new TaskState());
                if (e.kind() == AuditKind.TASK_CREATED) {
                    t.createdAt = Math.min(t.createdAt, i);
                    t.definitionKey = str(e.details().get("taskDefinitionKey"));
                    t.name = e.subject();
                    t.definition = explicitDefinition(e) != null ? explicitDefinition(e)
                            : e.processInstanceId() == null ? null : firstDefinitionOf.get(e.processInstanceId());
                } else if (t.definitionKey == null && e.details().get("taskDefinitionKey") != null) {
                    t.definitionKey = str(e.details().get("taskDefinitionKey"));
                    t.name = t.name == null ? e.subject() : t.name;
                }
            }
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                TaskState t = tasks.get(str(e.details().get("taskId")));
                if (e.kind() == AuditKind.IDENTITY_LINK_ADDED && t != null && i < t.createdAt
                        && "candidate".equals(e.details().get("type"))) {
                    if (e.details().get("groupId") != null) {
                        t.groups.add(str(e.details().get("groupId")));
                    } else if (e.details().get("userId") != null) {
                        t.users.add(str(e.details().get("userId")));
                    }
                }
            }
        }

        /**
         * Which variable records are a person's input rather than the engine's work in the same command: those
         * submitted with a start form (right after the process start, by its starter) and those set by a user's
         * own operation (right before it: the variables of a task completion, an administrator's change).
         */
        private void learnUserInput() {
            enteredByUser = new boolean[events.size()];
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                if (e.actor() == null) {
                    continue;
                }
                boolean start = e.kind() == AuditKind.PROCESS_STARTED;
                String operation = str(e.details().get("operationType"));
                boolean input = e.kind() == AuditKind.USER_OPERATION && operation != null && USER_INPUT.contains(operation);
                if (start || input) {
                    for (int j = start ? i + 1 : i - 1; j >= 0 && j < events.size() && isVariable(events.get(j))
                            && Objects.equals(events.get(j).actor(), e.actor()); j += start ? 1 : -1) {
                        enteredByUser[j] = true;
                    }
                }
                if (input && operation.contains("Variable")) {
                    // an administrator's change of a variable may be logged before the change itself
                    for (int j = i + 1; j < events.size() && isVariable(events.get(j))
                            && Objects.equals(events.get(j).actor(), e.actor()); j++) {
                        enteredByUser[j] = true;
                    }
                }
            }
        }

        private boolean isVariable(Event e) {
            return e.kind() == AuditKind.VARIABLE_CREATED || e.kind() == AuditKind.VARIABLE_UPDATED
                    || e.kind() == AuditKind.VARIABLE_DELETED;
        }

        private Definition explicitDefinition(Event e) {
            String key = str(e.details().get("processDefinitionKey"));
            if (key == null) {
                return null;
            }
            Object v = e.details().get("processDefinitionVersion");
            return new Definition(key, v instanceof Number n ? n.intValue() : null);
        }

        private Definition definition(Event e) {
            Definition d = explicitDefinition(e);
            if (d != null) {
                if (e.processInstanceId() != null) {
                    definitionOf.put(e.processInstanceId(), d);
                }
                lastDefinition = d;
                return d;
            }
            if (e.processInstanceId() != null && definitionOf.containsKey(e.processInstanceId())) {
                return definitionOf.get(e.processInstanceId());
            }
            if (e.processInstanceId() != null && firstDefinitionOf.containsKey(e.processInstanceId())) {
                Definition first = firstDefinitionOf.get(e.processInstanceId());
                definitionOf.put(e.processInstanceId(), first);
                lastDefinition = first;
                return first;
            }
            return lastDefinition;
        }

        private Readable sentence(int i, Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            return switch (e.kind()) {
                case PROCESS_STARTED -> processStarted(e, p);
                case PROCESS_ENDED -> processEnded(e, p);
                case PROCESS_UPDATED -> processUpdated(i, e, p);
                case ACTIVITY_STARTED, ACTIVITY_ENDED -> activity(i, e, p);
                case TASK_CREATED -> taskCreated(e, p);
                case TASK_UPDATED -> taskUpdated(i, e, p);
                case TASK_COMPLETED -> {
                    TaskState t = task(d);
                    String assignee = str(d.get("assignee"));
                    yield new Readable(who(e.actor()), step(t, p, e.subject()), who(e.actor()) + " hoàn thành nhiệm vụ "
                            + quoteStep(step(t, p, e.subject())) + (assignee != null && !assignee.equals(e.actor())
                            ? " (người được giao: " + values.person(assignee) + ")" : ""), false);
                }
                case TASK_DELETED -> {
                    TaskState t = task(d);
                    String reason = str(d.get("deleteReason"));
                    yield new Readable(SYSTEM, step(t, p, e.subject()), "Nhiệm vụ "
                            + quoteStep(step(t, p, e.subject())) + " bị hủy" + deleteReason(reason), false);
                }
                case IDENTITY_LINK_ADDED, IDENTITY_LINK_REMOVED -> link(i, e, p);
                case VARIABLE_CREATED, VARIABLE_UPDATED, VARIABLE_DELETED -> variable(i, e, p);
                case DECISION_EVALUATED -> decision(e, p);
                case USER_OPERATION -> operation(i, e, p);
                case INCIDENT -> incident(e, p);
                case TIMER_OR_JOB -> job(e, p);
                case COMMENT -> {
                    String step = step(task(d), p, null);
                    yield new Readable(who(e.actor()), step, who(e.actor()) + " ghi ý kiến"
                            + (step == null ? "" : " tại bước " + quoteStep(step)) + ": "
                            + ValueWords.quote(String.valueOf(d.getOrDefault("message", "")), 1000), false);
                }
                case DOCUMENT_UPLOADED -> document(e);
                case DOCUMENT_DELETED -> documentDeleted(e);
                case STAGE_OUTCOME -> stageOutcome(e, p);
                case COUNCIL_RESULT -> councilResult(e);
                case ELIGIBILITY_ASSESSED -> eligibilityAssessed(e);
                case DECISION_ISSUED -> decisionIssued(e, p);
                case DECISION_SIGNED_ORIGINAL_RECORDED -> signedOriginal(e);
                case REGISTER_NUMBER_TAKEN -> new Readable(who(e.actor()), null, who(e.actor())
                        + (Boolean.TRUE.equals(d.get("fromPaper")) ? " ghi vào sổ văn bản đi số đã lấy trên sổ giấy "
                        : " lấy số văn bản đi ") + e.subject() + (d.get("issuedOn") == null ? "" : " ngày "
                        + day(d.get("issuedOn"))) + (d.get("subject") == null ? "" : " cho văn bản «" + d.get("subject")
                        + "»"), false);
                case SUBSTITUTE_NAMED -> new Readable(who(e.actor()), null, who(e.actor()) + " ghi nhận "
                        + values.person(str(d.get("userId"))) + " vắng mặt từ " + day(d.get("fromDate")) + " đến "
                        + day(d.get("toDate")) + ", " + values.person(str(d.get("substituteId"))) + " xử lý thay"
                        + (d.get("reason") == null ? "" : "; lý do: " + ValueWords.quote(str(d.get("reason")), 300)), false);
                case SUBSTITUTION_CANCELLED -> new Readable(who(e.actor()), null, who(e.actor()) + " hủy ủy quyền"
                        + (d.get("substitutionId") == null ? "" : " số " + d.get("substitutionId")) + ": "
                        + values.person(str(d.get("substituteId")))
                        + " không còn xử lý thay " + values.person(str(d.get("userId"))), false);
                case TASK_REROUTED_TO_SUBSTITUTE -> rerouted(e, p);
                // sign-in records belong to no proposal; worded here so that every kind reads as a sentence
                case LOGIN_FAILED -> new Readable(SYSTEM, null, "Đăng nhập sai vào tài khoản «" + e.subject() + "»"
                        + (d.get("source") == null ? "" : " từ máy " + d.get("source")), false);
                case LOGIN_HELD_BACK -> new Readable(SYSTEM, null, "Hệ thống tạm chặn đăng nhập «" + e.subject()
                        + "» sau " + d.getOrDefault("failures", "nhiều") + " lần sai", false);
                case LOGIN_LOCK_LIFTED -> new Readable(who(e.actor()), null, who(e.actor()) + " mở khóa đăng nhập của «"
                        + e.subject() + "»", false);
                case STALE_CLAIM_RELEASED -> staleClaimReleased(e);
                case MOVEMENT_LAUNCHED, MOVEMENT_PARTICIPATION, MOVEMENT_REVIEWED -> new Readable(who(e.actor()), null,
                        who(e.actor()) + ": " + e.subject() + (d.get("what") == null ? "" : " – " + d.get("what")), false);
                case STATISTICS_REPORT_STARTED, STATISTICS_REPORT_RETURNED, STATISTICS_REPORT_APPROVED,
                        REVOCATION_STARTED, REVOCATION_REVIEWED, REVOCATION_REFUSED, REVOCATION_ANNULLED,
                        REVOCATION_PROPOSAL_FLAGGED, REVOCATION_RECOVERY, REVOCATION_RECOVERY_OVERDUE,
                        REVOCATION_COMPLETED -> new Readable(who(e.actor()), null, who(e.actor()) + ": " + e.subject()
                        + (d.get("what") == null ? "" : " – " + d.get("what")), false);
                case BLOCK_SUPERVISOR_ASSIGNED -> new Readable(who(e.actor()), null, who(e.actor()) + " phân công "
                        + (d.get("supervisor") == null ? "thành viên Hội đồng" : values.person(str(d.get("supervisor"))))
                        + " phụ trách " + (d.get("block") == null ? "khối thi đua" : "khối " + d.get("block"))
                        + (d.get("year") == null ? "" : " năm " + d.get("year")), false);
                case BLOCK_SUPERVISION_RECORDED -> new Readable(who(e.actor()), null, who(e.actor()) + " ghi nhận: "
                        + e.subject() + (d.get("remarks") == null ? ""
                        : "; ý kiến: " + ValueWords.quote(str(d.get("remarks")), 300)), false);
            };
        }

        // ---- process

        /** The process's name in the model, else as a process record names it, else a plain description. */
        private String processName(ProcessWords p, Event e) {
            if (p.name() != null) {
                return p.name();
            }
            boolean processRecord = e.kind() == AuditKind.PROCESS_STARTED || e.kind() == AuditKind.PROCESS_ENDED
                    || e.kind() == AuditKind.PROCESS_UPDATED;
            String subject = !processRecord || e.subject() == null ? ""
                    : e.subject().replaceFirst("\\s*\\(phiên bản \\d+\\)$", "");
            return subject.isBlank() ? "xử lý hồ sơ" : subject;
        }

        private Readable processStarted(Event e, ProcessWords p) {
            Object version = e.details().get("processDefinitionVersion");
            String start = p.stepName(str(e.details().get("startActivityId")));
            return new Readable(who(e.actor()), start, who(e.actor()) + " bắt đầu quy trình «" + processName(p, e) + "»"
                    + (version == null ? "" : " (phiên bản " + version + ")")
                    + (start == null ? "" : " tại bước " + quoteStep(start)), false);
        }

        private Readable processEnded(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String end = p.stepName(str(d.get("endActivityId")));
            String state = str(d.get("state"));
            if ("EXTERNALLY_TERMINATED".equals(state)) {
                return new Readable(who(e.actor()), end, who(e.actor()) + " hủy quy trình «" + processName(p, e) + "»"
                        + reason(d.get("deleteReason")), false);
            }
            return new Readable(SYSTEM, end, "Quy trình «" + processName(p, e) + "» "
                    + ("INTERNALLY_TERMINATED".equals(state) ? "dừng" : "kết thúc")
                    + (end == null ? "" : " tại " + quoteStep(end)) + reason(d.get("deleteReason")), false);
        }

        private Readable processUpdated(int i, Event e, ProcessWords p) {
            String state = str(e.details().get("state"));
            String before = e.processInstanceId() == null ? null : stateOf.put(e.processInstanceId(), state);
            boolean changed = before != null && state != null && !before.equals(state);
            boolean byOperation = near(i, o -> o.kind() == AuditKind.USER_OPERATION
                    && ("Suspend".equals(o.details().get("operationType"))
                    || "Activate".equals(o.details().get("operationType"))));
            String label = state == null ? "không rõ" : TimelineWords.STATES.getOrDefault(state, "không rõ");
            if (changed) {
                return new Readable(SYSTEM, null, "Quy trình «" + processName(p, e) + "» chuyển sang trạng thái "
                        + label, byOperation);
            }
            return new Readable(SYSTEM, null, "Hệ thống cập nhật thông tin quy trình «" + processName(p, e)
                    + "» (trạng thái: " + label + ")", true);
        }

        // ---- activities

        private Readable activity(int i, Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String id = str(d.get("activityId"));
            String type = str(d.get("activityType"));
            type = type == null ? "" : type;
            boolean start = e.kind() == AuditKind.ACTIVITY_STARTED;
            boolean canceled = Boolean.TRUE.equals(d.get("canceled"));
            String name = p.stepName(id);
            if (name == null && e.subject() != null && !e.subject().equals(id)) {
                name = e.subject();
            }
            String step = name;
            String q = name == null ? "một bước không đặt tên" : "«" + name + "»";
            if (canceled && !start) {
                return new Readable(SYSTEM, step, (name == null ? "Một bước không đặt tên" : "Bước " + q)
                        + " bị hủy do quy trình chuyển hướng", name == null || type.equals("userTask")
                        || type.startsWith("boundary") || type.startsWith("intermediate"));
            }
            if (type.equals("userTask")) {
                return new Readable(SYSTEM, step, start ? "Hệ thống chuyển hồ sơ đến bước " + q
                        : "Bước " + q + " kết thúc", true);
            }
            if (type.endsWith("Gateway")) {
                return gateway(i, e, p, start, type, name);
            }
            switch (type) {
                case "serviceTask", "businessRuleTask", "scriptTask", "sendTask", "task", "manualTask" -> {
                    return new Readable(SYSTEM, step, start ? "Hệ thống thực hiện bước " + q
                            : "Hệ thống thực hiện xong bước " + q, !start);
                }
                case "receiveTask" -> {
                    return new Readable(SYSTEM, step, start ? "Hồ sơ chờ ở bước " + q
                            : "Hồ sơ hết chờ ở bước " + q + ", quy trình đi tiếp", false);
                }
                case "callActivity" -> {
                    return new Readable(SYSTEM, step, start ? "Hệ thống mở quy trình con " + q
                            : "Quy trình con " + q + " kết thúc", !start);
                }
                case "subProcess", "adHocSubProcess", "transaction" -> {
                    if (start) {
                        return new Readable(SYSTEM, step, "Hồ sơ bước vào giai đoạn " + q, false);
                    }
                    String ending = subProcessEnding(i, id, p);
                    return new Readable(SYSTEM, step, "Kết thúc giai đoạn " + q
                            + (ending == null ? "" : ": " + quoteStep(ending)), false);
                }
                case "multiInstanceBody" -> {
                    return new Readable(SYSTEM, step, (start ? "Hệ thống chia bước " : "Hệ thống gom kết quả các lượt của bước ")
                            + q + (start ? " thành nhiều lượt xử lý" : ""), true);
                }
                default -> {
                    // events
                }
            }
            if (type.startsWith("boundary") || type.endsWith("BoundaryCatch")) {
                String on = p.element(id).map(ProcessWords.Element::attachedToId).map(p::stepName).orElse(null);
                return new Readable(SYSTEM, step, "Xảy ra sự kiện " + q + (on == null ? "" : " tại bước " + quoteStep(on)),
                        !start);
            }
            if (type.startsWith("intermediate") && !type.contains("Throw")) {
                return new Readable(SYSTEM, step, start ? "Hồ sơ chờ sự kiện " + q : "Đã xảy ra sự kiện " + q, false);
            }
            if (type.startsWith("intermediate")) {
                return new Readable(SYSTEM, step, "Quy trình qua mốc " + q, !start);
            }
            if (type.endsWith("StartEvent") || type.equals("startEvent")) {
                boolean plain = type.equals("startEvent");
                return new Readable(SYSTEM, step, start ? "Quy trình bắt đầu từ " + q : "Quy trình rời điểm bắt đầu " + q,
                        plain || !start);
            }
            if (type.endsWith("EndEvent")) {
                boolean plain = type.equals("noneEndEvent");
                return new Readable(SYSTEM, step, start ? "Quy trình đi đến điểm kết thúc " + q
                        : "Hệ thống ghi nhận điểm kết thúc " + q, plain || !start);
            }
            return new Readable(SYSTEM, step, "Hệ thống xử lý phần tử " + q + " của quy trình", true);
        }

        private Readable gateway(int i, Event e, ProcessWords p, boolean start, String type, String name) {
            String id = str(e.details().get("activityId"));
            List<ProcessWords.Flow> outgoing = p.element(id).map(ProcessWords.Element::outgoing).orElse(List.of());
            boolean decides = !type.equals("parallelGateway") && outgoing.size() > 1;
            if (name == null || !decides) {
                String what = type.equals("parallelGateway") ? (outgoing.size() > 1 ? "tách quy trình thành các nhánh song song"
                        : "chờ các nhánh song song hoàn tất rồi đi tiếp")
                        : outgoing.size() > 1 ? "rẽ nhánh tại một điểm không đặt tên" : "nối các nhánh của quy trình";
                return new Readable(SYSTEM, name, "Hệ thống " + what
                        + (name == null || decides ? "" : " tại «" + name + "»"), true);
            }
            if (start) {
                return new Readable(SYSTEM, name, "Hệ thống xét điều kiện rẽ nhánh tại «" + name + "»", true);
            }
            ProcessWords.Flow taken = branchTaken(i, e.processInstanceId(), outgoing);
            String branch = "";
            if (taken != null) {
                String target = p.stepName(taken.targetId());
                branch = taken.name() != null ? ": “" + taken.name() + "”" + (target == null ? "" : ", sang " + quoteStep(target))
                        : target == null ? "" : ", sang " + quoteStep(target);
            }
            return new Readable(SYSTEM, name, "Hệ thống rẽ nhánh tại «" + name + "»" + branch, false);
        }

        /** The flow a gateway took: the next activity of the instance that one of its flows leads to. */
        private ProcessWords.Flow branchTaken(int i, String instance, List<ProcessWords.Flow> outgoing) {
            for (int j = i + 1; j < events.size() && j <= i + 60; j++) {
                Event next = events.get(j);
                if (next.kind() != AuditKind.ACTIVITY_STARTED || !Objects.equals(next.processInstanceId(), instance)) {
                    continue;
                }
                String id = str(next.details().get("activityId"));
                for (ProcessWords.Flow f : outgoing) {
                    if (Objects.equals(f.targetId(), id)) {
                        return f;
                    }
                }
            }
            return null;
        }

        /** The end event a sub-process reached: the last one inside it that the instance passed. */
        private String subProcessEnding(int i, String subProcessId, ProcessWords p) {
            for (int j = i - 1; j >= 0 && j >= i - 30; j--) {
                Event before = events.get(j);
                if (before.kind() != AuditKind.ACTIVITY_STARTED) {
                    continue;
                }
                String id = str(before.details().get("activityId"));
                String type = str(before.details().get("activityType"));
                if (type != null && type.endsWith("EndEvent")
                        && p.element(id).map(el -> subProcessId.equals(el.parentId())).orElse(false)) {
                    return p.stepName(id);
                }
            }
            return null;
        }

        // ---- tasks

        private Readable taskCreated(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            TaskState t = task(d);
            String step = step(t, p, e.subject());
            String assignee = str(d.get("assignee"));
            String to;
            if (assignee != null) {
                to = values.person(assignee);
            } else if (t != null && (!t.groups.isEmpty() || !t.users.isEmpty())) {
                List<String> who = new ArrayList<>();
                t.groups.forEach(g -> who.add("nhóm " + values.group(g)));
                t.users.forEach(u -> who.add(values.person(u)));
                to = String.join(", ", who);
            } else {
                to = null;
            }
            if (t != null) {
                t.assignee = assignee;
                t.dueDate = str(d.get("dueDate"));
                t.followUpDate = str(d.get("followUpDate"));
                t.priority = d.get("priority");
                t.owner = str(d.get("owner"));
            }
            StringBuilder s = new StringBuilder("Hệ thống giao nhiệm vụ ").append(quoteStep(step));
            s.append(to == null ? " (chưa có người hoặc nhóm xử lý)" : " cho " + to);
            if (d.get("dueDate") != null) {
                s.append("; hạn xử lý ").append(values.string(str(d.get("dueDate")), null, p));
            }
            if (d.get("followUpDate") != null) {
                s.append("; ngày nhắc theo dõi ").append(values.string(str(d.get("followUpDate")), null, p));
            }
            s.append(priority(d.get("priority")));
            return new Readable(SYSTEM, step, s.toString(), false);
        }

        private String priority(Object priority) {
            if (!(priority instanceof Number n) || n.intValue() == 50) {
                return "";
            }
            return "; mức ưu tiên " + n.intValue() + (n.intValue() > 50 ? " (cao hơn bình thường)" : " (thấp hơn bình thường)");
        }

        private Readable taskUpdated(int i, Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            TaskState t = task(d);
            String step = step(t, p, e.subject());
            List<String> changes = new ArrayList<>();
            boolean worth = false;
            if (t != null) {
                String assignee = str(d.get("assignee"));
                if (!Objects.equals(t.assignee, assignee)) {
                    changes.add("người xử lý " + (assignee == null ? "để trống (trả về nhóm)" : values.person(assignee)));
                    t.assignee = assignee;
                }
                String owner = str(d.get("owner"));
                if (!Objects.equals(t.owner, owner)) {
                    changes.add("người chịu trách nhiệm " + (owner == null ? "để trống" : values.person(owner)));
                    t.owner = owner;
                }
                String due = str(d.get("dueDate"));
                if (!Objects.equals(t.dueDate, due)) {
                    changes.add("hạn xử lý " + change(t.dueDate, due, p));
                    t.dueDate = due;
                    worth = true;
                }
                String followUp = str(d.get("followUpDate"));
                if (!Objects.equals(t.followUpDate, followUp)) {
                    changes.add("ngày nhắc theo dõi " + change(t.followUpDate, followUp, p));
                    t.followUpDate = followUp;
                    worth = true;
                }
                Object priority = d.get("priority");
                if (priority != null && t.priority != null && !Objects.equals(str(t.priority), str(priority))) {
                    // the priority table sets it as the task is created, and says so in its own row
                    changes.add("mức ưu tiên " + t.priority + " → " + priority);
                }
                t.priority = priority;
            }
            String by = nearTaskOperation(i, str(d.get("taskId")), e.actor()) ? who(e.actor()) : SYSTEM;
            if (changes.isEmpty()) {
                return new Readable(SYSTEM, step, "Hệ thống cập nhật thông tin nhiệm vụ " + quoteStep(step)
                        + " (người xử lý, hạn và mức ưu tiên không đổi)", true);
            }
            return new Readable(by, step, by + " cập nhật nhiệm vụ " + quoteStep(step) + ": "
                    + String.join("; ", changes), !worth);
        }

        private String change(String before, String after, ProcessWords p) {
            String a = after == null ? "bỏ trống" : values.string(after, null, p);
            return before == null ? a : values.string(before, null, p) + " → " + a;
        }

        private Readable link(int i, Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            boolean added = e.kind() == AuditKind.IDENTITY_LINK_ADDED;
            String taskId = str(d.get("taskId"));
            TaskState t = task(d);
            String step = step(t, p, null);
            String onTask = step == null ? "của hồ sơ" : quoteStep(step);
            String type = str(d.get("type"));
            String group = str(d.get("groupId"));
            String user = str(d.get("userId"));
            String actor = e.actor();
            boolean atCreation = t != null && i < t.createdAt;
            boolean echo = atCreation || nearTaskOperation(i, taskId, actor);
            String sentence;
            if ("candidate".equals(type) && group != null) {
                sentence = atCreation ? "Hệ thống giao nhiệm vụ " + onTask + " cho nhóm " + values.group(group)
                        : who(actor) + (added ? " thêm nhóm " + values.group(group) + " vào những người xử lý nhiệm vụ "
                        : " bỏ nhóm " + values.group(group) + " khỏi những người xử lý nhiệm vụ ") + onTask;
            } else if ("candidate".equals(type)) {
                sentence = atCreation ? "Hệ thống giao nhiệm vụ " + onTask + " cho " + values.person(user)
                        : who(actor) + (added ? " thêm " + values.person(user) + " vào những người xử lý nhiệm vụ "
                        : " bỏ " + values.person(user) + " khỏi những người xử lý nhiệm vụ ") + onTask;
            } else if ("assignee".equals(type)) {
                if (added && user != null && user.equals(actor)) {
                    sentence = values.person(user) + " nhận nhiệm vụ " + onTask;
                } else if (added) {
                    sentence = who(actor) + " giao nhiệm vụ " + onTask + " cho " + values.person(user);
                } else {
                    sentence = who(actor) + " thôi giao nhiệm vụ " + onTask + " cho " + values.person(user);
                }
            } else if ("owner".equals(type)) {
                sentence = who(actor) + (added ? " đặt " + values.person(user) + " là người chịu trách nhiệm nhiệm vụ "
                        : " bỏ " + values.person(user) + " khỏi vai trò người chịu trách nhiệm nhiệm vụ ") + onTask;
            } else {
                String whom = group != null ? "nhóm " + values.group(group) : values.person(user);
                sentence = who(actor) + (added ? " thêm " + whom + " vào nhiệm vụ " : " bỏ " + whom + " khỏi nhiệm vụ ")
                        + onTask;
            }
            return new Readable(atCreation ? SYSTEM : who(actor), step, sentence, echo);
        }

        private Readable rerouted(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String step = p.stepName(str(d.get("taskDefinitionKey")));
            step = step == null ? e.subject() : step;
            String via = str(d.get("via"));
            String how = via == null ? "chuyển việc" : "assignee".equals(via) ? "giao việc trực tiếp"
                    : "candidateUser".equals(via) ? "thêm vào những người xử lý" : "thay thành viên nhóm " + values.group(via);
            return new Readable(SYSTEM, step, "Hệ thống chuyển nhiệm vụ " + quoteStep(step) + " cho "
                    + values.person(str(d.get("substituteId"))) + " xử lý thay " + values.person(str(d.get("absentUserId")))
                    + " đang vắng mặt (" + how + (d.get("substitutionId") == null ? "" : ", theo ủy quyền số "
                    + d.get("substitutionId")) + ")", false);
        }

        // ---- data

        private Readable variable(int i, Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String name = e.subject();
            String label = values.variable(name, p);
            boolean system = !enteredByUser[i];
            String by = system ? SYSTEM : values.person(e.actor());
            String type = str(d.get("type"));
            return switch (e.kind()) {
                case VARIABLE_CREATED -> new Readable(by, null, by + (system ? " ghi " : " nhập ") + label + ": "
                        + values.stored(type, d.get("value"), name, p), technicalVariable(name));
                case VARIABLE_DELETED -> new Readable(by, null, by + " xóa " + label
                        + (d.get("oldValue") == null ? "" : " (giá trị cuối: " + values.stored(type, d.get("oldValue"), name, p) + ")"),
                        system);
                default -> {
                    Object before = d.get("oldValue");
                    Object after = d.get("value");
                    if (ValueWords.same(before, after)) {
                        yield new Readable(by, null, by + " ghi lại " + label + " (giá trị không đổi)", true);
                    }
                    String verb = system ? " cập nhật " : " sửa ";
                    boolean counter = technicalVariable(name);
                    if (before == null) {
                        yield new Readable(by, null, by + verb + label + ": "
                                + values.stored(type, after, name, p), counter);
                    }
                    List<String> rows = values.rowChanges(name, ValueWords.json(str(before)), ValueWords.json(str(after)), p);
                    if (rows != null) {
                        yield new Readable(by, null, by + verb + label + ": " + (rows.isEmpty()
                                ? "thứ tự hoặc cách ghi thay đổi, nội dung như cũ" : firstChanges(rows)), rows.isEmpty());
                    }
                    String was = values.stored(type, before, name, p);
                    String now = values.stored(type, after, name, p);
                    yield new Readable(by, null, by + verb + label + ": " + was + " → " + now
                            + (was.equals(now) ? " (nội dung chi tiết thay đổi)" : ""), counter);
                }
            };
        }

        private String firstChanges(List<String> rows) {
            int shown = Math.min(rows.size(), 4);
            return String.join("; ", rows.subList(0, shown))
                    + (rows.size() > shown ? "; và " + (rows.size() - shown) + " thay đổi khác" : "");
        }

        @SuppressWarnings("unchecked")
        private Readable decision(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            Map<String, Object> root = d.get("decision") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            String step = p.stepName(str(d.get("activityId")));
            StringBuilder s = new StringBuilder("Hệ thống áp dụng bảng quyết định «")
                    .append(tableName(root, e.subject())).append("»");
            if (step != null) {
                s.append(" tại bước ").append(quoteStep(step));
            }
            Object inputs = root.get("inputs");
            if (inputs instanceof Map<?, ?> in && !in.isEmpty()) {
                List<String> parts = new ArrayList<>();
                ((Map<String, Object>) in).forEach((label, value) -> parts.add(label + ": " + values.plain(value, null, p)));
                s.append(" với ").append(String.join(", ", parts));
            }
            s.append(" → ").append(outputs(root, p));
            if (d.get("requiredDecisions") instanceof List<?> required && !required.isEmpty()) {
                List<String> parts = new ArrayList<>();
                for (Object r : required) {
                    if (r instanceof Map<?, ?> rm) {
                        parts.add("«" + tableName((Map<String, Object>) rm, null) + "»: " + outputs((Map<String, Object>) rm, p));
                    }
                }
                s.append(" (dựa trên ").append(String.join("; ", parts)).append(")");
            }
            return new Readable(SYSTEM, step, s.toString(), false);
        }

        private String tableName(Map<String, Object> decision, String subject) {
            String name = str(decision.get("name"));
            if (name != null) {
                return name;
            }
            return subject != null ? subject.replaceFirst("\\s*\\([^)]*\\)$", "") : "không tên";
        }

        @SuppressWarnings("unchecked")
        private String outputs(Map<String, Object> decision, ProcessWords p) {
            List<Map<String, Object>> rules = decision.get("matchedRules") instanceof List<?> l
                    ? (List<Map<String, Object>>) l : List.of();
            if (rules.isEmpty()) {
                return "không quy tắc nào khớp";
            }
            Map<String, String> labels = vocabulary.decisionOutputs(str(decision.get("decisionDefinitionId")));
            Map<String, List<String>> byOutput = new LinkedHashMap<>();
            for (Map<String, Object> rule : rules) {
                rule.forEach((k, v) -> {
                    if (!"ruleId".equals(k) && !"ruleOrder".equals(k)) {
                        byOutput.computeIfAbsent(k, x -> new ArrayList<>()).add(values.plain(v, null, p));
                    }
                });
            }
            List<String> parts = new ArrayList<>();
            byOutput.forEach((output, vs) -> {
                String label = labels.getOrDefault(output, TimelineWords.ROW_FIELDS.get(output));
                // a code next to its text ("Mã lý do" beside "Lý do không đạt") says nothing more to a person
                if (label != null && label.startsWith("Mã ") && byOutput.size() > 1) {
                    return;
                }
                parts.add((label == null ? "kết quả" : label) + ": " + String.join(", ", vs));
            });
            return (rules.size() == 1 ? "kết quả: " : rules.size() + " quy tắc khớp, kết quả: ") + String.join("; ", parts);
        }

        // ---- user operations

        private Readable operation(int i, Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String op = str(d.get("operationType"));
            String entity = str(d.get("entityType"));
            String property = str(d.get("property"));
            String orgValue = str(d.get("orgValue"));
            String newValue = str(d.get("newValue"));
            String operationId = str(d.get("operationId"));
            boolean repeated = operationId != null && !operationsSeen.add(operationId);
            TaskState t = task(d);
            String step = step(t, p, null);
            String onTask = step == null ? "" : " " + quoteStep(step);
            String w = who(e.actor());
            boolean task = "Task".equals(entity);
            boolean technical = repeated;
            String s;
            switch (op == null ? "" : op) {
                case "Claim" -> s = newValue == null ? w + " trả việc" + onTask + " về nhóm xử lý" : w + " nhận việc" + onTask;
                case "Assign" -> s = newValue == null ? w + " bỏ giao việc" + onTask + " (trả về nhóm xử lý)"
                        : orgValue == null ? w + " giao việc" + onTask + " cho " + values.person(newValue)
                        : w + " chuyển việc" + onTask + " từ " + values.person(orgValue) + " sang " + values.person(newValue);
                case "Delegate" -> s = w + " ủy thác việc" + onTask + " cho " + values.person(newValue);
                case "Resolve" -> s = "Incident".equals(entity) ? w + " đánh dấu sự cố đã được xử lý"
                        : w + " trả lại kết quả việc được ủy thác" + onTask;
                case "SetOwner" -> s = w + " đặt " + values.person(newValue) + " là người chịu trách nhiệm việc" + onTask;
                case "Complete" -> {
                    s = w + " hoàn thành việc" + onTask;
                    technical = true;
                }
                case "SetPriority" -> s = w + " đổi mức ưu tiên việc" + onTask + changeOf(orgValue, newValue);
                case "SetName" -> s = w + " đổi tên việc" + onTask + changeOf(quoted(orgValue), quoted(newValue));
                case "SetDescription" -> s = w + " sửa mô tả việc" + onTask;
                case "SetDueDate" -> s = task ? w + " đổi hạn xử lý việc" + onTask + changeOf(when(orgValue), when(newValue))
                        : w + " đổi thời điểm chạy của một tác vụ nền" + changeOf(when(orgValue), when(newValue));
                case "RecalculateDueDate" -> s = w + " cho tính lại thời điểm chạy của một tác vụ nền";
                case "SetFollowUpDate" -> s = w + " đặt ngày nhắc theo dõi việc" + onTask + changeOf(when(orgValue), when(newValue));
                case "Update" -> s = task ? taskUpdate(w, onTask, property, orgValue, newValue)
                        : w + " sửa thông tin " + entityName(entity);
                case "AddUserLink" -> s = w + " thêm " + values.person(newValue) + " vào những người xử lý việc" + onTask;
                case "DeleteUserLink" -> s = w + " bỏ " + values.person(orgValue != null ? orgValue : newValue)
                        + " khỏi những người xử lý việc" + onTask;
                case "AddGroupLink" -> s = w + " thêm nhóm " + values.group(newValue) + " vào những người xử lý việc" + onTask;
                case "DeleteGroupLink" -> s = w + " bỏ nhóm " + values.group(orgValue != null ? orgValue : newValue)
                        + " khỏi những người xử lý việc" + onTask;
                case "AddAttachment" -> s = w + " đính kèm một tệp vào việc" + onTask;
                case "DeleteAttachment" -> s = w + " xóa một tệp đính kèm của việc" + onTask;
                case "Suspend" -> s = w + " tạm dừng " + suspendable(entity, onTask, p);
                case "Activate" -> s = w + " cho tiếp tục " + suspendable(entity, onTask, p);
                case "SuspendJob", "SuspendJobDefinition" -> s = w + " tạm dừng tác vụ nền của hồ sơ";
                case "ActivateJob", "ActivateJobDefinition" -> s = w + " cho chạy tiếp tác vụ nền của hồ sơ";
                case "SuspendProcessDefinition" -> s = w + " tạm dừng mọi hồ sơ của quy trình «" + processName(p, e) + "»";
                case "ActivateProcessDefinition" -> s = w + " cho tiếp tục mọi hồ sơ của quy trình «" + processName(p, e) + "»";
                case "Create" -> {
                    if ("ProcessInstance".equals(entity)) {
                        s = w + " khởi tạo hồ sơ theo quy trình «" + processName(p, e) + "»";
                        technical = true;
                    } else {
                        s = w + " tạo mới " + entityName(entity);
                    }
                }
                case "Delete" -> s = "ProcessInstance".equals(entity) ? w + " hủy quy trình đang chạy của hồ sơ"
                        : w + " xóa " + entityName(entity) + onTask;
                case "SetVariable", "SetVariables", "ModifyVariable" -> s = w + " sửa dữ liệu " + variableNear(i, e, p);
                case "RemoveVariable" -> s = w + " xóa dữ liệu " + variableNear(i, e, p);
                case "ModifyProcessInstance" -> s = w + " điều chỉnh bước đang xử lý của hồ sơ";
                case "RestartProcessInstance" -> s = w + " khởi động lại quy trình của hồ sơ";
                case "Migrate" -> s = w + " chuyển hồ sơ sang phiên bản quy trình mới";
                case "SetJobRetries", "SetExternalTaskRetries" -> s = w + " cho chạy lại tác vụ nền bị lỗi";
                case "Execute" -> s = w + " cho chạy ngay một tác vụ nền";
                case "Unlock" -> s = w + " mở khóa một tác vụ nền";
                case "CreateIncident" -> s = w + " ghi nhận một sự cố";
                case "SetRemovalTime" -> s = w + " đặt thời hạn xóa lịch sử xử lý của hồ sơ";
                case "DeleteHistory" -> s = w + " xóa lịch sử xử lý của hồ sơ";
                case "UpdateHistoryTimeToLive" -> s = w + " đổi thời hạn lưu lịch sử của quy trình";
                case "SetAnnotation" -> s = w + " ghi chú cho một thao tác" + (newValue == null ? "" : ": " + quoted(newValue));
                case "ClearAnnotation" -> s = w + " xóa ghi chú của một thao tác";
                case "UpdateComment" -> s = w + " sửa một ý kiến" + onTask;
                case "DeleteComment" -> s = w + " xóa một ý kiến" + onTask;
                case "CorrelateMessage" -> s = w + " gửi tín hiệu vào quy trình của hồ sơ";
                case "Evaluate" -> s = w + " chạy một bảng quyết định";
                default -> s = w + " thực hiện một thao tác quản trị trên " + entityName(entity)
                        + " (chi tiết trong bản ghi gốc)";
            }
            if (d.get("annotation") != null && !"SetAnnotation".equals(op)) {
                s += "; ghi chú: " + ValueWords.quote(str(d.get("annotation")), 300);
            }
            return new Readable(w, step, s, technical);
        }

        private String taskUpdate(String w, String onTask, String property, String orgValue, String newValue) {
            if (property == null) {
                return w + " sửa thông tin việc" + onTask;
            }
            return switch (property) {
                case "dueDate" -> w + " đổi hạn xử lý việc" + onTask + changeOf(when(orgValue), when(newValue));
                case "followUpDate" -> w + " đổi ngày nhắc theo dõi việc" + onTask + changeOf(when(orgValue), when(newValue));
                case "priority" -> w + " đổi mức ưu tiên việc" + onTask + changeOf(orgValue, newValue);
                case "name" -> w + " đổi tên việc" + onTask + changeOf(quoted(orgValue), quoted(newValue));
                case "description" -> w + " sửa mô tả việc" + onTask;
                case "assignee" -> w + " đổi người xử lý việc" + onTask + changeOf(personOrNull(orgValue), personOrNull(newValue));
                case "owner" -> w + " đổi người chịu trách nhiệm việc" + onTask
                        + changeOf(personOrNull(orgValue), personOrNull(newValue));
                default -> w + " sửa thông tin việc" + onTask;
            };
        }

        private String suspendable(String entity, String onTask, ProcessWords p) {
            if ("Task".equals(entity)) {
                return "việc" + onTask;
            }
            if ("ProcessDefinition".equals(entity)) {
                return "mọi hồ sơ của quy trình «" + (p.name() == null ? "này" : p.name()) + "»";
            }
            if ("Job".equals(entity) || "JobDefinition".equals(entity)) {
                return "tác vụ nền của hồ sơ";
            }
            return "việc xử lý hồ sơ";
        }

        private String entityName(String entity) {
            return switch (entity == null ? "" : entity) {
                case "Task" -> "việc";
                case "ProcessInstance" -> "quy trình của hồ sơ";
                case "Variable" -> "dữ liệu của hồ sơ";
                case "Attachment" -> "tệp đính kèm";
                case "Comment" -> "ý kiến";
                case "Job", "JobDefinition" -> "tác vụ nền";
                case "Incident" -> "sự cố";
                case "IdentityLink" -> "người xử lý";
                case "ProcessDefinition" -> "quy trình";
                case "DecisionDefinition", "DecisionInstance" -> "bảng quyết định";
                default -> "hồ sơ";
            };
        }

        /** The variable a variable operation changed: the nearest variable record of the same user. */
        private String variableNear(int i, Event e, ProcessWords p) {
            for (int dist = 1; dist <= NEAR; dist++) {
                for (int j : new int[]{i - dist, i + dist}) {
                    if (j < 0 || j >= events.size()) {
                        continue;
                    }
                    Event v = events.get(j);
                    if ((v.kind() == AuditKind.VARIABLE_UPDATED || v.kind() == AuditKind.VARIABLE_CREATED
                            || v.kind() == AuditKind.VARIABLE_DELETED) && Objects.equals(v.actor(), e.actor())) {
                        return values.variable(v.subject(), p);
                    }
                }
            }
            return "của hồ sơ";
        }

        // ---- incidents and jobs

        private Readable incident(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String step = p.stepName(str(d.get("activityId")));
            String type = str(d.get("incidentType"));
            String kind = type == null ? "sự cố kỹ thuật" : TimelineWords.INCIDENTS.getOrDefault(type, "sự cố kỹ thuật");
            String at = step == null ? "" : " tại bước " + quoteStep(step);
            String change = str(d.get("change"));
            String s = switch (change == null ? "create" : change) {
                case "resolve" -> "Sự cố (" + kind + ")" + at + " đã được xử lý";
                case "delete" -> "Sự cố (" + kind + ")" + at + " được gỡ bỏ";
                case "update" -> "Sự cố (" + kind + ")" + at + " được cập nhật";
                default -> "Phát sinh sự cố (" + kind + ")" + at
                        + (d.get("message") == null ? "" : "; thông báo lỗi: " + ValueWords.quote(str(d.get("message")), 300));
            };
            return new Readable(SYSTEM, step, s, false);
        }

        private Readable job(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String step = p.stepName(str(d.get("activityId")));
            String at = step == null ? "" : " tại " + quoteStep(step);
            if ("failed".equals(d.get("outcome"))) {
                return new Readable(SYSTEM, step, "Tác vụ nền" + at + " bị lỗi"
                        + (d.get("exceptionMessage") == null ? "" : ": " + ValueWords.quote(str(d.get("exceptionMessage")), 300)), false);
            }
            return new Readable(SYSTEM, step, "Hệ thống chạy hẹn giờ" + at
                    + (d.get("dueDate") == null ? "" : " (đến hạn " + values.string(str(d.get("dueDate")), null, p) + ")"), true);
        }

        // ---- the application's own records

        private Readable document(Event e) {
            Map<String, Object> d = e.details();
            String type = str(d.get("documentType"));
            String typeLabel = type == null ? null : vocabulary.code(type);
            String sha = str(d.get("sha256"));
            Object replaced = d.get("replacedEarlier");
            return new Readable(who(e.actor()), null, who(e.actor()) + " tải lên tài liệu «"
                    + (typeLabel == null ? (type == null ? "không rõ loại" : type) : typeLabel) + "»: tệp “"
                    + (d.get("fileName") == null ? e.subject() : d.get("fileName")) + "” (" + ValueWords.size(d.get("sizeBytes"))
                    + (sha == null ? "" : ", SHA-256 " + sha) + ")"
                    + (d.get("round") == null ? "" : ", lần nộp " + d.get("round"))
                    + (replaced instanceof Number n && n.intValue() > 0 ? ", thay bản đã nộp trước" : ""), false);
        }

        private Readable documentDeleted(Event e) {
            Map<String, Object> d = e.details();
            String type = str(d.get("documentType"));
            String typeLabel = type == null ? null : vocabulary.code(type);
            String sha = str(d.get("sha256"));
            return new Readable(who(e.actor()), null, who(e.actor()) + " xóa tài liệu «"
                    + (typeLabel == null ? (type == null ? "không rõ loại" : type) : typeLabel) + "»: tệp “"
                    + (d.get("fileName") == null ? e.subject() : d.get("fileName")) + "”"
                    + (sha == null ? "" : " (SHA-256 " + sha + ")"), false);
        }

        private Readable stageOutcome(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String stage = str(d.get("stage"));
            String outcome = str(d.get("outcome"));
            Object note = d.get("note");
            Object round = d.get("round");
            String roundText = round instanceof Number n && n.intValue() > 1 ? " (lần nộp " + n.intValue() + ")" : "";
            if ("COUNCIL".equals(stage)) {
                Matcher m = COUNCIL_OUTCOME.matcher(outcome == null ? "" : outcome);
                String what = m.matches() ? "Hội đồng TĐKT tỉnh thông qua " + m.group(1) + "/" + m.group(2) + " đối tượng"
                        : "Hội đồng TĐKT tỉnh kết luận: " + values.string(outcome, null, p);
                return new Readable(SYSTEM, "Hội đồng TĐKT tỉnh", what
                        + (note == null ? "" : " (" + ValueWords.quote(str(note), 200) + ")") + roundText, false);
            }
            String step = p.stepName(stage);
            String q = step == null ? "của quy trình (không còn trong mô hình)" : quoteStep(step);
            String s;
            if (outcome == null || "DONE".equals(outcome)) {
                s = who(e.actor()) + " hoàn tất bước " + q;
            } else if ("?".equals(outcome)) {
                s = who(e.actor()) + " kết thúc bước " + q + " mà không ghi kết luận";
            } else {
                String label = p.answer(stage, outcome);
                s = who(e.actor()) + " kết luận tại bước " + q + ": " + (label != null ? "“" + label + "”"
                        : values.string(outcome, null, p));
            }
            boolean noted = note != null && !str(note).isBlank();
            if (noted) {
                s += "; ghi chú: " + ValueWords.quote(str(note), 300);
            }
            // "done" without a note says no more than the task's completion next to it
            return new Readable(who(e.actor()), step, s + roundText, (outcome == null || "DONE".equals(outcome)) && !noted);
        }

        @SuppressWarnings("unchecked")
        private Readable councilResult(Event e) {
            Map<String, Object> d = e.details();
            List<String> parts = new ArrayList<>();
            if (d.get("totals") instanceof List<?> totals) {
                for (Object o : totals) {
                    if (o instanceof Map<?, ?> t) {
                        Map<String, Object> row = (Map<String, Object>) t;
                        parts.add(row.get("nominee") + ": " + row.get("yesVotes") + "/" + row.get("totalMembers")
                                + " phiếu đồng ý, " + (Boolean.TRUE.equals(row.get("passed")) ? "đạt" : "không đạt"));
                    }
                }
            }
            return new Readable(SYSTEM, "Hội đồng TĐKT tỉnh", "Hệ thống ghi kết quả bỏ phiếu của Hội đồng TĐKT tỉnh"
                    + (d.get("minutesRef") == null ? "" : " theo “" + d.get("minutesRef") + "”") + ": "
                    + (parts.isEmpty() ? "không có đối tượng nào" : String.join("; ", parts)), false);
        }

        @SuppressWarnings("unchecked")
        private Readable eligibilityAssessed(Event e) {
            Map<String, Object> d = e.details();
            List<String> parts = new ArrayList<>();
            if (d.get("nominees") instanceof List<?> nominees) {
                for (Object o : nominees) {
                    if (o instanceof Map<?, ?> n) {
                        parts.add(((Map<String, Object>) n).get("nominee") + ": "
                                + ValueWords.quote(String.valueOf(((Map<String, Object>) n).get("result")), 600));
                    }
                }
            }
            return new Readable(SYSTEM, "Sở Nội vụ", "Hệ thống xét tiêu chuẩn theo quy định có hiệu lực ngày "
                    + day(d.get("judgedOn")) + ": " + (parts.isEmpty() ? "không có đối tượng nào"
                    : String.join("; ", parts)), false);
        }

        private Readable signedOriginal(Event e) {
            Map<String, Object> d = e.details();
            String sha = str(d.get("sha256"));
            return new Readable(who(e.actor()), null, who(e.actor())
                    + (d.get("replacedSha256") == null ? " ghi nhận bản chính đã ký của " : " thay bản chính đã ký của ")
                    + e.subject() + (d.get("fileName") == null ? "" : ": tệp “" + d.get("fileName") + "” ("
                    + ValueWords.size(d.get("sizeBytes")) + (d.get("pages") == null ? "" : ", " + d.get("pages")
                    + " trang") + (sha == null ? "" : ", SHA-256 " + sha) + ")")
                    + (d.get("reason") == null ? "" : "; lý do thay: " + ValueWords.quote(str(d.get("reason")), 300)),
                    false);
        }

        @SuppressWarnings("unchecked")
        private Readable decisionIssued(Event e, ProcessWords p) {
            Map<String, Object> d = e.details();
            String award = str(d.get("awardType"));
            String awardLabel = award == null ? null : values.code(award, "awardType", p);
            List<String> awardees = d.get("awardees") instanceof List<?> l ? (List<String>) l : List.of();
            String title = str(d.get("signerTitle"));
            return new Readable(who(e.actor()), null, who(e.actor()) + " ban hành " + (d.get("number") == null ? "quyết định khen thưởng"
                    : "Quyết định số " + d.get("number"))
                    + (d.get("signedOn") == null ? "" : " ngày " + day(d.get("signedOn")))
                    + (awardLabel == null ? "" : " tặng «" + awardLabel + "»")
                    + (d.get("awardYear") == null ? "" : " năm " + d.get("awardYear"))
                    + (awardees.isEmpty() ? "" : " cho " + String.join(", ", awardees))
                    + (d.get("signer") == null ? "" : "; người ký: " + d.get("signer")
                    + (title == null ? "" : ", " + sentenceCase(title))), false);
        }

        // ---- helpers

        private TaskState task(Map<String, Object> d) {
            String id = str(d.get("taskId"));
            return id == null ? null : tasks.get(id);
        }

        private String step(TaskState t, ProcessWords p, String fallback) {
            if (t == null) {
                return fallback;
            }
            ProcessWords words = t.definition == null ? p : vocabulary.process(t.definition.key(), t.definition.version());
            String name = words.stepName(t.definitionKey);
            if (name == null && t.definitionKey != null) {
                name = p.stepName(t.definitionKey);
            }
            return name != null ? name : t.name != null ? t.name : fallback;
        }

        private boolean nearTaskOperation(int i, String taskId, String actor) {
            return taskId != null && near(i, o -> o.kind() == AuditKind.USER_OPERATION
                    && taskId.equals(o.details().get("taskId")) && Objects.equals(o.actor(), actor));
        }

        private boolean near(int i, java.util.function.Predicate<Event> match) {
            for (int j = Math.max(0, i - NEAR); j < Math.min(events.size(), i + NEAR + 1); j++) {
                if (j != i && match.test(events.get(j))) {
                    return true;
                }
            }
            return false;
        }

        /** A claim given back to the group: by an administrator at once, or by the system after the configured age. */
        private Readable staleClaimReleased(Event e) {
            Map<String, Object> d = e.details();
            String task = d.get("taskName") != null ? str(d.get("taskName")) : e.subject();
            StringBuilder s = new StringBuilder(who(e.actor())).append(" trả lại nhóm xử lý nhiệm vụ «")
                    .append(task).append("»");
            if (d.get("assignee") != null) {
                s.append(" mà ").append(values.person(str(d.get("assignee")))).append(" đã nhận");
            }
            String since = untouchedSince(d.get("untouchedSince"));
            if (since != null) {
                s.append(" nhưng không xử lý từ ").append(since);
            }
            String age = ageWords(d.get("maxAge"));
            if (age != null) {
                s.append(" (quá ").append(age).append(")");
            }
            return new Readable(who(e.actor()), task, s.toString(), false);
        }

        private String untouchedSince(Object iso) {
            if (iso == null) {
                return null;
            }
            try {
                return values.time(Instant.parse(String.valueOf(iso)));
            } catch (DateTimeParseException notAnInstant) {
                return null;
            }
        }

        private static String ageWords(Object iso) {
            if (iso == null) {
                return null;
            }
            Duration age;
            try {
                age = Duration.parse(String.valueOf(iso));
            } catch (DateTimeParseException notADuration) {
                return null;
            }
            List<String> parts = new ArrayList<>();
            if (age.toDays() > 0) {
                parts.add(age.toDays() + " ngày");
            }
            if (age.toHoursPart() > 0) {
                parts.add(age.toHoursPart() + " giờ");
            }
            if (age.toMinutesPart() > 0) {
                parts.add(age.toMinutesPart() + " phút");
            }
            if (parts.isEmpty()) {
                parts.add(Math.max(1, age.toSecondsPart()) + " giây");
            }
            return String.join(" ", parts);
        }

        private String who(String actor) {
            return actor == null ? SYSTEM : values.person(actor);
        }

        private String day(Object iso) {
            if (iso == null) {
                return "";
            }
            String d = values.date(String.valueOf(iso));
            return d == null ? String.valueOf(iso) : d;
        }

        private String when(String value) {
            if (value == null) {
                return null;
            }
            if (value.matches("\\d{9,}")) {
                return values.moment(Instant.ofEpochMilli(Long.parseLong(value)));
            }
            String d = values.date(value);
            return d != null ? d : ValueWords.quote(value, 60);
        }

        private String personOrNull(String userId) {
            return userId == null ? null : values.person(userId);
        }

        private String changeOf(String before, String after) {
            if (before == null && after == null) {
                return "";
            }
            if (before == null) {
                return ": " + after;
            }
            return ": " + before + " → " + (after == null ? "bỏ trống" : after);
        }

        private String quoted(String text) {
            return text == null ? null : ValueWords.quote(text, 120);
        }

        private String reason(Object deleteReason) {
            String r = str(deleteReason);
            if (r == null || r.isBlank() || "completed".equals(r)) {
                return "";
            }
            String engine = TimelineWords.ENGINE_REASONS.get(r);
            return "; lý do: " + (engine != null ? engine : ValueWords.quote(r, 300));
        }

        private String deleteReason(String reason) {
            if (reason == null || "completed".equals(reason)) {
                return "";
            }
            if ("deleted".equals(reason)) {
                return " do quy trình chuyển sang hướng khác";
            }
            return reason(reason);
        }
    }

    static boolean technicalVariable(String name) {
        return name != null && TimelineWords.TECHNICAL_VARIABLES.contains(name);
    }

    static String quoteStep(String step) {
        return step == null ? "không rõ tên" : "«" + step + "»";
    }

    /** "CHỦ TỊCH" → "Chủ tịch"; a title in lower or mixed case stays as it is. */
    static String sentenceCase(String s) {
        if (!s.equals(s.toUpperCase(java.util.Locale.ROOT))) {
            return s;
        }
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** A capital first letter and a full stop. */
    static String finish(String sentence) {
        String s = sentence.strip();
        if (s.isEmpty()) {
            return s;
        }
        s = Character.toUpperCase(s.charAt(0)) + s.substring(1);
        return s.endsWith(".") || s.endsWith("…") || s.endsWith("?") || s.endsWith("!") ? s : s + ".";
    }

    static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }
}

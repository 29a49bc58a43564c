package vn.tdkt.proposal;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.workflow.RecordRows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static vn.tdkt.proposal.ProposalVariables.RETURN_REASON;

/**
 * Every commendation proposal of one unit, running or finished, newest first, as the unit follows them: the dossier
 * number, the award, the nominees by name, and where each stands — the step it waits at (the modelled Vietnamese name
 * of the open task or wait state), who holds it (a person's name, or the Vietnamese name of the group it waits for)
 * and until when (dd/MM/yyyy, province time) — or, once finished, its outcome. The engine is read on the
 * application's behalf: who may see which unit is decided by the caller ({@link UnitProposalsController}).
 */
@Service
public class UnitProposals {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** Scopes the engine keeps open around the wait states: not steps of their own. */
    private static final Set<String> SCOPES = Set.of("subProcess", "multiInstanceBody", "transaction",
            "eventSubProcess");
    /** Wait states that no person holds: the body the process waits for. */
    private static final Map<String, String> WAITING_FOR = Map.of(
            ProposalSteps.AWAIT_COUNCIL, "Hội đồng Thi đua - Khen thưởng tỉnh",
            ProposalSteps.TIMER_CONSULTATION_WINDOW, "Nhân dân góp ý (công khai trên cổng thông tin)");

    /** One step a running proposal waits at. */
    public record Step(String name, String holder, String dueDate, Instant dueAt) { }

    /**
     * One proposal. {@code steps} is empty once finished, when {@code outcome} says how it ended; {@code note} is the
     * reason of the last return while the dossier is back with the unit.
     */
    /** {@code movementName}: the emulation movement whose final review started the proposal, if one did. */
    public record Row(String businessKey, String awardTypeCode, String awardName, int periodYear, List<String> nominees,
                      String status, String statusLabel, boolean finished, List<Step> steps, String outcome,
                      String note, String createdOn, String closedOn, String dossierUrl, String movementName) { }

    public record UnitView(String unitCode, String unitName, boolean mayChooseUnit, int count, List<Row> proposals) { }

    private final JdbcClient jdbc;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final HistoryService history;
    private final ManagementService management;
    private final IdentityService identity;
    private final ZoneId zone;

    public UnitProposals(JdbcClient jdbc, RuntimeService runtime, TaskService tasks, HistoryService history,
                         ManagementService management, IdentityService identity, Clock clock) {
        this.jdbc = jdbc;
        this.runtime = runtime;
        this.tasks = tasks;
        this.history = history;
        this.management = management;
        this.identity = identity;
        this.zone = clock.getZone();
    }

    private record Stored(String businessKey, String processInstanceId, String awardTypeCode, String awardName,
                          int periodYear, String status, Instant createdAt, Instant dueAt, Instant closedAt,
                          String decisionNumber, String movementName) { }

    public UnitView of(UnitRef unit, boolean mayChooseUnit) {
        List<Stored> stored = jdbc.sql("""
                        SELECT p.business_key, p.process_instance_id, p.award_type_code, a.name AS award_name,
                               p.period_year, p.status, p.created_at, p.due_at, p.closed_at, p.decision_number,
                               m.name AS movement_name
                        FROM commendation_proposal p JOIN award_type a ON a.code = p.award_type_code
                        LEFT JOIN emulation_movement m ON m.id = p.movement_id
                        WHERE p.unit_id = ? ORDER BY p.created_at DESC, p.business_key DESC""")
                .param(unit.id()).query(RecordRows.of(Stored.class)).list();
        Map<String, List<String>> nominees = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT n.business_key, n.display_name FROM proposal_nominee n
                        JOIN commendation_proposal p ON p.business_key = n.business_key
                        WHERE p.unit_id = ? ORDER BY n.business_key, n.seq""")
                .param(unit.id())
                .query((rs, i) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(e -> nominees.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Row> rows = SystemCalls.asSystem(() -> rows(stored, nominees));
        return new UnitView(unit.code(), unit.name(), mayChooseUnit, rows.size(), rows);
    }

    private List<Row> rows(List<Stored> stored, Map<String, List<String>> nominees) {
        Set<String> running = stored.isEmpty() ? Set.of() : runtime.createProcessInstanceQuery()
                .processInstanceIds(stored.stream().map(Stored::processInstanceId).collect(Collectors.toSet()))
                .list().stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        Names names = new Names();
        List<Row> rows = new ArrayList<>();
        for (Stored p : stored) {
            ProposalStatus status = ProposalStatus.valueOf(p.status());
            boolean finished = !running.contains(p.processInstanceId());
            List<Step> steps = finished ? List.of() : steps(p, names);
            // who returned it and why, as the process keeps it for the officer's form (ReopenDossierDelegate)
            String note = status == ProposalStatus.RETURNED && !finished
                    && runtime.getVariable(p.processInstanceId(), RETURN_REASON) instanceof String reason ? reason : null;
            rows.add(new Row(p.businessKey(), p.awardTypeCode(), p.awardName(), p.periodYear(),
                    List.copyOf(nominees.getOrDefault(p.businessKey(), List.of())), status.name(), status.label(),
                    finished, steps, finished ? outcome(p, status) : null, note, day(p.createdAt()),
                    finished ? day(p.closedAt()) : null,
                    "/pages/ho-so.html?hoSo=" + java.net.URLEncoder.encode(p.businessKey(),
                            java.nio.charset.StandardCharsets.UTF_8), p.movementName()));
        }
        names.resolve();
        return rows.stream().map(names::apply).toList();
    }

    private List<Step> steps(Stored p, Names names) {
        List<HistoricActivityInstance> open = history.createHistoricActivityInstanceQuery()
                .processInstanceId(p.processInstanceId()).unfinished().orderByHistoricActivityInstanceStartTime().asc()
                .list();
        Map<String, Task> taskById = tasks.createTaskQuery().processInstanceId(p.processInstanceId()).list().stream()
                .collect(Collectors.toMap(Task::getId, t -> t));
        List<Step> steps = new ArrayList<>();
        for (HistoricActivityInstance a : open) {
            if (SCOPES.contains(a.getActivityType())) {
                continue;
            }
            String name = a.getActivityName() == null ? a.getActivityId() : a.getActivityName();
            Task task = a.getTaskId() == null ? null : taskById.get(a.getTaskId());
            if (task != null) {
                Date due = task.getDueDate();
                Instant dueAt = due != null ? due.toInstant() : p.dueAt();
                steps.add(new Step(name, names.holderOf(task, tasks.getIdentityLinksForTask(task.getId())),
                        day(dueAt), dueAt));
            } else if (!"userTask".equals(a.getActivityType())) {
                Job timer = management.createJobQuery().processInstanceId(p.processInstanceId())
                        .activityId(a.getActivityId()).timers().list().stream().findFirst().orElse(null);
                Instant dueAt = timer != null && timer.getDuedate() != null ? timer.getDuedate().toInstant() : p.dueAt();
                steps.add(new Step(name, WAITING_FOR.get(a.getActivityId()), day(dueAt), dueAt));
            }
        }
        return steps;
    }

    private static String outcome(Stored p, ProposalStatus status) {
        return switch (status) {
            case AWARDED -> p.decisionNumber() != null ? "Đã có quyết định số " + p.decisionNumber() : "Đã khen thưởng";
            case NOT_AWARDED -> "Không được khen thưởng";
            default -> "Đã dừng xử lý (" + status.label().toLowerCase(java.util.Locale.ROOT) + ")";
        };
    }

    private String day(Instant at) {
        return at == null ? null : DAY.format(at.atZone(zone));
    }

    /**
     * The people and groups holding the steps, named in one query each once every row is known: a step holds
     * placeholders ("u:" user id, "g:" group id) until then.
     */
    private final class Names {
        private final Set<String> users = new HashSet<>();
        private final Set<String> groups = new HashSet<>();
        private final Map<String, String> names = new LinkedHashMap<>();

        String holderOf(Task task, List<IdentityLink> links) {
            if (task.getAssignee() != null) {
                users.add(task.getAssignee());
                return "u:" + task.getAssignee();
            }
            List<String> holders = new ArrayList<>();
            for (IdentityLink link : links) {
                if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
                    continue;
                }
                if (link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                    holders.add("g:" + link.getGroupId());
                } else if (link.getUserId() != null) {
                    users.add(link.getUserId());
                    holders.add("u:" + link.getUserId());
                }
            }
            return holders.isEmpty() ? null : String.join("\n", holders);
        }

        void resolve() {
            if (!users.isEmpty()) {
                for (User u : identity.createUserQuery().userIdIn(users.toArray(String[]::new)).list()) {
                    String full = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                            + (u.getLastName() == null ? "" : u.getLastName())).strip();
                    names.put("u:" + u.getId(), full.isEmpty() ? u.getId() : full);
                }
            }
            if (!groups.isEmpty()) {
                for (Group g : identity.createGroupQuery().groupIdIn(groups.toArray(String[]::new)).list()) {
                    names.put("g:" + g.getId(), g.getName() == null ? g.getId() : g.getName());
                }
            }
        }

        Row apply(Row row) {
            if (row.steps().isEmpty()) {
                return row;
            }
            List<Step> steps = row.steps().stream().map(s -> new Step(s.name(), name(s.holder()), s.dueDate(), s.dueAt()))
                    .toList();
            return new Row(row.businessKey(), row.awardTypeCode(), row.awardName(), row.periodYear(), row.nominees(),
                    row.status(), row.statusLabel(), row.finished(), steps, row.outcome(), row.note(), row.createdOn(),
                    row.closedOn(), row.dossierUrl(), row.movementName());
        }

        private String name(String placeholders) {
            if (placeholders == null || WAITING_FOR.containsValue(placeholders)) {
                return placeholders;
            }
            return java.util.Arrays.stream(placeholders.split("\n"))
                    .map(p -> names.getOrDefault(p, p.substring(2))).distinct().collect(Collectors.joining("; "));
        }
    }
}

package vn.tdkt.sla;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.workflow.RecordRows;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the commendation dossiers are late ("tiến độ xử lý hồ sơ"): every open step (user task) of a running
 * {@code commendation-proposal}, with who holds it, its deadline and the working days left or overdue on the
 * province's working-day calendar; and per month of a year, the dossiers finished, finished late and overdue at the
 * month's end. The deadline of a step is the due date the process gave its task ({@code camunda:dueDate} from the
 * DMN {@code processing-deadline}, see ProposalDeadlines); a step without one has none ("không có hạn"). Each list
 * is one SQL query on the engine's tables joined with the proposal and registry tables (no query per task).
 */
@Service
public class SlaService {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final String DOSSIER_PAGE = "/pages/ho-so.html?hoSo=";
    public static final String AUDIT_TIMELINE_PAGE = "/pages/kiem-tra.html?hoSo=";
    public static final String STEPS_PAGE = "/pages/han-xu-ly.html?hoSo=";

    private static final String PROPOSAL_JOINS = """
            JOIN org_unit u ON u.id = p.unit_id
            JOIN award_type a ON a.code = p.award_type_code
            LEFT JOIN block_membership m ON m.unit_id = p.unit_id AND m.emulation_year = p.period_year
            LEFT JOIN emulation_block b ON b.id = m.block_id
            """;

    /** One open step of a dossier. {@code workingDaysLeft}: null without a deadline, negative once overdue. */
    public record DossierStep(String businessKey, String unitCode, String unitName, String blockCode, String blockName,
                              String awardCode, String awardName, int year, String stepKey, String stepName,
                              String owner, boolean claimed, Instant since, Instant dueAt, String dueDate,
                              Integer workingDaysLeft, boolean overdue, String deadlineText, String dossierUrl,
                              String timelineUrl) { }

    /** How many open steps wait at one step, and how many of them are overdue. */
    public record StepCount(String stepKey, String stepName, int total, int overdue) { }

    /** The list: today (province), the counts, the steps most overdue first. */
    public record DossierView(LocalDate today, int total, int overdue, List<StepCount> steps, List<DossierStep> items) { }

    /**
     * One month: {@code finished} dossiers whose process ended in the month; {@code finishedLate} those among them of
     * which at least one step with a deadline was completed after it; {@code overdueAtMonthEnd} dossiers with a step
     * open at the month's end (now, for the current month) whose deadline had passed — null for a month not begun.
     */
    public record Month(int month, int finished, int finishedLate, Integer overdueAtMonthEnd) { }

    public record MonthlyView(int year, List<Month> months) { }

    private final JdbcClient jdbc;
    private final RepositoryService repository;
    private final WorkingDayCalendarProvider calendars;
    private final Clock clock;

    public SlaService(JdbcClient jdbc, RepositoryService repository, WorkingDayCalendarProvider calendars, Clock clock) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.calendars = calendars;
        this.clock = clock;
    }

    private record OpenTask(String taskId, String stepKey, String definitionId, String taskName, String assignee,
                            Instant due, Instant created, String businessKey, int year, String awardCode,
                            String awardName, String unitCode, String unitName, String blockCode, String blockName,
                            String firstName, String lastName, String groupName) { }

    /** The open steps of the running proposals that pass the filter; {@code auditReader}: timelines on the audit page. */
    public DossierView dossiers(SlaFilter filter, boolean auditReader) {
        List<Object> params = new ArrayList<>();
        String where = filter.where(params);
        // columns named as OpenTask's components; YEAR is a keyword of H2, so its alias is quoted
        List<OpenTask> rows = jdbc.sql("""
                        SELECT t.ID_ AS task_id, t.TASK_DEF_KEY_ AS step_key, t.PROC_DEF_ID_ AS definition_id,
                               t.NAME_ AS task_name, t.ASSIGNEE_ AS assignee, t.DUE_DATE_ AS due,
                               t.CREATE_TIME_ AS created, p.business_key, p.period_year AS "year",
                               p.award_type_code AS award_code, a.name AS award_name, u.code AS unit_code,
                               u.name AS unit_name, b.code AS block_code, b.name AS block_name,
                               usr.FIRST_ AS first_name, usr.LAST_ AS last_name, g.NAME_ AS group_name
                        FROM ACT_RU_TASK t
                        JOIN commendation_proposal p ON p.process_instance_id = t.PROC_INST_ID_
                        """ + PROPOSAL_JOINS + """
                        LEFT JOIN ACT_ID_USER usr ON usr.ID_ = t.ASSIGNEE_
                        LEFT JOIN ACT_RU_IDENTITYLINK l ON l.TASK_ID_ = t.ID_ AND l.TYPE_ = 'candidate'
                             AND l.GROUP_ID_ IS NOT NULL AND t.ASSIGNEE_ IS NULL
                        LEFT JOIN ACT_ID_GROUP g ON g.ID_ = l.GROUP_ID_
                        WHERE 1 = 1""" + where + " ORDER BY t.ID_, g.NAME_")
                .params(params).query(RecordRows.of(OpenTask.class)).list();
        // a task waiting for several groups comes once per group: one row per task, the groups' names joined
        Map<String, OpenTask> byTask = new LinkedHashMap<>();
        Map<String, Set<String>> groupsOf = new HashMap<>();
        for (OpenTask r : rows) {
            byTask.putIfAbsent(r.taskId(), r);
            if (r.groupName() != null) {
                groupsOf.computeIfAbsent(r.taskId(), k -> new TreeSet<>()).add(r.groupName());
            }
        }
        WorkingDayCalendar calendar = calendars.calendar();
        ZoneId zone = calendar.zone();
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        StepNames stepNames = new StepNames();
        List<DossierStep> items = new ArrayList<>();
        for (OpenTask t : byTask.values()) {
            String owner = t.assignee() != null ? fullName(t)
                    : groupsOf.containsKey(t.taskId()) ? String.join("; ", groupsOf.get(t.taskId())) : null;
            Integer left = null;
            boolean overdue = false;
            String dueDate = null;
            if (t.due() != null) {
                left = workingDaysLeft(calendar, now, t.due());
                overdue = t.due().isBefore(now);
                dueDate = DAY.format(t.due().atZone(zone));
            }
            String key = URLEncoder.encode(t.businessKey(), StandardCharsets.UTF_8);
            items.add(new DossierStep(t.businessKey(), t.unitCode(), t.unitName(), t.blockCode(), t.blockName(),
                    t.awardCode(), t.awardName(), t.year(), t.stepKey(), stepNames.of(t), owner,
                    t.assignee() != null, t.created(), t.due(), dueDate, left, overdue, deadlineText(left, overdue),
                    DOSSIER_PAGE + key, (auditReader ? AUDIT_TIMELINE_PAGE : STEPS_PAGE) + key));
        }
        items.sort(MOST_OVERDUE_FIRST);
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (DossierStep s : items) {
            int[] c = counts.computeIfAbsent(s.stepKey(), k -> new int[2]);
            c[0]++;
            c[1] += s.overdue() ? 1 : 0;
            names.putIfAbsent(s.stepKey(), s.stepName());
        }
        List<StepCount> steps = counts.entrySet().stream()
                .map(e -> new StepCount(e.getKey(), names.get(e.getKey()), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingInt(StepCount::overdue).reversed()
                        .thenComparing(Comparator.comparingInt(StepCount::total).reversed())
                        .thenComparing(StepCount::stepName))
                .toList();
        int overdue = (int) items.stream().filter(DossierStep::overdue).count();
        return new DossierView(today, items.size(), overdue, steps, List.copyOf(items));
    }

    /** Most overdue first (fewest working days left), then the earliest deadline; steps without a deadline last. */
    static final Comparator<DossierStep> MOST_OVERDUE_FIRST = Comparator
            .comparing((DossierStep s) -> s.dueAt() == null)
            .thenComparingInt(s -> s.workingDaysLeft() == null ? Integer.MAX_VALUE : s.workingDaysLeft().intValue())
            .thenComparing(s -> s.dueAt() == null ? Instant.MAX : s.dueAt())
            .thenComparing(DossierStep::businessKey).thenComparing(DossierStep::stepKey);

    /**
     * Working days from today to the deadline's day on the province's calendar (today not counted, the deadline's day
     * counted): 0 when due today, negative once the deadline's day has passed (-1: due on the previous working day).
     */
    public static int workingDaysLeft(WorkingDayCalendar calendar, Instant now, Instant due) {
        ZoneId zone = calendar.zone();
        return calendar.workingDaysBetween(now.atZone(zone).toLocalDate(), due.atZone(zone).toLocalDate());
    }

    /** The Vietnamese words for a deadline: "Quá hạn 3 ngày làm việc", "Còn 2 ngày làm việc", "Không có hạn". */
    static String deadlineText(Integer workingDaysLeft, boolean overdue) {
        if (workingDaysLeft == null) {
            return "Không có hạn";
        }
        if (overdue) {
            return workingDaysLeft < 0 ? "Quá hạn " + (-workingDaysLeft) + " ngày làm việc" : "Quá hạn trong ngày";
        }
        return workingDaysLeft == 0 ? "Đến hạn hôm nay" : "Còn " + workingDaysLeft + " ngày làm việc";
    }

    /** Throughput and lateness of each month of {@code year} (calendar months in the province's time zone). */
    public MonthlyView monthly(int year, SlaFilter filter) {
        ZoneId zone = calendars.calendar().zone();
        Instant now = clock.instant();
        Instant start = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
        Instant end = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(start), Timestamp.from(end)));
        String where = filter.where(params);
        record Closed(Instant at, boolean late) { }
        List<Closed> closed = jdbc.sql("""
                        SELECT p.closed_at AS at,
                               EXISTS (SELECT 1 FROM ACT_HI_TASKINST h
                                       WHERE h.PROC_INST_ID_ = p.process_instance_id
                                         AND h.DUE_DATE_ IS NOT NULL AND h.END_TIME_ IS NOT NULL
                                         AND h.END_TIME_ > h.DUE_DATE_) AS late
                        FROM commendation_proposal p
                        """ + PROPOSAL_JOINS + """
                        WHERE p.closed_at >= ? AND p.closed_at < ?""" + where)
                .params(params).query(RecordRows.of(Closed.class)).list();
        List<Object> openParams = new ArrayList<>(List.of(Timestamp.from(end), Timestamp.from(end),
                Timestamp.from(start)));
        String openWhere = filter.where(openParams);
        // only the steps that were ever open past their deadline: a step done in time is never overdue at a month's end
        record Span(String key, Instant start, Instant end, Instant due) { }
        // KEY and END are keywords of H2: those aliases are quoted
        List<Span> spans = jdbc.sql("""
                        SELECT p.business_key AS "key", h.START_TIME_ AS start, h.END_TIME_ AS "end", h.DUE_DATE_ AS due
                        FROM ACT_HI_TASKINST h
                        JOIN commendation_proposal p ON p.process_instance_id = h.PROC_INST_ID_
                        """ + PROPOSAL_JOINS + """
                        WHERE h.DUE_DATE_ IS NOT NULL AND h.DUE_DATE_ < ? AND h.START_TIME_ < ?
                          AND (h.END_TIME_ IS NULL OR h.END_TIME_ > ?)
                          AND (h.END_TIME_ IS NULL OR h.END_TIME_ > h.DUE_DATE_)""" + openWhere)
                .params(openParams).query(RecordRows.of(Span.class)).list();
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            Instant from = LocalDate.of(year, m, 1).atStartOfDay(zone).toInstant();
            Instant to = LocalDate.of(year, m, 1).plusMonths(1).atStartOfDay(zone).toInstant();
            int finished = 0;
            int late = 0;
            for (Closed c : closed) {
                if (!c.at().isBefore(from) && c.at().isBefore(to)) {
                    finished++;
                    late += c.late() ? 1 : 0;
                }
            }
            Integer overdue = null;
            if (from.isBefore(now)) {
                Instant cut = to.isBefore(now) ? to : now;
                Set<String> keys = new HashSet<>();
                for (Span s : spans) {
                    if (s.start().isBefore(cut) && (s.end() == null || s.end().isAfter(cut)) && s.due().isBefore(cut)) {
                        keys.add(s.key());
                    }
                }
                overdue = keys.size();
            }
            months.add(new Month(m, finished, late, overdue));
        }
        return new MonthlyView(year, List.copyOf(months));
    }

    /** One step of a dossier's history: who held it, when, its deadline and whether it was done late. */
    public record StepRecord(String stepName, String holder, Instant started, Instant ended, String dueDate,
                             Integer workingDaysLate, String deadlineText) { }

    /** A dossier's steps, first to last; empty when no proposal has that number. */
    public java.util.Optional<List<StepRecord>> steps(String businessKey) {
        java.util.Optional<String> pi = jdbc.sql("SELECT process_instance_id FROM commendation_proposal WHERE business_key = ?")
                .param(businessKey).query(String.class).optional();
        if (pi.isEmpty()) {
            return java.util.Optional.empty();
        }
        WorkingDayCalendar calendar = calendars.calendar();
        ZoneId zone = calendar.zone();
        Instant now = clock.instant();
        StepNames names = new StepNames();
        List<StepRecord> steps = jdbc.sql("""
                        SELECT h.TASK_DEF_KEY_, h.PROC_DEF_ID_, h.NAME_, h.ASSIGNEE_, h.START_TIME_, h.END_TIME_,
                               h.DUE_DATE_, usr.FIRST_, usr.LAST_
                        FROM ACT_HI_TASKINST h LEFT JOIN ACT_ID_USER usr ON usr.ID_ = h.ASSIGNEE_
                        WHERE h.PROC_INST_ID_ = ? ORDER BY h.START_TIME_, h.ID_""")
                .param(pi.get())
                .query((rs, i) -> {
                    OpenTask t = new OpenTask(null, rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), instant(rs.getTimestamp(7)), instant(rs.getTimestamp(5)), businessKey, 0,
                            null, null, null, null, null, null, rs.getString(8), rs.getString(9), null);
                    return new Object[] {t, instant(rs.getTimestamp(6))};
                }).list().stream().map(row -> {
                    OpenTask t = (OpenTask) row[0];
                    Instant ended = (Instant) row[1];
                    Integer late = null;
                    String text = "Không có hạn";
                    if (t.due() != null) {
                        Instant at = ended != null ? ended : now;
                        late = Math.max(0, calendar.workingDaysBetween(t.due().atZone(zone).toLocalDate(),
                                at.atZone(zone).toLocalDate()));
                        boolean lateNow = at.isAfter(t.due());
                        text = !lateNow ? (ended != null ? "Đúng hạn" : deadlineText(
                                calendar.workingDaysBetween(now.atZone(zone).toLocalDate(),
                                        t.due().atZone(zone).toLocalDate()), false))
                                : (ended != null ? "Trễ " : "Quá hạn ") + (late == 0 ? "trong ngày" : late + " ngày làm việc");
                    }
                    return new StepRecord(names.of(t), t.assignee() == null ? null : fullName(t), t.created(), ended,
                            t.due() == null ? null : DAY.format(t.due().atZone(zone)), late, text);
                }).toList();
        return java.util.Optional.of(steps);
    }

    public int currentYear() {
        return clock.instant().atZone(calendars.calendar().zone()).getYear();
    }

    private static String fullName(OpenTask t) {
        String full = ((t.firstName() == null ? "" : t.firstName()) + " " + (t.lastName() == null ? "" : t.lastName()))
                .strip();
        return full.isEmpty() ? t.assignee() : full;
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }

    /** The modelled name of each step (the task's name carries its subject), one model per process version. */
    private final class StepNames {
        private final Map<String, BpmnModelInstance> models = new HashMap<>();

        String of(OpenTask t) {
            BpmnModelInstance model = models.computeIfAbsent(t.definitionId(), repository::getBpmnModelInstance);
            FlowElement element = model == null || t.stepKey() == null ? null : model.getModelElementById(t.stepKey());
            return element != null && element.getName() != null ? element.getName() : t.taskName();
        }
    }
}

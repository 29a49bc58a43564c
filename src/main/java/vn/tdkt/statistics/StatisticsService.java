package vn.tdkt.statistics;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual statistics report: the form's tables computed from the registry, a report of a year opened by the
 * specialist, its figures frozen when submitted, returned or approved by the head (each step in the audit chain).
 */
@Service
public class StatisticsService {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    private final StatisticsRepository repository;
    private final StatisticsProperties properties;
    private final AuditTrail audit;
    private final Clock clock;

    public StatisticsService(StatisticsRepository repository, StatisticsProperties properties, AuditTrail audit,
                             Clock clock) {
        this.repository = repository;
        this.properties = properties;
        this.audit = audit;
        this.clock = clock;
    }

    /** The level's words: cấp tỉnh or cấp nhà nước. */
    public static String levelLabel(String level) {
        return "TRUNG_UONG".equals(level) ? "Khen thưởng cấp nhà nước" : "Khen thưởng cấp tỉnh";
    }

    /** The form's tables of a year and a level, computed from the registry as it is now. */
    public StatisticsTable compute(int year, String level) {
        List<String> problems = StatisticsRules.start(year, level, currentYear(), repository.firstFormYear());
        if (!problems.isEmpty()) {
            throw Refusal.invalid("STATISTICS_BAD_REQUEST", String.join(" ", problems));
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        StatisticsForm form = repository.formInForce(level, to).orElseThrow(() -> Refusal.invalid(
                "STATISTICS_NO_FORM", "Chưa có biểu mẫu thống kê " + levelLabel(level).toLowerCase() + " năm " + year + "."));
        return StatisticsCalculator.compute(form, year, from, to, properties.reportingUnit(), properties.receivingUnit(),
                repository.awards(level, from, to));
    }

    /** The tables of a report: its frozen figures once submitted, the registry's figures while a draft. */
    public StatisticsTable table(StatisticsRepository.Report report) {
        if (report.snapshot() != null) {
            try {
                return JSON.readValue(report.snapshot(), StatisticsTable.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Unreadable snapshot of statistics report " + report.id(), e);
            }
        }
        return compute(report.year(), report.awardLevel());
    }

    /** Opens a report of a year (the start of the process): checks the answer, stores a draft, audits. */
    @Transactional
    public StatisticsRepository.Report open(Object year, Object level, String actor, String processInstanceId) {
        List<String> problems = StatisticsRules.start(year, level, currentYear(), repository.firstFormYear());
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        int y = java.util.Objects.requireNonNull(StatisticsRules.year(year), "year checked above");
        String lvl = (String) level;
        StatisticsForm form = repository.formInForce(lvl, LocalDate.of(y, 12, 31)).orElseThrow(() ->
                new InputRejectedException("Chưa có biểu mẫu thống kê " + levelLabel(lvl).toLowerCase() + " năm " + y + "."));
        long id = repository.insert(form.code(), lvl, y, actor, processInstanceId, clock.instant());
        StatisticsRepository.Report r = repository.get(id);
        record(AuditKind.STATISTICS_REPORT_STARTED, r, actor, "Lập báo cáo thống kê", "Biểu " + form.formNumber()
                + ", " + levelLabel(lvl).toLowerCase() + " năm " + y);
        return r;
    }

    /** The specialist submits: the figures of the registry now are frozen into the report, with the notes. */
    @Transactional
    public void submit(long id, Object figuresChecked, Object notes, String actor) {
        List<String> problems = StatisticsRules.prepare(figuresChecked, notes);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        StatisticsRepository.Report r = repository.get(id);
        StatisticsTable table = compute(r.year(), r.awardLevel());
        try {
            repository.submit(id, blankToNull(notes), JSON.writeValueAsString(table), actor, clock.instant());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot freeze statistics report " + id, e);
        }
    }

    /** The head returns the report with a reason; the specialist prepares it again. */
    @Transactional
    public void returnReport(long id, Object reason, String actor) {
        List<String> problems = StatisticsRules.approval("return", reason);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        StatisticsRepository.Report r = repository.get(id);
        String why = ((String) reason).strip();
        repository.returned(id, why, clock.instant());
        record(AuditKind.STATISTICS_REPORT_RETURNED, r, actor, "Trả lại báo cáo thống kê", why);
    }

    /** The head approves: the report is signed with the figures frozen at its submission. */
    @Transactional
    public void approve(long id, String actor) {
        StatisticsRepository.Report r = repository.get(id);
        if (r.snapshot() == null) {
            throw new InputRejectedException("Báo cáo chưa được chuyên viên trình nên chưa thể phê duyệt.");
        }
        repository.approved(id, actor, clock.instant());
        record(AuditKind.STATISTICS_REPORT_APPROVED, r, actor, "Phê duyệt báo cáo thống kê",
                levelLabel(r.awardLevel()) + " năm " + r.year());
    }

    private void record(AuditKind kind, StatisticsRepository.Report r, String actor, String subject, String what) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reportId", r.id());
        details.put("year", r.year());
        details.put("level", r.awardLevel());
        details.put("what", what);
        audit.record(AuditRecord.domain(kind, clock.instant(), r.businessKey(), r.processInstanceId(), actor,
                subject + " " + r.businessKey(), details));
    }

    private int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private static String blankToNull(Object text) {
        return text instanceof String s && !s.isBlank() ? s.strip() : null;
    }
}

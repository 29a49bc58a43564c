package vn.tdkt.demo;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Two Tây Ninh movements in progress, run through the emulation-movement process by the demo users who would do each
 * step: "Tây Ninh chung sức xây dựng nông thôn mới giai đoạn 2026–2030" (standing agency Sở Nông nghiệp và Môi
 * trường, launched by the chairman; Sở Tư pháp and Sở Công Thương have registered, Sở Tư pháp has reported) and "Cán
 * bộ, công chức, viên chức thi đua thực hiện văn hóa công sở" (standing agency Sở Nội vụ, launched by the vice-chairman;
 * the units' registrations are open). Idempotent: skipped when the movements exist.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoMovementSeeder implements ApplicationRunner {

    static final String RURAL = "Tây Ninh chung sức xây dựng nông thôn mới giai đoạn 2026–2030";
    static final String OFFICE_CULTURE = "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở";

    private static final Logger log = LoggerFactory.getLogger(DemoMovementSeeder.class);

    private final DemoActions actions;
    private final FormService forms;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final Clock clock;

    public DemoMovementSeeder(DemoActions actions, FormService forms, RepositoryService repository, TaskService tasks,
                              JdbcClient jdbc, Clock clock) {
        this.actions = actions;
        this.forms = forms;
        this.repository = repository;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM emulation_movement WHERE name IN (?, ?)").params(RURAL, OFFICE_CULTURE)
                .query(Integer.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ProcessInstance rural = start("canbo.snnmt", RURAL, "CHUYEN_DE",
                "Xây dựng nông thôn mới nâng cao, kiểu mẫu bền vững; nâng thu nhập và chất lượng sống của người dân nông thôn.",
                "Mỗi cơ quan, đơn vị đăng ký hỗ trợ ít nhất một xã; tham gia xây dựng mô hình sản xuất, chuyển đổi số,"
                        + " bảo vệ môi trường nông thôn; báo cáo kết quả định kỳ.",
                LocalDate.of(2026, 1, 15), later(LocalDate.of(2028, 6, 30), today, 60), later(LocalDate.of(2030, 12, 31), today, 400),
                List.of("stp", "sct", "sxd", "snnmt", "ldld", "hnd"),
                "Bằng khen của Chủ tịch UBND tỉnh cho tập thể, cá nhân tiêu biểu khi tổng kết giai đoạn.");
        decide(rural, "chutich");
        register(rural, "stp", "canbo.stp", "Sở Tư pháp hỗ trợ xã Tân Hòa: tuyên truyền pháp luật, xây dựng xã đạt"
                + " chuẩn tiếp cận pháp luật, hòa giải ở cơ sở.");
        register(rural, "sct", "canbo.sct", "Sở Công Thương hỗ trợ chợ nông thôn, đưa hàng Việt về nông thôn và"
                + " quảng bá sản phẩm OCOP của các xã.");
        Task report = unitTask(rural, "Task_Report", "stp");
        tasks.claim(report.getId(), "canbo.stp");
        actions.complete(report, "canbo.stp", Map.of("progressReport", "Xã Tân Hòa đạt chuẩn tiếp cận pháp luật;"
                + " tổ chức 12 buổi tuyên truyền, 5 tổ hòa giải hoạt động hiệu quả.", "progressPercent", 60));

        ProcessInstance culture = start("thamdinh", OFFICE_CULTURE, "THUONG_XUYEN",
                "Xây dựng phong cách ứng xử chuẩn mực, chuyên nghiệp của cán bộ, công chức, viên chức trong thực thi công vụ.",
                "Thực hiện quy tắc ứng xử, trang phục, giao tiếp với người dân; không để phát sinh phản ánh về thái độ"
                        + " phục vụ; cải thiện chỉ số hài lòng.",
                today.withDayOfYear(1), later(LocalDate.of(today.getYear(), 6, 30), today, 45),
                later(LocalDate.of(today.getYear(), 12, 31), today, 120),
                List.of("stp", "stc", "syt", "sgddt", "ttpvhcc"), "Giấy khen, Bằng khen theo chuyên đề khi tổng kết.");
        decide(culture, "phochutich");
        log.info("Demo movements seeded: {} and {}", RURAL, OFFICE_CULTURE);
    }

    /** The planned day, or enough days after today when the demo runs later than planned. */
    private static LocalDate later(LocalDate planned, LocalDate today, int days) {
        return planned.isAfter(today.plusDays(days / 2)) ? planned : today.plusDays(days);
    }

    private ProcessInstance start(String drafter, String name, String kind, String goal, String criteria,
                                  LocalDate start, LocalDate mid, LocalDate end, List<String> units, String awards) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("emulation-movement")
                .latestVersion().singleResult().getId();
        return actions.as(drafter, () -> forms.submitStartForm(definitionId, Variables.createVariables()
                .putValue("movementName", name).putValue("movementKind", kind).putValue("goal", goal)
                .putValue("criteria", criteria).putValue("startDate", start.toString())
                .putValue("midReviewDate", mid.toString()).putValue("endDate", end.toString())
                .putValue("participantCodes", JsonVars.json(units)).putValue("awardsText", awards)));
    }

    private void decide(ProcessInstance pi, String signer) {
        Task decision = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_LaunchDecision")
                .singleResult();
        tasks.claim(decision.getId(), signer);
        actions.complete(decision, signer, Map.of("launchDecision", "approve"));
    }

    private void register(ProcessInstance pi, String unit, String officer, String plan) {
        Task t = unitTask(pi, "Task_Register", unit);
        tasks.claim(t.getId(), officer);
        actions.complete(t, officer, Map.of("registrationPlan", plan));
    }

    private Task unitTask(ProcessInstance pi, String key, String unit) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .taskCandidateGroup("unit-officer." + unit).singleResult();
    }
}

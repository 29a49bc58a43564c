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
import java.util.Optional;

/**
 * Two revocations of awards run through the award-revocation process by the demo users who would do each step: one
 * waiting at the Sở Nội vụ's head (a Bằng khen of 2021 of a Hội Cựu chiến binh's officer, from a denunciation), and
 * one complete (a Bằng khen of 2021 of a Trung tâm Kiểm soát bệnh tật's officer: annulled by the chairman, the object
 * and bonus returned by the unit, confirmed by the specialist). Idempotent: skipped when any revocation exists.
 */
@Component
@Order(60)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoRevocationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRevocationSeeder.class);

    private final DemoActions actions;
    private final FormService forms;
    private final RepositoryService repository;
    private final TaskService tasks;
    private final JdbcClient jdbc;
    private final Clock clock;

    public DemoRevocationSeeder(DemoActions actions, FormService forms, RepositoryService repository,
                                TaskService tasks, JdbcClient jdbc, Clock clock) {
        this.actions = actions;
        this.forms = forms;
        this.repository = repository;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** An award of the registry the demo revokes. */
    private record Award(long id, String number, LocalDate date) { }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT COUNT(*) FROM award_revocation").query(Integer.class).single() > 0) {
            return;
        }
        Optional<Award> waiting = award("hccb");
        Optional<Award> done = award("ttksbt");
        if (waiting.isEmpty() || done.isEmpty()) {
            log.info("Demo revocations skipped: no person to revoke an award of");
            return;
        }
        ProcessInstance first = start(waiting.get(), "COMPLAINT", "Đơn tố cáo ngày 12/9/2026 của công dân, văn bản"
                + " giải quyết số 45/TB-SNV", "Đơn vị kê khai số liệu hoàn thành chỉ tiêu năm 2020 không đúng thực tế"
                + " theo kết quả xác minh đơn tố cáo.");
        appraise(first);

        ProcessInstance second = start(done.get(), "INSPECTION", null, "Kết luận thanh tra cho thấy hồ sơ đề nghị"
                + " khen thưởng năm 2020 có số liệu sai sự thật về kết quả thực hiện nhiệm vụ.");
        appraise(second);
        complete(second, "Task_HeadReview", "lanhdao.snv", Map.of("headDecision", "approve"));
        complete(second, "Task_ChairmanDecision", "chutich", Map.of("chairmanDecision", "sign"));
        LocalDate today = LocalDate.now(clock);
        Task recovery = tasks.createTaskQuery().processInstanceId(second.getId()).taskDefinitionKey("Task_Recovery")
                .singleResult();
        String officer = "canbo.ttksbt";
        tasks.claim(recovery.getId(), officer);
        actions.complete(recovery, officer, Map.of("objectReturned", "yes", "bonusRefunded", 5_850_000,
                "refundDate", today.toString(), "receiptRef", "Biên lai thu số 0001258",
                "recoveryNote", "Đã nộp lại Bằng khen và tiền thưởng vào tài khoản tạm giữ của Sở Nội vụ."));
        complete(second, "Task_ConfirmRecovery", "thamdinh", Map.of("confirmDecision", "confirm"));
        log.info("Demo revocations seeded: one at the agency head, one complete");
    }

    /**
     * A Bằng khen of 2021 given to the unit's first person by a decision of its own (registry history before the
     * year), so that no award the rest of the demo counts on is touched.
     */
    private Optional<Award> award(String unitCode) {
        Optional<Long> person = jdbc.sql("SELECT p.id FROM person p JOIN org_unit u ON u.id = p.unit_id WHERE u.code = ?"
                + " ORDER BY p.id").param(unitCode).query(Long.class).list().stream().findFirst();
        if (person.isEmpty()) {
            return Optional.empty();
        }
        String number = ("hccb".equals(unitCode) ? "86" : "87") + "/QĐ-UBND";
        LocalDate date = LocalDate.of(2022, 3, 15);
        jdbc.sql("INSERT INTO award_record (award_type_code, person_id, award_year, commendation_kind, decision_number,"
                        + " decision_date, decision_authority, achievement_ref) VALUES ('BK_TINH', ?, 2021, 'CONG_TRANG',"
                        + " ?, ?, 'Chủ tịch UBND tỉnh', ?)")
                .params(person.get(), number, date, "THANH-TICH-2021-BK_TINH-HB-" + unitCode).update();
        long id = jdbc.sql("SELECT MAX(id) FROM award_record WHERE decision_number = ? AND person_id = ?")
                .params(number, person.get()).query(Long.class).single();
        return Optional.of(new Award(id, number, date));
    }

    private ProcessInstance start(Award a, String source, String complaint, String reasons) {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey("award-revocation")
                .latestVersion().singleResult().getId();
        return actions.as("thamdinh", () -> forms.submitStartForm(definitionId, Variables.createVariables()
                .putValue("decisionKey", a.number() + "|" + a.date())
                .putValue("awardIds", JsonVars.json(List.of(String.valueOf(a.id()))))
                .putValue("grounds", JsonVars.json(List.of("FALSE_DECLARATION", "FORGED_DOCUMENTS")))
                .putValue("source", source).putValue("complaintRef", complaint).putValue("reasons", reasons)
                .putValue("evidence", "Biên bản xác minh, kết luận của Sở Nội vụ kèm theo hồ sơ.")));
    }

    private void appraise(ProcessInstance pi) {
        complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisalOpinion", "Đủ căn cứ đề nghị hủy bỏ quyết định khen"
                + " thưởng theo chương VII Luật Thi đua, khen thưởng 2022; đề nghị thu hồi hiện vật và tiền thưởng."));
    }

    private void complete(ProcessInstance pi, String key, String user, Map<String, Object> variables) {
        Task t = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        tasks.claim(t.getId(), user);
        actions.complete(t, user, variables);
    }
}

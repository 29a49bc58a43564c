package vn.tdkt.browser;

import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.identity.TasklistFilters;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A thematic emulation movement (emulation-movement), in Tasklist: Sở Nông nghiệp và Môi trường's TĐKT officer
 * drafts it with Hội Cựu chiến binh taking part, the chairman returns it with a reason, the officer revises it, the
 * vice-chairman launches it (the launch decision's PDF is read back), the unit's officer registers and reports, and at
 * the sơ kết and the end day (the timers fired as the job executor would) the standing agency reviews it and proposes
 * the unit for a Bằng khen theo chuyên đề, which starts a commendation proposal carrying the movement.
 */
final class MovementScene {

    static final String PROCESS = "Phong trào thi đua, chuyên đề";
    static final String DECIDE = "Chủ tịch duyệt, phát động phong trào";
    static final String REVISE = "Hoàn chỉnh dự thảo phong trào";
    static final String REGISTER = "Đăng ký tham gia phong trào";
    static final String REPORT = "Báo cáo tiến độ thực hiện phong trào";
    static final String MID = "Sơ kết phong trào";
    static final String FINAL = "Tổng kết phong trào, đề nghị khen thưởng";
    static final String STANDING = "snnmt";
    static final String UNIT = "hccb";

    private MovementScene() { }

    static void run(Scene scene) {
        LocalDate today = LocalDate.now(scene.clock());
        String name = "Cựu chiến binh chung sức xây dựng nông thôn mới năm " + today.getYear();
        String pid = officerDrafts(scene, name, today);
        chairmanReturns(scene, pid);
        officerRevises(scene, pid);
        viceChairmanLaunches(scene, pid);
        long id = ((Number) scene.engine().getRuntimeService().getVariable(pid, "movementId")).longValue();
        theLaunchDecisionIsReadBack(scene, id);
        unitRegistersAndReports(scene, pid);
        fire(scene, pid, "Timer_MidReview");
        standingAgencyReviews(scene, pid, "Task_MidReview", MID, false);
        fire(scene, pid, "Timer_FinalReview");
        standingAgencyReviews(scene, pid, "Task_FinalReview", FINAL, true);
        String key = scene.jdbc().sql("SELECT mu.proposal_key FROM emulation_movement_unit mu JOIN org_unit u"
                + " ON u.id = mu.unit_id WHERE mu.movement_id = ? AND u.code = ?").params(id, UNIT)
                .query(String.class).single();
        assertThat(scene.jdbc().sql("SELECT movement_id FROM commendation_proposal WHERE business_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(id);
    }

    private static String officerDrafts(Scene scene, String name, LocalDate today) {
        Tasklist tasklist = Tasklist.login(scene.driver(), scene.base(), "canbo." + STANDING);
        tasklist.startProcess(PROCESS);
        assertThat(tasklist.formText()).contains("Tên phong trào thi đua, chuyên đề", "Cơ quan, đơn vị tham gia");
        tasklist.fill("Tên phong trào thi đua, chuyên đề", name);
        tasklist.radio("Hình thức tổ chức thi đua", "Phong trào theo chuyên đề");
        tasklist.fill("Mục tiêu", "Phát huy vai trò cựu chiến binh trong xây dựng nông thôn mới của tỉnh.");
        tasklist.fill("Nội dung, tiêu chí thi đua", "Mỗi chi hội nhận hỗ trợ một tuyến đường nông thôn sáng, xanh,"
                + " sạch; tham gia hòa giải ở cơ sở.");
        tasklist.pickDate("Ngày bắt đầu", today);
        tasklist.pickDate("Ngày sơ kết", today.plusDays(45));
        tasklist.pickDate("Ngày kết thúc (tổng kết)", today.plusDays(120));
        tasklist.tag("Cơ quan, đơn vị tham gia", "Cựu chiến", "Hội Cựu chiến binh");
        tasklist.fill("Hình thức khen thưởng khi tổng kết", "Bằng khen của Chủ tịch UBND tỉnh cho tập thể tiêu biểu.");
        scene.shot("phong-trao-du-thao");
        tasklist.submitStartForm();
        String pid = scene.engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("emulation-movement").variableValueEquals("movementName", name).singleResult()
                .getId();
        scene.ledger().started(pid);
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("tdkt-start-confirmation")).isEmpty());
        scene.shot("phong-trao-da-trinh");
        return pid;
    }

    private static void chairmanReturns(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "chutich");
        Task task = task(scene, pid, "Task_LaunchDecision");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), DECIDE);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Sở Nông nghiệp và Môi trường", "Hội Cựu chiến binh");
        tasklist.radio("Ý kiến của Chủ tịch", "Trả lại để hoàn chỉnh");
        tasklist.fill("Lý do trả lại, không ban hành / ghi chú", "Bổ sung tiêu chí hòa giải ở cơ sở cho cụ thể.");
        scene.shot("phong-trao-chu-tich-tra-lai");
        tasklist.complete(task.getId());
    }

    private static void officerRevises(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + STANDING);
        Task task = task(scene, pid, "Task_ReviseDraft");
        tasklist.filter(TasklistFilters.MY_TASKS);
        tasklist.openFromList(task.getId(), REVISE);
        tasklist.claim();
        assertThat(tasklist.value("Ý kiến của Chủ tịch", 0)).contains("hòa giải");
        tasklist.fill("Nội dung, tiêu chí thi đua", "Mỗi chi hội nhận hỗ trợ một tuyến đường nông thôn sáng, xanh,"
                + " sạch; mỗi xã có ít nhất một tổ hòa giải có cựu chiến binh tham gia.");
        tasklist.radio("Xử lý dự thảo", "Trình lại Chủ tịch");
        scene.shot("phong-trao-hoan-chinh");
        tasklist.complete(task.getId());
    }

    private static void viceChairmanLaunches(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "phochutich");
        Task task = task(scene, pid, "Task_LaunchDecision");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), DECIDE);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("tổ hòa giải");
        tasklist.radio("Ý kiến của Chủ tịch", "Đồng ý, phát động phong trào");
        scene.shot("phong-trao-phat-dong");
        tasklist.complete(task.getId());
    }

    private static void theLaunchDecisionIsReadBack(Scene scene, long id) {
        scene.driver().get(scene.base() + "/api/movements/" + id);
        assertThat(scene.driver().findElement(By.tagName("body")).getText()).contains("\"status\":\"LAUNCHED\"");
        String number = scene.jdbc().sql("SELECT launch_number FROM emulation_movement WHERE id = ?").param(id)
                .query(String.class).single();
        assertThat(number).endsWith("/QĐ-UBND");
    }

    private static void unitRegistersAndReports(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + UNIT);
        Task register = task(scene, pid, "Task_Register");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(register.getId(), REGISTER);
        tasklist.claim();
        tasklist.fill("Nội dung đăng ký, chỉ tiêu và kế hoạch của đơn vị", "Hội đăng ký hỗ trợ 5 xã, mỗi xã một"
                + " tuyến đường sáng, xanh, sạch và một tổ hòa giải.");
        scene.shot("phong-trao-don-vi-dang-ky");
        tasklist.complete(register.getId());

        Task report = task(scene, pid, "Task_Report");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(report.getId(), REPORT);
        tasklist.claim();
        tasklist.fill("Mức độ hoàn thành chỉ tiêu đăng ký (%)", "80");
        tasklist.fill("Kết quả thực hiện, khó khăn và kiến nghị", "Đã hoàn thành 4 tuyến đường và 5 tổ hòa giải;"
                + " kiến nghị hỗ trợ kinh phí đèn chiếu sáng.");
        scene.shot("phong-trao-don-vi-bao-cao");
        tasklist.complete(report.getId());
    }

    private static void standingAgencyReviews(Scene scene, String pid, String key, String name, boolean last) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "canbo." + STANDING);
        Task task = task(scene, pid, key);
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), name);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("1 đơn vị tham gia; 1 đã đăng ký; 1 đã báo cáo");
        if (last) {
            tasklist.fill("Báo cáo tổng kết", "Phong trào đạt mục tiêu; Hội Cựu chiến binh tiêu biểu, đề nghị khen.");
            tasklist.tag("Đơn vị tiêu biểu đề nghị khen thưởng", "Cựu chiến", "Hội Cựu chiến binh");
            tasklist.select("Hình thức khen thưởng đề nghị", "Bằng khen của Chủ tịch UBND tỉnh");
            scene.shot("phong-trao-tong-ket");
        } else {
            tasklist.fill("Báo cáo sơ kết", "Đơn vị tham gia đã đăng ký và báo cáo đúng hạn, hoàn thành 80% chỉ tiêu.");
            scene.shot("phong-trao-so-ket");
        }
        tasklist.complete(task.getId());
    }

    /** The review's day has come: its timer job executed as the job executor would (it is off in tests). */
    private static void fire(Scene scene, String pid, String activity) {
        String job = scene.engine().getManagementService().createJobQuery().processInstanceId(pid).activityId(activity)
                .timers().singleResult().getId();
        scene.engine().getManagementService().executeJob(job);
    }

    private static Task task(Scene scene, String pid, String key) {
        Task t = scene.engine().getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
                .singleResult();
        assertThat(t).as(key).isNotNull();
        return t;
    }
}

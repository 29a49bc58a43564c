package vn.tdkt.browser;

import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit's registration for next year's titles (emulation-registration), in Tasklist: the unit's TĐKT officer
 * starts "Đăng ký thi đua năm", the unit's head returns it with a reason, the officer revises it as asked, the head
 * signs it and it is recorded in the province's register. A unit that has no registration for next year yet and
 * that no other test registers is chosen, so the scene stands on its own data.
 */
final class RegistrationScene {

    static final String PROCESS = "Đăng ký thi đua năm";
    static final String HEAD_REVIEW = "Thủ trưởng ký duyệt bản đăng ký thi đua";
    static final String REVISE = "Hoàn chỉnh bản đăng ký thi đua";
    /** Units of the demo province no other test registers (Hội CCB, Hội Nông dân, Hội LHPN, Tỉnh Đoàn, ...). */
    static final List<String> UNITS = List.of("hccb", "hnd", "hlhpn", "tdoan", "ldld", "mttq", "bvdk");

    private RegistrationScene() { }

    static void run(Scene scene) {
        int year = LocalDate.now(scene.clock()).getYear() + 1;
        String unit = freeUnit(scene, year);
        String officer = "canbo." + unit;
        String head = "thutruong." + unit;
        String unitName = scene.jdbc().sql("SELECT name FROM org_unit WHERE code = ?").param(unit)
                .query(String.class).single();

        String pid = officerRegisters(scene, officer, year);
        String reason = "Đề nghị nâng danh hiệu lên Tập thể lao động xuất sắc và bổ sung chỉ tiêu chuyển đổi số.";
        headReturns(scene, head, pid, unitName, year, reason);
        officerRevises(scene, officer, pid, reason);
        headApproves(scene, head, pid);
        theRegistrationIsRecorded(scene, unit, year, head, pid);
    }

    /** The first unit of {@link #UNITS} with no registration for the year, recorded or under way. */
    private static String freeUnit(Scene scene, int year) {
        for (String unit : UNITS) {
            int recorded = scene.jdbc().sql("SELECT COUNT(*) FROM emulation_registration r JOIN org_unit u"
                    + " ON u.id = r.unit_id WHERE u.code = ? AND r.emulation_year = ?").params(unit, year)
                    .query(Integer.class).single();
            long running = scene.engine().getRuntimeService().createProcessInstanceQuery()
                    .processInstanceBusinessKey("DKTD-" + year + "-" + unit).count();
            if (recorded == 0 && running == 0) {
                return unit;
            }
        }
        throw new IllegalStateException("every unit of " + UNITS + " already registered for " + year);
    }

    /** canbo.&lt;unit&gt; fills the start form of "Đăng ký thi đua năm"; returns the new instance, in the ledger. */
    private static String officerRegisters(Scene scene, String officer, int year) {
        Tasklist tasklist = Tasklist.login(scene.driver(), scene.base(), officer);
        tasklist.startProcess(PROCESS);
        assertThat(tasklist.formText()).contains("Năm đăng ký", "Danh hiệu thi đua tập thể đăng ký",
                "Nội dung cam kết, giao ước thi đua");
        tasklist.fill("Năm đăng ký", String.valueOf(year));
        tasklist.select("Danh hiệu thi đua tập thể đăng ký", "Tập thể lao động tiên tiến");
        tasklist.fill("Số cá nhân đăng ký danh hiệu Lao động tiên tiến", "28");
        tasklist.fill("Số cá nhân đăng ký danh hiệu Chiến sĩ thi đua cơ sở", "3");
        tasklist.fill("Nội dung cam kết, giao ước thi đua", "Hoàn thành 100% chỉ tiêu công tác năm " + year
                + ", không có cán bộ vi phạm kỷ luật.");
        scene.shot("dang-ky-can-bo-lap-ban-dang-ky");
        tasklist.submitStartForm();

        String businessKey = "DKTD-" + year + "-" + officer.substring("canbo.".length());
        String pid = scene.engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).singleResult().getId();
        scene.ledger().started(pid);
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("tdkt-start-confirmation")).isEmpty()
                        && d.findElement(By.id("tdkt-start-confirmation")).getText().contains(businessKey));
        assertThat(scene.driver().findElement(By.id("tdkt-start-confirmation")).getText())
                .contains("Đã khởi động «" + PROCESS + "» số " + businessKey);
        scene.shot("dang-ky-da-gui-thu-truong");
        return pid;
    }

    /** thutruong.&lt;unit&gt; reads the registration and returns it with a reason. */
    private static void headReturns(Scene scene, String head, String pid, String unitName, int year, String reason) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), head);
        Task review = task(scene, pid, "Task_HeadReview");
        tasklist.filter(Role.UNIT_HEAD.tasklistFilterName());
        tasklist.openFromList(review.getId(), HEAD_REVIEW);
        tasklist.claim();
        assertThat(tasklist.formText()).contains(unitName, String.valueOf(year), "Tập thể lao động tiên tiến",
                "không có cán bộ vi phạm kỷ luật");
        tasklist.radio("Ý kiến của thủ trưởng", "Trả lại để hoàn chỉnh");
        tasklist.fill("Lý do trả lại / ghi chú", reason);
        scene.shot("dang-ky-thu-truong-tra-lai");
        tasklist.complete(review.getId());
        assertThat(task(scene, pid, "Task_ReviseRegistration")).as("returned to the officer").isNotNull();
    }

    /** The officer finds the returned registration in his own list, reads why, and revises it. */
    private static void officerRevises(Scene scene, String officer, String pid, String reason) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), officer);
        Task revise = task(scene, pid, "Task_ReviseRegistration");
        assertThat(revise.getAssignee()).as("the officer who registered").isEqualTo(officer);
        tasklist.filter(TasklistFilters.MY_TASKS);
        tasklist.openFromList(revise.getId(), REVISE);
        tasklist.claim();
        assertThat(tasklist.value("Ý kiến của thủ trưởng", 0)).isEqualTo(reason);
        tasklist.select("Danh hiệu thi đua tập thể đăng ký", "Tập thể lao động xuất sắc");
        tasklist.fill("Số cá nhân đăng ký Chiến sĩ thi đua cơ sở", "4");
        tasklist.fill("Nội dung cam kết, giao ước thi đua", "Hoàn thành xuất sắc 100% chỉ tiêu công tác; 100% hồ sơ"
                + " thủ tục hành chính giải quyết trực tuyến; không có cán bộ vi phạm kỷ luật.");
        scene.shot("dang-ky-can-bo-hoan-chinh");
        tasklist.complete(revise.getId());
        assertThat(task(scene, pid, "Task_HeadReview")).as("back to the head").isNotNull();
    }

    /** The head opens the revised registration and signs it. */
    private static void headApproves(Scene scene, String head, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), head);
        Task review = task(scene, pid, "Task_HeadReview");
        tasklist.filter(Role.UNIT_HEAD.tasklistFilterName());
        tasklist.openFromList(review.getId(), HEAD_REVIEW);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Tập thể lao động xuất sắc", "giải quyết trực tuyến");
        tasklist.radio("Ý kiến của thủ trưởng", "Đồng ý, ký duyệt");
        scene.shot("dang-ky-thu-truong-ky-duyet");
        tasklist.complete(review.getId());
    }

    /** What the province's register holds: the revised titles, signed by the head; the instance has ended. */
    private static void theRegistrationIsRecorded(Scene scene, String unit, int year, String head, String pid) {
        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count())
                .as("the registration is recorded and ends").isZero();
        Map<String, Object> row = scene.jdbc().sql("SELECT r.collective_title, r.individual_ldtt_count,"
                        + " r.individual_cstdcs_count, r.approved_by, r.process_instance_id FROM emulation_registration r"
                        + " JOIN org_unit u ON u.id = r.unit_id WHERE u.code = ? AND r.emulation_year = ?")
                .params(unit, year).query().singleRow();
        assertThat(row.values()).containsExactly("TTLDXS", 28, 4, head, pid);
        scene.shot("dang-ky-da-ghi-nhan");
    }

    private static Task task(Scene scene, String pid, String key) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
                .singleResult();
    }
}

package vn.tdkt.browser;

import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.identity.TasklistFilters;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The year's statistics report (statistics-report), in Tasklist: the Sở Nội vụ's specialist opens the report of the
 * year for the province's awards (biểu 0603.N/BNV-TĐKT), looks at the figures on the statistics page, confirms he has
 * checked them and submits; the head of the Sở approves it; the signed report's page shows its status and the .xlsx
 * downloads from the page's link in the browser session.
 */
final class StatisticsScene {

    static final String PROCESS = "Báo cáo thống kê thi đua, khen thưởng";
    static final String PREPARE = "Lập báo cáo thống kê";
    static final String APPROVE = "Phê duyệt báo cáo thống kê";

    private StatisticsScene() { }

    static void run(Scene scene) {
        int year = LocalDate.now(scene.clock()).getYear();
        String pid = specialistOpens(scene, year);
        long id = ((Number) scene.engine().getRuntimeService().getVariable(pid, "reportId")).longValue();
        specialistPrepares(scene, pid, id);
        headApproves(scene, pid);
        theSignedReportIsOnThePage(scene, id);
    }

    private static String specialistOpens(Scene scene, int year) {
        java.util.Set<String> before = new java.util.HashSet<>(scene.engine().getRuntimeService()
                .createProcessInstanceQuery().processDefinitionKey("statistics-report").list().stream()
                .map(p -> p.getId()).toList());
        Tasklist tasklist = Tasklist.login(scene.driver(), scene.base(), "thamdinh");
        tasklist.startProcess(PROCESS);
        assertThat(tasklist.formText()).contains("Thông tư số 02/2023/TT-BNV", "Năm báo cáo", "Cấp khen thưởng");
        tasklist.fill("Năm báo cáo", String.valueOf(year));
        tasklist.radio("Cấp khen thưởng", "Khen thưởng cấp tỉnh (biểu 0603.N/BNV-TĐKT)");
        scene.shot("thong-ke-mo-bao-cao");
        tasklist.submitStartForm();
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d -> scene.engine().getRuntimeService()
                .createProcessInstanceQuery().processDefinitionKey("statistics-report").list().stream()
                .anyMatch(p -> !before.contains(p.getId())));
        String pid = scene.engine().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("statistics-report").variableValueEquals("initiator", "thamdinh").list()
                .stream().map(p -> p.getId()).filter(id -> !before.contains(id)).findFirst().orElseThrow();
        scene.ledger().started(pid);
        return pid;
    }

    private static void specialistPrepares(Scene scene, String pid, long id) {
        // the figures as the specialist reviews them on the statistics page
        scene.driver().get(scene.base() + "/pages/thong-ke.html?report=" + id);
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.cssSelector("#bang-bieu tbody tr")).isEmpty());
        String page = scene.driver().findElement(By.tagName("body")).getText();
        assertThat(page).contains("0603.N/BNV-TĐKT", "Tổng số", "Bằng khen", "Đang lập");
        scene.shot("thong-ke-xem-so-lieu");

        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "thamdinh");
        Task task = task(scene, pid, "Task_StatisticsPrepare");
        tasklist.filter(TasklistFilters.MY_TASKS);
        tasklist.openFromList(task.getId(), PREPARE);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("BCTK-", "khen thưởng cấp tỉnh");
        tasklist.fill("Ghi chú, giải trình số liệu", "Đã đối chiếu với sổ khen thưởng và các quyết định trong năm.");
        tasklist.check("Tôi đã đối chiếu số liệu của biểu với sổ khen thưởng");
        scene.shot("thong-ke-chuyen-vien-trinh");
        tasklist.complete(task.getId());
    }

    private static void headApproves(Scene scene, String pid) {
        Tasklist tasklist = Tasklist.switchTo(scene.driver(), scene.base(), "lanhdao.snv");
        Task task = task(scene, pid, "Task_StatisticsApprove");
        tasklist.filter(TasklistFilters.GROUP_TASKS);
        tasklist.openFromList(task.getId(), APPROVE);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Đã đối chiếu với sổ khen thưởng");
        tasklist.radio("Ý kiến của lãnh đạo Sở", "Phê duyệt báo cáo");
        scene.shot("thong-ke-lanh-dao-phe-duyet");
        tasklist.complete(task.getId());
        assertThat(scene.engine().getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).count())
                .as("the report is signed").isZero();
    }

    private static void theSignedReportIsOnThePage(Scene scene, long id) {
        scene.driver().get(scene.base() + "/pages/thong-ke.html?report=" + id);
        new WebDriverWait(scene.driver(), Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("trang-thai")).getText().contains("Đã phê duyệt"));
        scene.shot("thong-ke-bao-cao-da-ky");
        // the .xlsx link of the page, downloaded in the signed-in browser session
        String href = scene.driver().findElement(By.id("tai-xlsx")).getAttribute("href");
        assertThat(href).endsWith("/api/statistics/reports/" + id + "/report.xlsx");
        Object result = ((JavascriptExecutor) scene.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then((r) => r.arrayBuffer().then((b) => {
                    const bytes = new Uint8Array(b);
                    done([r.status, r.headers.get('Content-Type'), bytes.length,
                          String.fromCharCode(bytes[0]) + String.fromCharCode(bytes[1])]);
                  }))
                  .catch((e) => done([0, String(e), 0, '']));""", href);
        List<?> answer = (List<?>) result;
        assertThat(((Number) answer.get(0)).intValue()).as("download status").isEqualTo(200);
        assertThat(String.valueOf(answer.get(1))).contains("spreadsheetml");
        assertThat(((Number) answer.get(2)).intValue()).isGreaterThan(1000);
        assertThat(answer.get(3)).isEqualTo("PK");
    }

    private static Task task(Scene scene, String pid, String key) {
        Task t = scene.engine().getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(key)
                .singleResult();
        assertThat(t).as(key).isNotNull();
        return t;
    }
}

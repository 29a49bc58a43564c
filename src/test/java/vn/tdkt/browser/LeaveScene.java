package vn.tdkt.browser;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.proposal.ProposalFixture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scene of {@link YearWalkthroughBrowserTest}: a delegation while on leave. The head of Sở Tư pháp declares a
 * day's leave on the delegation page and names his deputy; the unit's officer starts a proposal in Tasklist and
 * submits its dossier (uploaded on the dossier page); the head's signature task reaches the deputy, who signs the
 * tờ trình in Tasklist; the next day (the engine's clock moved, as time passes) the head is back, his leave shows as
 * ended on the page and nothing of the proposal waits for him in Tasklist.
 */
final class LeaveScene {

    static final String HEAD = "thutruong.stp";
    static final String DEPUTY = "phothutruong.stp";
    static final String DEPUTY_NAME = "Trần Thị Minh Thư";
    static final String OFFICER = "canbo.stp";
    static final String HEAD_SIGN = "Thủ trưởng ký tờ trình đề nghị khen thưởng";
    static final String DOSSIER = "Hoàn thiện hồ sơ đề nghị khen thưởng";
    static final String REASON = "Đi công tác tại Bộ Tư pháp (cảnh đi vắng)";
    static final ZoneId PROVINCE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Scene scene;
    private final WebDriver driver;
    private final LocalDate today;
    private final int year;
    private String nomineeName;
    private String pid;
    private String key;
    private long substitution;

    private LeaveScene(Scene scene) {
        this.scene = scene;
        this.driver = scene.driver();
        this.today = ProposalFixture.engineToday();
        this.year = LocalDate.now(scene.clock()).getYear() - 1;
    }

    static void run(Scene scene) {
        LeaveScene leave = new LeaveScene(scene);
        try {
            leave.play();
        } finally {
            ClockUtil.reset();
            // the scene's leave is over: it must not reroute the tasks of tests that run after it
            scene.jdbc().sql("UPDATE leave_substitution SET cancelled_at = CURRENT_TIMESTAMP, cancelled_by = 'kiem-thu'"
                    + " WHERE user_id = ? AND cancelled_at IS NULL AND reason = ?").params(HEAD, REASON).update();
        }
    }

    private void play() {
        headDeclaresLeave();
        officerStartsProposal();
        officerSubmitsDossier();
        taskReachesDeputy();
        deputySigns();
        headIsBack();
    }

    // ---- the delegation page, kept in one small method: the page is changing (substitute picked by name, dd/MM/yyyy)

    /** On /pages/uy-quyen.html, signed in as the absent user: names the substitute for the days; returns the page's message. */
    private String declareLeave(String searched, String substituteName, LocalDate from, LocalDate to, String reason) {
        // the substitute is found by typing part of the name and picked from the list; days typed as dd/mm/yyyy
        type("tim-nguoi-thay-the", searched);
        Select picker = new Select(driver.findElement(By.id("nguoi-thay-the")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> picker.getOptions().size() == 1);
        assertThat(picker.getFirstSelectedOption().getText()).startsWith(substituteName + " — ");
        type("tu-ngay", from.format(DAY));
        type("den-ngay", to.format(DAY));
        type("ly-do", reason);
        scene.shot("vang-mat-khai-bao");
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-uy-quyen")));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            String text = d.findElement(By.id("thong-bao")).getText();
            return text.startsWith("Đã ủy quyền") || text.startsWith("Không ủy quyền được");
        });
        return driver.findElement(By.id("thong-bao")).getText();
    }

    /** Types into a field as a user does (the field is emptied first). */
    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    /** The row of the substitution on the delegation page, once the list shows it. */
    private String leaveRow(long id) {
        By row = By.cssSelector("#danh-sach tr[data-id='" + id + "']");
        HeadlessChromium.find(driver, row, "uy-quyen-dong-" + id);
        return driver.findElement(row).getText();
    }

    private void headDeclaresLeave() {
        HeadlessChromium.signIn(driver, scene.base(), HEAD, "/pages/uy-quyen.html");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("toi")).getText().contains(HEAD));
        String message = declareLeave("minh thu", DEPUTY_NAME, today, today, REASON);
        assertThat(message).startsWith("Đã ủy quyền số").contains(DEPUTY_NAME, today.format(DAY));
        substitution = Long.parseLong(message.replaceAll("(?s).*Đã ủy quyền số (\\d+).*", "$1"));
        assertThat(leaveRow(substitution)).contains(DEPUTY_NAME, REASON, "Đang có hiệu lực");
        scene.shot("vang-mat-da-uy-quyen");
        Map<String, Object> stored = scene.jdbc().sql("SELECT substitute_id, from_date, to_date FROM leave_substitution"
                + " WHERE id = ?").param(substitution).query().singleRow();
        assertThat(stored).containsEntry("substitute_id", DEPUTY);
        assertThat(stored.get("from_date").toString()).isEqualTo(today.toString());
        assertThat(stored.get("to_date").toString()).isEqualTo(today.toString());
    }

    // ---- the unit's officer: a proposal whose tờ trình the head would sign

    private void officerStartsProposal() {
        nomineeName = "Phan Thị Ngọc Hân";
        String nominee = new ProposalFixture(scene.engine(), scene.jdbc(), null).person("stp", nomineeName,
                Map.of("CSTDCS", List.of(year - 1, year)), Map.of(year, "XUAT_SAC"));
        Tasklist t = Tasklist.switchTo(driver, scene.base(), OFFICER);
        t.startProcess(ProposalDossierBrowserTest.PROPOSAL);
        t.select("Loại hình khen thưởng", "Theo công trạng và thành tích (thường xuyên, hằng năm)");
        t.select("Hình thức đề nghị", "Bằng khen của Chủ tịch UBND tỉnh");
        t.fill("Năm (thời kỳ) thành tích", String.valueOf(year));
        t.tag("Cá nhân, tập thể được đề nghị", "Ngọc Hân", nomineeName + " –");
        t.fill("Tóm tắt thành tích", "Hoàn thành xuất sắc nhiệm vụ năm " + year
                + ", chủ trì thẩm định 85 dự thảo văn bản quy phạm pháp luật của tỉnh.");
        scene.shot("vang-mat-canbo-lap-de-nghi");
        t.submitStartForm();
        key = scene.jdbc().sql("SELECT business_key FROM proposal_nominee WHERE nominee_code = ?").param(nominee)
                .query(String.class).single();
        pid = scene.jdbc().sql("SELECT process_instance_id FROM commendation_proposal WHERE business_key = ?")
                .param(key).query(String.class).single();
        scene.ledger().started(pid);
    }

    private Task task(String taskKey) {
        return scene.engine().getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey(taskKey)
                .singleResult();
    }

    private void officerSubmitsDossier() {
        Task dossier = task("Task_CompleteDossier");
        assertThat(dossier).isNotNull();
        Tasklist t = Tasklist.switchTo(driver, scene.base(), OFFICER);
        t.filter(TasklistFilters.MY_TASKS);
        t.openFromList(dossier.getId(), DOSSIER);
        t.claim();
        driver.get(driver.findElement(By.cssSelector(".fjs-container a[href*='/pages/ho-so.html?hoSo=" + key + "']"))
                .getAttribute("href"));
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) scene.engine().getRuntimeService().getVariable(pid, "requiredDocuments");
        assertThat(required).isNotEmpty();
        for (String type : required) {
            DossierPage.uploadAndWait(driver, type, pdf(type.toLowerCase() + "-" + key + ".pdf",
                    "Hồ sơ " + key + " — " + type));
        }
        assertThat(driver.findElements(By.cssSelector("#bat-buoc li.con-thieu"))).isEmpty();
        scene.shot("vang-mat-canbo-tai-ho-so");
        t.reopen(Role.UNIT_OFFICER.tasklistFilterName(), dossier.getId(), DOSSIER);
        t.fill("Ghi chú của cán bộ TĐKT", "Đã tải đủ thành phần hồ sơ; thủ trưởng đi công tác, trình phó thủ trưởng ký.");
        t.complete(dossier.getId());
        scene.shot("vang-mat-canbo-trinh-ky");
    }

    private static Path pdf(String name, String text) {
        try {
            return Files.write(Files.createTempDirectory("ho-so").resolve(name), ProposalDossierBrowserTest.pdf(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- the head's task reaches the deputy, who signs in Tasklist

    private void taskReachesDeputy() {
        Task sign = task("Task_HeadSign");
        assertThat(sign).as("waiting for the head's signature").isNotNull();
        List<String> candidates = scene.engine().getTaskService().getIdentityLinksForTask(sign.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getUserId() != null).map(IdentityLink::getUserId)
                .toList();
        assertThat(candidates).as("the substitute is a candidate while the head is away").contains(DEPUTY);
        scene.audit().sealWaiting();
        assertThat(scene.jdbc().sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'TASK_REROUTED_TO_SUBSTITUTE'"
                + " AND process_instance_id = ?").param(pid).query(Integer.class).single()).isPositive();
    }

    private void deputySigns() {
        Task sign = task("Task_HeadSign");
        Tasklist t = Tasklist.switchTo(driver, scene.base(), DEPUTY);
        t.filter(Role.UNIT_HEAD.tasklistFilterName());
        t.openFromList(sign.getId(), HEAD_SIGN);
        t.claim();
        assertThat(t.formText()).contains(key, "Sở Tư pháp", nomineeName);
        t.radio("Ý kiến của thủ trưởng", "Ký tờ trình, gửi Sở Nội vụ");
        String number = Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/TTr-STP";
        t.fill("Số tờ trình", number);
        t.typeDate("Ngày tờ trình", today.format(DAY));
        assertThat(t.value("Đề nghị của (chức danh thủ trưởng đơn vị)", 0)).isNotBlank();
        t.fill("Lý do trả lại / ghi chú", "Ký thay thủ trưởng đi công tác (ủy quyền số " + substitution + ").");
        scene.shot("vang-mat-pho-thu-truong-ky");
        t.complete(sign.getId());
        scene.shot("vang-mat-pho-thu-truong-da-ky");

        assertThat(task("Task_Intake")).as("sent to Sở Nội vụ").isNotNull();
        assertThat(scene.engine().getHistoryService().createHistoricTaskInstanceQuery().taskId(sign.getId())
                .singleResult().getAssignee()).isEqualTo(DEPUTY);
        Map<String, Object> letter = scene.jdbc().sql("SELECT submission_number, submission_date FROM"
                + " commendation_proposal WHERE business_key = ?").param(key).query().singleRow();
        assertThat(letter).containsEntry("submission_number", number);
        assertThat(letter.get("submission_date").toString()).isEqualTo(today.toString());
    }

    // ---- the next day: the leave is over, the head finds nothing of the proposal waiting

    private void headIsBack() {
        LocalDate back = today.plusDays(1);
        ClockUtil.setCurrentTime(Date.from(back.atTime(LocalTime.of(8, 0)).atZone(PROVINCE).toInstant()));

        HeadlessChromium.signIn(driver, scene.base(), HEAD, "/pages/uy-quyen.html");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("toi")).getText().contains(HEAD));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> leaveRow(substitution).contains("Đã hết hạn"));
        assertThat(driver.findElements(By.cssSelector("#danh-sach tr[data-id='" + substitution + "'] button.huy")))
                .as("an ended leave cannot be cancelled").isEmpty();
        scene.shot("vang-mat-thu-truong-tro-lai");

        Tasklist t = Tasklist.switchTo(driver, scene.base(), HEAD);
        t.filter(Role.UNIT_HEAD.tasklistFilterName());
        // the list shows his other work (the demo's registration waits for him), never this proposal
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> !d.findElements(By.cssSelector("ol.tasks-list li"))
                    .isEmpty());
        } catch (org.openqa.selenium.TimeoutException empty) {
            // an empty list is fine too
        }
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(key);
        scene.shot("vang-mat-thu-truong-khong-con-viec");
        assertThat(scene.engine().getTaskService().createTaskQuery().processInstanceId(pid)
                .taskCandidateUser(HEAD).count()).as("no task of the proposal for the head").isZero();
        assertThat(scene.engine().getTaskService().createTaskQuery().processInstanceId(pid)
                .taskAssignee(HEAD).count()).isZero();
    }
}

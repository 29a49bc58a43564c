package vn.tdkt.browser;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal's first steps in headless Chromium, as its users drive them: the unit officer starts a proposal
 * from Tasklist's start form, uploads the dossier's documents on the dossier page (Tasklist has no file picker)
 * and submits the dossier; the specialist returns it after appraisal and the officer completes it again.
 * Tasks are opened from the role's own filter, which keeps a task once claimed ("Việc của nhóm" lists unclaimed
 * tasks only: after a claim there Tasklist reports the task removed and disables Complete).
 */
@IntegrationTest
class ProposalDossierBrowserTest extends BrowserTestBase {

    static final String PROPOSAL = "Đề nghị khen thưởng";
    static final String DOSSIER_TASK = "Hoàn thiện hồ sơ đề nghị khen thưởng";
    static final String APPRAISAL_TASK = "Thẩm định hồ sơ đề nghị khen thưởng";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    ProposalFixture proposals;
    int year;

    @BeforeEach
    void fixture() {
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
    }

    private String nominee(String name) {
        return proposals.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year)), Map.of(year, "XUAT_SAC"));
    }

    private Task task(String processInstanceId, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
                .singleResult();
    }

    @Test
    void theOfficerStartsAProposalInTasklistAndUploadsTheDossierOnTheDossierPage() throws Exception {
        String nominee = nominee("Trần Thị Thanh Hương");
        Tasklist tasklist = Tasklist.login(driver, base(), "canbo.stp");

        // the start form of "Đề nghị khen thưởng"
        tasklist.startProcess(PROPOSAL);
        assertThat(tasklist.formText()).contains("Lập đề nghị khen thưởng", "Hình thức đề nghị", "Tóm tắt thành tích");
        tasklist.select("Loại hình khen thưởng", "Theo công trạng và thành tích (thường xuyên, hằng năm)");
        tasklist.select("Hình thức đề nghị", "Bằng khen của Chủ tịch UBND tỉnh");
        tasklist.fill("Năm (thời kỳ) thành tích", String.valueOf(year));
        // the nominee is looked up by name among the unit's people, never typed as a code
        tasklist.tag("Cá nhân, tập thể được đề nghị", "Thanh Hương", "Trần Thị Thanh Hương –");
        tasklist.fill("Tóm tắt thành tích", "Hoàn thành xuất sắc nhiệm vụ năm " + year
                + ", chủ trì rà soát 120 văn bản quy phạm pháp luật của tỉnh.");
        HeadlessChromium.screenshot(driver, "canbo-stp-start-form");
        tasklist.submitStartForm();

        String key = jdbc.sql("SELECT business_key FROM proposal_nominee WHERE nominee_code = ?").param(nominee)
                .query(String.class).single();
        String pid = jdbc.sql("SELECT process_instance_id FROM commendation_proposal WHERE business_key = ?").param(key)
                .query(String.class).single();
        Task dossierTask = task(pid, "Task_CompleteDossier");
        assertThat(dossierTask).as("the proposal waits for its dossier").isNotNull();
        assertThat(dossierTask.getAssignee()).as("the first task lands on the officer who started").isEqualTo("canbo.stp");

        // Tasklist confirms the number and the next step, which is already the officer's own
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                !d.findElements(By.id("tdkt-start-confirmation")).isEmpty()
                        && d.findElement(By.id("tdkt-start-confirmation")).getText().contains(key));
        assertThat(driver.findElement(By.id("tdkt-start-confirmation")).getText()).contains(
                "Đã khởi động «Đề nghị khen thưởng» số " + key, "Việc tiếp theo của bạn: " + DOSSIER_TASK);
        HeadlessChromium.screenshot(driver, "canbo-stp-start-confirmation");

        // the dossier task in the officer's own list, with the link to the dossier page
        tasklist.filter(vn.tdkt.identity.TasklistFilters.MY_TASKS);
        tasklist.openFromList(dossierTask.getId(), DOSSIER_TASK);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Hoàn thiện hồ sơ", key, "Sở Tư pháp", "Trần Thị Thanh Hương");
        WebElement pageLink = HeadlessChromium.find(driver,
                By.cssSelector(".fjs-container a[href*='/pages/ho-so.html?hoSo=" + key + "']"), "canbo-stp-dossier-link");
        assertThat(pageLink.getText()).contains("Hồ sơ " + key);
        String dossierPage = pageLink.getAttribute("href");
        HeadlessChromium.screenshot(driver, "canbo-stp-dossier-task");

        // the dossier page, with the same sign-in as Tasklist (no second login): what is required, what is missing
        driver.get(dossierPage);
        HeadlessChromium.find(driver, By.cssSelector("#bang-tai-lieu tbody tr"), "canbo-stp-ho-so");
        HeadlessChromium.find(driver, By.cssSelector("#bat-buoc li"), "canbo-stp-ho-so");
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) engine.getRuntimeService().getVariable(pid, "requiredDocuments");
        assertThat(required).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#bat-buoc li.con-thieu"))).hasSize(required.size());
        assertThat(driver.findElement(By.id("de-nghi")).getText()).contains("Đề nghị khen thưởng " + key, "Sở Tư pháp",
                "Bằng khen của Chủ tịch UBND tỉnh", "Trần Thị Thanh Hương (" + nominee + ")");
        assertThat(driver.findElement(By.id("so-tai-lieu")).getText()).isEqualTo("0");
        // the upload form offers the missing documents first, then other papers; nothing to replace yet
        assertThat(DossierPage.choices(driver, "Thành phần còn thiếu")).isEqualTo(required);
        assertThat(DossierPage.choices(driver, "Tài liệu khác")).containsExactly("KHAC");
        assertThat(DossierPage.choices(driver, "Nộp lại (thay tệp đã tải lên)")).isEmpty();
        HeadlessChromium.screenshot(driver, "canbo-stp-ho-so-chua-tai");

        // the API's refusal reaches the user in Vietnamese: a web page is no dossier document
        Path dir = Files.createTempDirectory("ho-so");
        Path html = Files.writeString(dir.resolve("trang-web.pdf"), "<html><body>không phải PDF</body></html>");
        upload(required.get(0), html);
        WebElement result = driver.findElement(By.id("ket-qua-tai-len"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> result.getAttribute("class").contains("loi"));
        assertThat(result.getText()).startsWith("Không tải lên được: ").doesNotContain("Error", "error");
        HeadlessChromium.screenshot(driver, "canbo-stp-ho-so-tu-choi");

        // every required document, a real PDF each, listed with its SHA-256
        for (String type : required) {
            byte[] pdf = pdf("Hồ sơ " + key + " — " + type);
            Path file = Files.write(dir.resolve(type.toLowerCase() + "-" + key + ".pdf"), pdf);
            upload(type, file);
            WebElement row = HeadlessChromium.find(driver, By.cssSelector("#bang-tai-lieu tbody tr[data-type='" + type + "']"),
                    "canbo-stp-ho-so-" + type);
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> result.getAttribute("class").contains("thanh-cong"));
            assertThat(row.findElement(By.cssSelector("td.bam")).getText()).isEqualTo(sha256(pdf));
            assertThat(row.getText()).contains(file.getFileName().toString(), "canbo.stp");
            assertThat(result.getText()).contains("Đã tải lên", sha256(pdf));
        }
        assertThat(driver.findElements(By.cssSelector("#bat-buoc li.con-thieu"))).isEmpty();
        assertThat(DossierPage.choices(driver, "Thành phần còn thiếu")).isEmpty();
        assertThat(DossierPage.choices(driver, "Nộp lại (thay tệp đã tải lên)")).isEqualTo(required);
        // each file is a link that opens the PDF in the browser
        WebElement fileLink = driver.findElement(By.cssSelector("#bang-tai-lieu tbody tr a.tai-lieu"));
        assertThat(fileLink.getAttribute("target")).isEqualTo("_blank");
        assertThat(driver.findElement(By.cssSelector("#bat-buoc li.da-co a.tai-lieu")).getAttribute("href"))
                .contains("/api/dossiers/" + key + "/documents/");
        assertThat(driver.findElements(By.cssSelector("#bat-buoc li.da-co"))).hasSize(required.size());
        HeadlessChromium.screenshot(driver, "canbo-stp-ho-so-da-tai");
        // the stored document is the uploaded file
        String firstRow = driver.findElement(By.cssSelector("#bang-tai-lieu tbody tr")).getAttribute("data-id");
        assertThat(HeadlessChromium.fetchHead(driver, "/api/dossiers/" + key + "/documents/" + firstRow))
                .startsWith("200|application/pdf|%PDF-");

        // back in Tasklist, the officer submits the dossier: it goes to the unit head for signature
        tasklist.reopen(Role.UNIT_OFFICER.tasklistFilterName(), dossierTask.getId(), DOSSIER_TASK);
        tasklist.waitForForm();
        tasklist.fill("Ghi chú của cán bộ TĐKT", "Đã tải đủ thành phần hồ sơ.");
        tasklist.complete(dossierTask.getId());
        assertThat(task(pid, "Task_CompleteDossier")).isNull();
        assertThat(task(pid, "Task_HeadSign")).as("waiting for the head's signature").isNotNull();
        HeadlessChromium.screenshot(driver, "canbo-stp-dossier-submitted");

        // under review, the dossier page shows why nothing can be added instead of the upload form
        driver.get(dossierPage);
        WebElement closed = HeadlessChromium.find(driver, By.id("khong-tai-len"), "canbo-stp-ho-so-khoa");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> closed.isDisplayed());
        assertThat(closed.getText()).contains("tạm khóa việc tải tài liệu lên");
        assertThat(driver.findElement(By.id("tai-len")).isDisplayed()).isFalse();
        HeadlessChromium.screenshot(driver, "canbo-stp-ho-so-dang-xem-xet");
    }

    @Test
    void theSpecialistReturnsTheDossierAndTheOfficerCompletesItAgain() {
        // set-up through the engine: started, dossier complete, signed by the head, accepted by the intake
        String nominee = nominee("Võ Minh Khoa");
        ProcessInstance pi = proposals.acceptedAtIntake("BK_TINH", year, nominee);
        String key = proposals.businessKey(pi);
        Task appraisal = task(pi.getId(), "Task_Appraise");

        Tasklist specialist = Tasklist.login(driver, base(), "thamdinh");
        specialist.filter(Role.SPECIALIST.tasklistFilterName());
        specialist.openFromList(appraisal.getId(), APPRAISAL_TASK);
        specialist.claim();
        assertThat(specialist.formText()).contains("Thẩm định", key, "Võ Minh Khoa", "Kết luận cho từng đối tượng",
                "Trả lại đơn vị bổ sung hồ sơ (ghi rõ lý do)");
        specialist.radio("Bước tiếp theo", "Trả lại đơn vị bổ sung hồ sơ (ghi rõ lý do)");
        String reason = "Báo cáo thành tích chưa có xác nhận của thủ trưởng đơn vị; bổ sung số liệu năm " + year + ".";
        specialist.fill("Ý kiến thẩm định", reason);
        HeadlessChromium.screenshot(driver, "thamdinh-tra-lai");
        // no empty error lists left by form-js (tasklist/scripts/form-errors-fix.js): "Hoàn thành" works without "Lưu"
        assertThat(specialist.formErrors()).contains("\"keys\":[]");
        specialist.complete(appraisal.getId());
        Task again = task(pi.getId(), "Task_CompleteDossier");
        assertThat(again).as("returned to the unit's officer").isNotNull();

        driver.manage().deleteAllCookies();
        Tasklist officer = Tasklist.login(driver, base(), "canbo.stp");
        officer.filter(Role.UNIT_OFFICER.tasklistFilterName());
        officer.openFromList(again.getId(), DOSSIER_TASK);
        officer.claim();
        assertThat(officer.value("Lý do trả lại gần nhất", 0)).contains(reason);
        HeadlessChromium.screenshot(driver, "canbo-stp-ho-so-bi-tra-lai");
        officer.fill("Ghi chú của cán bộ TĐKT", "Đã bổ sung xác nhận của thủ trưởng và số liệu năm " + year + ".");
        officer.complete(again.getId());
        assertThat(task(pi.getId(), "Task_CompleteDossier")).isNull();
        assertThat(task(pi.getId(), "Task_HeadSign")).as("submitted again for signature").isNotNull();
        HeadlessChromium.screenshot(driver, "canbo-stp-ho-so-nop-lai");
    }

    private void upload(String type, Path file) {
        DossierPage.upload(driver, type, file);
    }

    static byte[] pdf(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph(text));
        document.close();
        return out.toByteArray();
    }

    static String sha256(byte[] content) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}

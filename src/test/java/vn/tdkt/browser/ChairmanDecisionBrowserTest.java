package vn.tdkt.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairman (chutich), or a vice-chairman for him (phochutich), decides a proposal in Tasklist, one decision per
 * nominee: before deciding he opens, from his
 * form, the Sở Nội vụ's appraisal and the draft of the decision (DỰ THẢO, no number) and reads the unit's tờ trình;
 * after deciding he finds the decision's number, its PDF and the certificates with their register numbers on the
 * proposal's dossier page his form linked to, and a mail with the number.
 */
@IntegrationTest
class ChairmanDecisionBrowserTest extends BrowserTestBase {

    static final String DECISION_TASK = "Chủ tịch UBND tỉnh quyết định khen thưởng";

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

    private String meritoriousPerson(String name) {
        return proposals.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year), "LDTT", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
    }

    /** Two meritorious persons of Sở Tư pháp, proposed, accepted, appraised and approved: waiting for chutich. */
    private ProcessInstance proposalWaitingForTheChairman(String firstName, String secondName) {
        ProcessInstance pi = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year,
                meritoriousPerson(firstName), meritoriousPerson(secondName));
        proposals.uploadAll(pi, "canbo.stp");
        proposals.submitDossier(pi);
        proposals.headApproves(pi);
        proposals.intakeAccepts(pi);
        proposals.appraiseAsIs(pi);
        proposals.headApprovesAppraisal(pi);
        assertThat(proposals.task(pi, "Task_ChairmanDecision")).as("waiting for the chairman").isNotNull();
        return pi;
    }

    @Test
    void theChairmanReadsTheAppraisalAndTheDraftFromHisFormDecidesEveryNomineeAndFindsTheDecision() throws Exception {
        ProcessInstance pi = proposalWaitingForTheChairman("Phan Thị Mỹ Duyên", "Huỳnh Văn Tài");
        Task decision = proposals.task(pi, "Task_ChairmanDecision");
        String key = proposals.businessKey(pi);
        String letter = proposals.submissionNumber(pi);

        // the chairman's own filter, the task, claimed
        Tasklist chairman = Tasklist.login(driver, base(), "chutich");
        chairman.filter(Role.CHAIRMAN.tasklistFilterName());
        chairman.openFromList(decision.getId(), DECISION_TASK);
        chairman.claim();
        assertThat(chairman.formText()).contains("Ý kiến từng đối tượng", key, "Sở Tư pháp", "Phan Thị Mỹ Duyên",
                "Huỳnh Văn Tài", "Tờ trình của đơn vị", "Số " + letter, "Giám đốc Sở Tư pháp", "Trước khi quyết định")
                .doesNotContain("/api", "DMN", "`", "Kết quả xét của Hội đồng");

        // one click away: the appraisal and the draft, links with Vietnamese words
        WebElement appraisalLink = formLink("kết quả thẩm định của Sở Nội vụ (PDF)");
        WebElement draftLink = formLink("dự thảo quyết định khen thưởng (PDF)");
        WebElement dossierLink = formLink("trang hồ sơ " + key);
        assertThat(appraisalLink.getAttribute("href")).endsWith("/tai-lieu/de-nghi/" + key + "/ket-qua-tham-dinh.pdf");
        assertThat(draftLink.getAttribute("href")).endsWith("/tai-lieu/de-nghi/" + key + "/du-thao-quyet-dinh.pdf");
        assertThat(dossierLink.getAttribute("href")).endsWith("/pages/ho-so.html?hoSo=" + key);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", draftLink);
        HeadlessChromium.screenshot(driver, "chutich-truoc-khi-quyet-dinh");
        String appraisalUrl = appraisalLink.getAttribute("href");
        String draftUrl = draftLink.getAttribute("href");
        String dossierPage = dossierLink.getAttribute("href").substring(base().length());
        // the PDFs come with the chairman's Tasklist session, as when he clicks
        String appraisal = pdfText(fetchPdf(appraisalUrl));
        assertThat(appraisal).contains("KẾT QUẢ THẨM ĐỊNH HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", "Phan Thị Mỹ Duyên",
                "Huỳnh Văn Tài", "Đủ điều kiện", "Duyệt kết quả thẩm định", "Số " + letter);
        String draft = pdfText(fetchPdf(draftUrl));
        assertThat(draft).contains("DỰ THẢO", "Số: /QĐ-UBND", "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số "
                + letter, "Phan Thị Mỹ Duyên", "Huỳnh Văn Tài").doesNotContain(key).doesNotContainPattern("\\d+/QĐ-UBND");
        // the chairman clicks the draft's link as a user does: it opens the PDF itself; then back to his task
        openAndComeBack(draftLink, "/tai-lieu/de-nghi/" + key + "/du-thao-quyet-dinh.pdf");
        chairman.openDirectly(decision.getId(), DECISION_TASK);
        chairman.waitForForm();

        int nominees = chairman.count("Quyết định");
        assertThat(nominees).isEqualTo(2);
        // refusing a nominee needs a written opinion: the server refuses, Tasklist shows why, the task stays open
        chairman.select("Quyết định", 0, "Không khen thưởng");
        chairman.select("Quyết định", 1, "Đồng ý khen thưởng");
        String refused = chairman.completeRefused("phải ghi ý kiến");
        assertThat(refused).contains("Không khen thưởng", "phải ghi ý kiến").doesNotContain("Cannot submit");
        HeadlessChromium.screenshot(driver, "chutich-thieu-y-kien");
        assertThat(engine.getTaskService().createTaskQuery().taskId(decision.getId()).count()).as("still open").isOne();
        // the chairman writes why: one nominee not awarded, the other awarded
        chairman.fill("Ý kiến", 0, "Chưa đủ thời gian công tác tại đơn vị theo quy định.");
        HeadlessChromium.screenshot(driver, "chutich-quyet-dinh-dong-y");
        // "Hoàn thành" right away: no empty error lists left by form-js (tasklist/scripts/form-errors-fix.js), and
        // the rows' codes are submitted (readonly fields)
        assertThat(chairman.formErrors()).contains("\"keys\":[]");
        chairman.complete(decision.getId());
        proposals.runJobs(pi); // the unit's notification, a job after the decision's commit
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("the proposal ends once decided").isZero();
        HeadlessChromium.screenshot(driver, "chutich-quyet-dinh-xong");

        // after: the number and the PDF where he looks — the dossier page his form linked to, and his mail
        String number = theDossierPageOffersTheDecisionPdf(pi, dossierPage);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ? AND recipients LIKE ?"
                        + " AND subject LIKE ?").params(key, "%chutich@%", "%" + number + "%").query(Integer.class)
                .single()).as("the chairman's mail with the decision's number").isOne();
    }

    /**
     * The vice-chairman (phochutich) decides for the chairman in Tasklist: the task is in his own filter, his form shows
     * the Sở Nội vụ's tờ trình, the draft he opens is signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH", and so is the decision
     * issued, with his name; he finds its PDF on the dossier page.
     */
    @Test
    void theViceChairmanDecidesForTheChairmanAndSignsKt() throws Exception {
        ProcessInstance pi = proposalWaitingForTheChairman("Lâm Thị Ngọc Hân", "Trịnh Quốc Bảo");
        Task decision = proposals.task(pi, "Task_ChairmanDecision");
        String key = proposals.businessKey(pi);

        Tasklist vice = Tasklist.login(driver, base(), "phochutich");
        vice.filter(Role.VICE_CHAIRMAN.tasklistFilterName());
        vice.openFromList(decision.getId(), DECISION_TASK);
        vice.claim();
        assertThat(vice.formText()).contains("Ý kiến từng đối tượng", key, "Lâm Thị Ngọc Hân", "Trịnh Quốc Bảo",
                "Tờ trình của Sở Nội vụ", "/TTr-SNV");
        String draft = pdfText(fetchPdf(formLink("dự thảo quyết định khen thưởng (PDF)").getAttribute("href")));
        assertThat(draft).contains("DỰ THẢO", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Tờ trình số "
                + proposals.agencyLetter(pi).get(vn.tdkt.proposal.AgencySubmission.NUMBER));
        vice.openDirectly(decision.getId(), DECISION_TASK);
        vice.waitForForm();
        assertThat(vice.count("Quyết định")).isEqualTo(2);
        vice.select("Quyết định", 0, "Đồng ý khen thưởng");
        vice.select("Quyết định", 1, "Đồng ý khen thưởng");
        HeadlessChromium.screenshot(driver, "phochutich-quyet-dinh");
        vice.complete(decision.getId());
        proposals.runJobs(pi); // the unit's notification, a job after the decision's commit
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("the proposal ends once decided").isZero();

        String number = theDossierPageOffersTheDecisionPdf(pi, "/pages/ho-so.html?hoSo=" + key, "phochutich");
        long decisionId = jdbc.sql("SELECT id FROM decision WHERE business_key = ?").param(key).query(Long.class).single();
        String issued = pdfText(fetchPdf(base() + "/api/decisions/" + decisionId + "/pdf"));
        assertThat(issued).contains("Số: " + number, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Ngọc")
                .doesNotContain("DỰ THẢO");
    }

    /**
     * chutich opens the proposal's dossier page: the decision is listed with its number, its PDF link gives a PDF,
     * each certificate is listed with its register number. Returns the decision's number.
     *
     * @param dossierPage the page's path, "/pages/ho-so.html?hoSo=…"
     */
    private String theDossierPageOffersTheDecisionPdf(ProcessInstance pi, String dossierPage) {
        return theDossierPageOffersTheDecisionPdf(pi, dossierPage, "chutich");
    }

    private String theDossierPageOffersTheDecisionPdf(ProcessInstance pi, String dossierPage, String user) {
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("decisionNumber").singleResult().getValue();
        assertThat(number).matches("\\d+/QĐ-UBND");
        HeadlessChromium.signIn(driver, base(), user, dossierPage);
        WebElement row = HeadlessChromium.find(driver, By.cssSelector("#bang-quyet-dinh tbody tr"), "chutich-ho-so");
        assertThat(driver.findElement(By.id("quyet-dinh")).getText()).contains("Quyết định khen thưởng", number);
        assertThat(row.getText()).contains(number, "Xem quyết định (PDF)");
        WebElement pdf = row.findElement(By.cssSelector("a.tai-quyet-dinh"));
        assertThat(pdf.getText()).isEqualTo("Xem quyết định (PDF)");
        assertThat(pdf.getAttribute("target")).as("opens in a new tab of the browser").isEqualTo("_blank");
        List<WebElement> certificates = row.findElements(By.cssSelector("a.tai-bang-khen"));
        assertThat(certificates).isNotEmpty();
        assertThat(row.getText()).containsPattern("số vào sổ \\d{5,}/\\d{4}");
        HeadlessChromium.screenshot(driver, "chutich-ho-so-quyet-dinh");
        assertThat(HeadlessChromium.fetchHead(driver, pdf.getAttribute("href"))).isEqualTo("200|application/pdf|%PDF-");
        assertThat(HeadlessChromium.fetchHead(driver, certificates.get(0).getAttribute("href")))
                .isEqualTo("200|application/pdf|%PDF-");
        assertThat(driver.findElement(By.id("to-trinh")).getText()).contains("Số " + proposals.submissionNumber(pi));
        return number;
    }

    /** A link of the open form by its visible text (form-js renders the text components' markdown). */
    private WebElement formLink(String text) {
        return HeadlessChromium.find(driver, By.xpath("//div[contains(@class,'fjs-container')]//a[normalize-space(.)='"
                + text + "']"), "chutich-lien-ket");
    }

    private byte[] fetchPdf(String url) {
        return HeadlessChromium.fetchPdf(driver, url);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    /**
     * Clicks the link as the user does: the PDF opens (in a new tab, or in this one), served as a PDF; the user then
     * comes back to Tasklist (closing the tab, or the caller opens his task again).
     */
    private void openAndComeBack(WebElement link, String path) {
        String tasklist = driver.getWindowHandle();
        Set<String> before = driver.getWindowHandles();
        HeadlessChromium.click(driver, link);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getWindowHandles().size() > before.size()
                || d.getCurrentUrl().endsWith(path));
        boolean newTab = driver.getWindowHandles().size() > before.size();
        if (newTab) {
            driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !before.contains(h))
                    .findFirst().orElseThrow());
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().endsWith(path));
        }
        assertThat(String.valueOf(((JavascriptExecutor) driver).executeScript("return document.contentType;")))
                .as("what the link opens").isEqualTo("application/pdf");
        if (newTab) {
            driver.close();
            driver.switchTo().window(tasklist);
        }
    }
}

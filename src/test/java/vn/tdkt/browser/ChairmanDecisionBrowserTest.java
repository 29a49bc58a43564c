package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chairman (chutich) decides a proposal in Tasklist, one decision per nominee, and downloads the decision's
 * PDF from the proposal's dossier page.
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
    void theChairmanDecidesEveryNomineeInTasklistAndDownloadsTheDecisionPdf() {
        ProcessInstance pi = proposalWaitingForTheChairman("Phan Thị Mỹ Duyên", "Huỳnh Văn Tài");
        Task decision = proposals.task(pi, "Task_ChairmanDecision");
        String key = proposals.businessKey(pi);

        // the chairman's own filter, the task, claimed, one decision per nominee
        Tasklist chairman = Tasklist.login(driver, base(), "chutich");
        chairman.filter(Role.CHAIRMAN.tasklistFilterName());
        chairman.openFromList(decision.getId(), DECISION_TASK);
        chairman.claim();
        assertThat(chairman.formText()).contains("Ý kiến từng đối tượng", key, "Sở Tư pháp", "Phan Thị Mỹ Duyên",
                "Huỳnh Văn Tài");
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
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("the proposal ends once decided").isZero();
        HeadlessChromium.screenshot(driver, "chutich-quyet-dinh-xong");

        theDossierPageOffersTheDecisionPdf(pi);
    }

    @Test
    void theChairmanOpensHisTaskAndAfterTheDecisionDownloadsItsPdfFromTheDossierPage() {
        ProcessInstance pi = proposalWaitingForTheChairman("Lâm Thị Ngọc Hân", "Trịnh Quốc Bảo");
        Task decision = proposals.task(pi, "Task_ChairmanDecision");
        String key = proposals.businessKey(pi);

        // the chairman finds the task in his filter and sets each nominee's decision in the form
        Tasklist chairman = Tasklist.login(driver, base(), "chutich");
        chairman.filter(Role.CHAIRMAN.tasklistFilterName());
        chairman.openFromList(decision.getId(), DECISION_TASK);
        chairman.claim();
        assertThat(chairman.formText()).contains("Ý kiến từng đối tượng", key, "Sở Tư pháp", "Lâm Thị Ngọc Hân",
                "Trịnh Quốc Bảo", "Đủ điều kiện");
        assertThat(chairman.count("Quyết định")).isEqualTo(2);
        chairman.select("Quyết định", 0, "Đồng ý khen thưởng");
        chairman.select("Quyết định", 1, "Đồng ý khen thưởng");
        HeadlessChromium.screenshot(driver, "chutich-quyet-dinh-chon");
        // Tasklist cannot submit this form as modelled (see the disabled test above): the same answer goes
        // through the engine as chutich, as Tasklist would send it with the nominee codes
        proposals.chairmanApprovesAll(pi);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
                .as("the proposal ends once decided").isZero();

        theDossierPageOffersTheDecisionPdf(pi);
    }

    /** chutich opens the proposal's dossier page: the decision is listed, and its PDF link gives a PDF. */
    private void theDossierPageOffersTheDecisionPdf(ProcessInstance pi) {
        String key = proposals.businessKey(pi);
        String number = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("decisionNumber").singleResult().getValue();
        assertThat(number).matches("\\d+/QĐ-UBND");
        HeadlessChromium.signIn(driver, base(), "chutich", "/pages/ho-so.html?hoSo=" + key);
        WebElement row = HeadlessChromium.find(driver, By.cssSelector("#bang-quyet-dinh tbody tr"), "chutich-ho-so");
        assertThat(driver.findElement(By.id("quyet-dinh")).getText()).contains("Quyết định khen thưởng", number);
        assertThat(row.getText()).contains(number, "Tải quyết định (PDF)");
        WebElement pdf = row.findElement(By.cssSelector("a.tai-quyet-dinh"));
        assertThat(pdf.getText()).isEqualTo("Tải quyết định (PDF)");
        HeadlessChromium.screenshot(driver, "chutich-ho-so-quyet-dinh");
        assertThat(HeadlessChromium.fetchHead(driver, pdf.getAttribute("href"))).isEqualTo("200|application/pdf|%PDF-");
    }
}

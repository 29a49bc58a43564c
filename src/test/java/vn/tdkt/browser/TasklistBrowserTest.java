package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;

import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The province's users log in to Tasklist in a real headless Chromium and meet their role's filters and tasks. */
@IntegrationTest
class TasklistBrowserTest extends BrowserTestBase {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired Clock clock;

    private TestOrganisation organisation() {
        return new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc);
    }

    @Test
    void receiverSeesTheReceiversFilters() {
        HeadlessChromium.login(driver, base(), "tasklist", "tiepnhan", "demo");
        HeadlessChromium.waitForText(driver, Role.RECEIVER.tasklistFilterName());
        String page = driver.getPageSource();
        assertThat(page).contains(TasklistFilters.MY_TASKS, TasklistFilters.GROUP_TASKS, TasklistFilters.DUE_SOON);
        assertThat(page).doesNotContain(Role.COUNCIL_MEMBER.tasklistFilterName(), Role.UNIT_HEAD.tasklistFilterName());
        assertThat(Files.exists(HeadlessChromium.screenshot(driver, "tasklist-tiepnhan-filters"))).isTrue();
    }

    @Test
    void unitHeadOpensTheRegistrationWaitingForHim() {
        // Tòa án nhân dân tỉnh's officer registers for next year's emulation: the head has it to sign
        String unit = organisation().department("tand", "Tòa án nhân dân tỉnh", "CO_QUAN_TRUNG_UONG");
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("emulation-registration").latestVersion().singleResult().getId();
        TestUsers.as(engine.getIdentityService(), "canbo." + unit, () -> engine.getFormService().submitStartForm(
                definitionId, Variables.createVariables()
                        .putValue("emulationYear", LocalDate.now(clock).getYear() + 1)
                        .putValue("collectiveTitle", "TTLDXS")
                        .putValue("ldttCount", 30).putValue("cstdcsCount", 4)
                        .putValue("commitment", "Giải quyết đúng hạn 100% các vụ việc được giao.")));

        HeadlessChromium.login(driver, base(), "tasklist", "thutruong." + unit, "demo");
        HeadlessChromium.waitForText(driver, Role.UNIT_HEAD.tasklistFilterName());
        assertThat(driver.getPageSource()).doesNotContain(Role.RECEIVER.tasklistFilterName());

        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//*[contains(text(), '" + Role.UNIT_HEAD.tasklistFilterName() + "')]"), "head-filter"));
        WebElement task = HeadlessChromium.find(driver,
                By.xpath("//a[contains(., 'Thủ trưởng ký duyệt bản đăng ký thi đua')]"), "head-task-list");
        HeadlessChromium.click(driver, task);
        // The task waits for a candidate: claim it, then the Camunda Form shows the registration to sign.
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//button[contains(., 'Nhận việc')] | //a[contains(., 'Nhận việc')]"), "head-task-claim"));
        HeadlessChromium.waitForText(driver, "Ý kiến của thủ trưởng");
        assertThat(driver.getPageSource()).contains("Đồng ý, ký duyệt", "Trả lại để hoàn chỉnh", "Tòa án nhân dân tỉnh");
        HeadlessChromium.screenshot(driver, "tasklist-thutruong-form");
    }

    @Test
    void chairmanSeesEveryNomineeOfTheProposalWaitingForHim() {
        // a proposal of Sở Công Thương for two of its people, appraised and sent to the chairman
        String unit = organisation().department("sct", "Sở Công Thương");
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers, unit);
        int year = LocalDate.now(clock).getYear() - 1;
        String first = proposals.meritoriousPerson(unit, "Lý Văn Công", year);
        String second = proposals.meritoriousPerson(unit, "Huỳnh Thị Thương", year);
        ProcessInstance pi = proposals.acceptedAtIntake("BK_TINH", year, first, second);
        proposals.appraiseAsIs(pi);
        proposals.headApprovesAppraisal(pi);

        HeadlessChromium.login(driver, base(), "tasklist", "chutich", "demo");
        HeadlessChromium.waitForText(driver, Role.CHAIRMAN.tasklistFilterName());
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//*[contains(text(), '" + Role.CHAIRMAN.tasklistFilterName() + "')]"), "chairman-filter"));
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                // the proposal of Sở Công Thương, whatever other proposals other tests left waiting for him
                By.xpath("//a[contains(., 'Chủ tịch UBND tỉnh quyết định khen thưởng') and contains(., 'Sở Công Thương')]"),
                "chairman-task-list"));
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//button[contains(., 'Nhận việc')] | //a[contains(., 'Nhận việc')]"), "chairman-task-claim"));
        HeadlessChromium.waitForText(driver, "Ý kiến từng đối tượng");
        // the dynamic list shows one group per nominee, prefilled from the process (values live in the inputs)
        Object values = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('input')).map(i => i.value).join('|');");
        assertThat(String.valueOf(values)).contains(first, second, "Sở Công Thương");
        assertThat(driver.getPageSource()).contains("Đồng ý khen thưởng");
        HeadlessChromium.screenshot(driver, "tasklist-chutich-decision-form");
        // the Diagram tab draws the process from its layout (BPMNDI), with the current task marked
        HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.xpath("//a[normalize-space(.)='Sơ đồ']"),
                "chairman-diagram-tab"));
        HeadlessChromium.find(driver, By.cssSelector("[data-element-id='Task_ChairmanDecision']"), "chairman-diagram");
        HeadlessChromium.screenshot(driver, "tasklist-proposal-diagram");
    }

}

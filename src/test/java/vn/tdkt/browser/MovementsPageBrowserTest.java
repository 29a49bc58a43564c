package vn.tdkt.browser;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Phong trào thi đua" in a real browser: a movement of the Sở Nông nghiệp và Môi trường with Sở Tư pháp and Sở Công
 * Thương taking part, launched by the chairman, Sở Tư pháp registered. Sở Tư pháp's officer follows the home page's
 * link, sees the movement and his unit's state and opens the launch decision; the standing agency's officer sees who
 * has not registered or reported; the officer of Sở Y tế, not taking part, does not see it and is told why.
 */
@IntegrationTest
class MovementsPageBrowserTest extends BrowserTestBase {

    private static final String PAGE = "/pages/phong-trao.html";

    @Autowired FormService formService;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;
    @Autowired Clock clock;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Autowired TestRestTemplate rest;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired JdbcClient jdbc;

    private long launchedMovement(String name) {
        TestOrganisation org = new TestOrganisation(rest, identityService, unitGroups, profiles, jdbc);
        org.department("snnmt", "Sở Nông nghiệp và Môi trường");
        org.department("sct", "Sở Công Thương");
        LocalDate today = LocalDate.now(clock);
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("emulation-movement")
                .latestVersion().singleResult().getId();
        ProcessInstance pi = TestUsers.as(identityService, "canbo.snnmt", () -> formService.submitStartForm(definitionId,
                Variables.createVariables().putValue("movementName", name).putValue("movementKind", "CHUYEN_DE")
                        .putValue("goal", "Đưa dịch vụ công trực tuyến về với người dân nông thôn.")
                        .putValue("criteria", "Mỗi đơn vị hỗ trợ ít nhất một xã; báo cáo kết quả đúng hạn.")
                        .putValue("startDate", today.toString())
                        .putValue("midReviewDate", today.plusDays(60).toString())
                        .putValue("endDate", today.plusDays(200).toString())
                        .putValue("participantCodes", JsonVars.json(List.of("stp", "sct")))
                        .putValue("awardsText", "Bằng khen của Chủ tịch UBND tỉnh cho tập thể tiêu biểu.")));
        Task decision = taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_LaunchDecision").singleResult();
        TestUsers.as(identityService, "chutich", () -> taskService.complete(decision.getId(),
                Variables.createVariables().putValue("launchDecision", "approve")));
        Task register = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_Register")
                .taskCandidateGroup("unit-officer.stp").singleResult();
        TestUsers.as(identityService, "canbo.stp", () -> taskService.complete(register.getId(),
                Variables.createVariables().putValue("registrationPlan",
                        "Sở Tư pháp hỗ trợ xã Tân Hòa hoàn thành dịch vụ công trực tuyến toàn trình.")));
        return ((Number) runtimeService.getVariable(pi.getId(), "movementId")).longValue();
    }

    @Test
    void theUnitSeesItsPartTheStandingAgencySeesWhoIsBehindAndAnotherUnitSeesNothing() {
        String name = "Phong trào chuyển đổi số nông thôn (trang phong trào)";
        long id = launchedMovement(name);

        // Sở Tư pháp's officer signs in at the front door and follows his card's link
        driver.get(base() + "/");
        waiting().until(ExpectedConditions.urlToBe(base() + "/pages/trang-chu.html"));
        assertThat(HeadlessChromium.find(driver, By.id("lien-ket-guong-dien-hinh"), "front-door-examples")
                .getAttribute("href")).isEqualTo(base() + "/guong-dien-hinh");
        HeadlessChromium.fill(driver, HeadlessChromium.find(driver,
                By.cssSelector("#khach:not([hidden]) #ten-dang-nhap"), "home-anonymous"), "canbo.stp");
        HeadlessChromium.fill(driver, driver.findElement(By.id("mat-khau")), "demo");
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-dang-nhap")));
        WebElement link = HeadlessChromium.find(driver, By.cssSelector(
                "article.vai-tro[data-vai-tro='unit-officer'] a[href='" + PAGE + "']"), "home-movements-link");
        assertThat(link.getText()).contains("Phong trào thi đua của đơn vị");
        HeadlessChromium.click(driver, link);
        WebElement row = HeadlessChromium.find(driver, By.cssSelector("#bang-phong-trao tr[data-phong-trao='" + id + "']"),
                "movements-list-stp");
        assertThat(row.getText()).contains(name, "Theo chuyên đề", "Sở Nông nghiệp và Môi trường", "Đang triển khai",
                LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        HeadlessChromium.screenshot(driver, "phong-trao-canbo-stp");
        HeadlessChromium.click(driver, row.findElement(By.cssSelector("a.mo-phong-trao")));
        waiting().until(ExpectedConditions.urlContains(PAGE + "?id=" + id));
        waiting().until(d -> d.findElement(By.id("tieu-de")).getText().equals(name));
        WebElement mine = HeadlessChromium.find(driver, By.cssSelector("#bang-don-vi tr[data-don-vi='stp']"),
                "movement-detail-stp");
        assertThat(mine.getText()).contains("Sở Tư pháp", "Đã đăng ký", "Chưa báo cáo");
        // a unit sees its own participation only, and not who is behind
        assertThat(driver.findElements(By.cssSelector("#bang-don-vi tbody tr"))).hasSize(1);
        assertThat(driver.findElement(By.id("chua-hoan-thanh")).isDisplayed()).isFalse();
        assertThat(driver.findElement(By.id("thong-tin")).getText()).contains("Hạn đăng ký", "Hạn báo cáo tiến độ",
                "/QĐ-UBND");
        WebElement decision = driver.findElement(By.id("quyet-dinh"));
        assertThat(decision.isDisplayed()).isTrue();
        assertThat(decision.getText()).isEqualTo("Quyết định phát động (PDF)");
        byte[] pdf = HeadlessChromium.fetchPdf(driver, decision.getAttribute("href"));
        assertThat(pdf.length).isGreaterThan(1000);
        HeadlessChromium.screenshot(driver, "phong-trao-chi-tiet-canbo-stp");

        // the standing agency's officer sees every unit and who has not registered or reported
        HeadlessChromium.signIn(driver, base(), "canbo.snnmt", PAGE + "?id=" + id);
        waiting().until(d -> d.findElement(By.id("tieu-de")).getText().equals(name));
        WebElement behind = HeadlessChromium.find(driver, By.cssSelector("#chua-hoan-thanh:not([hidden])"),
                "movement-outstanding");
        assertThat(driver.findElements(By.cssSelector("#chua-dang-ky li[data-don-vi]")))
                .extracting(WebElement::getText).containsExactly("Sở Công Thương");
        assertThat(driver.findElements(By.cssSelector("#chua-bao-cao li[data-don-vi]")))
                .extracting(WebElement::getText).containsExactlyInAnyOrder("Sở Tư pháp", "Sở Công Thương");
        assertThat(behind.getText()).contains("Đơn vị chưa đăng ký / chưa báo cáo");
        assertThat(driver.findElements(By.cssSelector("#bang-don-vi tbody tr"))).hasSize(2);
        HeadlessChromium.screenshot(driver, "phong-trao-co-quan-thuong-truc");

        // Sở Y tế's officer, not taking part: not in his list, and the movement itself is refused in Vietnamese
        HeadlessChromium.signIn(driver, base(), "canbo.syt", PAGE);
        waiting().until(d -> !d.findElements(By.cssSelector("#bang-phong-trao tbody tr")).isEmpty()
                || d.findElement(By.id("khong-co")).isDisplayed());
        assertThat(driver.findElement(By.id("bang-phong-trao")).getText()).doesNotContain(name);
        driver.get(base() + PAGE + "?id=" + id);
        waiting().until(d -> !d.findElement(By.id("thong-bao")).getText().isEmpty());
        assertThat(driver.findElement(By.id("thong-bao")).getText())
                .isEqualTo("Đơn vị của bạn không tham gia phong trào «" + name + "».");
        assertThat(driver.findElement(By.id("chi-tiet")).isDisplayed()).isFalse();
        assertThat(driver.getPageSource()).doesNotContain("MOVEMENT_NOT_YOURS");
        HeadlessChromium.screenshot(driver, "phong-trao-don-vi-khong-tham-gia");
    }
}

package vn.tdkt.browser;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda's login page, Tasklist, Cockpit and Admin in Vietnamese for a browser whose language is English,
 * with dates as DD/MM/YYYY in the province's time zone (the browser runs Asia/Ho_Chi_Minh, as the province's do).
 */
@IntegrationTest
class VietnameseWebappsBrowserTest extends BrowserTestBase {

    private static final ZoneId PROVINCE = ZoneId.of(HeadlessChromium.PROVINCE_TIME_ZONE);
    /** config.js dateFormat.long and .normal. */
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final DateTimeFormatter NORMAL = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    TaskService taskService;

    @Autowired
    HistoryService historyService;

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired Clock clock;

    /** A dossier of the provincial hospital, signed by its head: the receiver has it to take in, created just now. */
    private void dossierForTheReceiver() {
        String unit = new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc)
                .department("bvdk", "Bệnh viện Đa khoa tỉnh Tây Ninh", "DON_VI_SU_NGHIEP");
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers, unit);
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = proposals.meritoriousPerson(unit, "Viên Thị Ngôn", year);
        proposals.headApproves(proposals.awaitingHeadSignature("BK_TINH", year, nominee));
    }

    /** The premise of every test here: a browser that asks for English. */
    @Override
    String browserLanguage() {
        return "en-US";
    }

    @Test
    void loginPageAndTasklistAreVietnameseWithProvinceDates() {
        dossierForTheReceiver();
        driver.get(base() + "/camunda/app/tasklist/default/");
        // the premise: this browser asks for English
        assertThat(String.valueOf(js("return navigator.languages[0] || navigator.language;"))).startsWith("en");
        assertThat(String.valueOf(js("return Intl.DateTimeFormat().resolvedOptions().timeZone;")))
                .isIn("Asia/Ho_Chi_Minh", "Asia/Saigon");

        WebElement loginButton = HeadlessChromium.find(driver, By.cssSelector("button[type='submit']"), "vi-login");
        waitUntil(d -> "Đăng nhập".equals(loginButton.getText().trim()), "vi-login-button");
        assertThat(driver.findElement(By.cssSelector("input[ng-model='username']")).getAttribute("placeholder"))
                .isEqualTo("Tên đăng nhập");
        assertThat(driver.findElement(By.cssSelector("input[ng-model='password']")).getAttribute("placeholder"))
                .isEqualTo("Mật khẩu");
        assertThat(driver.getPageSource()).doesNotContain("Please Log in");
        HeadlessChromium.screenshot(driver, "vi-login");

        HeadlessChromium.login(driver, base(), "tasklist", "tiepnhan", "demo");
        HeadlessChromium.waitForText(driver, Role.RECEIVER.tasklistFilterName());
        HeadlessChromium.waitForText(driver, "Khởi động quy trình");
        assertThat(driver.getPageSource()).contains("Đăng xuất", "Ngày giờ hiển thị theo múi giờ của máy:")
                .doesNotContain(">Start process<", "Log out", "Date and Time displayed");

        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//*[contains(text(), '" + Role.RECEIVER.tasklistFilterName() + "')]"), "vi-receiver-filter"));
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//a[contains(., 'Tiếp nhận hồ sơ đề nghị khen thưởng')"
                        + " and contains(., 'Bệnh viện Đa khoa tỉnh Tây Ninh')]"), "vi-receiver-task-list"));
        HeadlessChromium.find(driver, By.xpath("//button[contains(., 'Nhận việc')] | //a[contains(., 'Nhận việc')]"),
                "vi-receiver-claim");
        String page = driver.getPageSource();
        assertThat(page).contains("Biểu mẫu", "Lịch sử", "Sơ đồ", "Mô tả", "Ngày tạo")
                .doesNotContain(">Claim<", ">Diagram<");

        // the open task's dates: "Hạn xử lý"/"Ngày tạo" shown relative in Vietnamese, the tooltip in full in UTC+7
        Task task = taskService.createTaskQuery().taskId(taskIdFromUrl()).singleResult();
        assertThat(task).isNotNull();
        String created = tooltipOf("task.created");
        assertThat(created).matches("(chủ nhật|thứ (hai|ba|tư|năm|sáu|bảy)), \\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}")
                .endsWith(format(task.getCreateTime(), LONG));
        if (task.getDueDate() != null) {
            assertThat(tooltipOf("task.due")).endsWith(format(task.getDueDate(), LONG));
        }
        String relative = driver.findElement(By.cssSelector("li.task.active [am-time-ago='task.created']")).getText();
        assertThat(relative.trim()).matches("(vài giây|một phút|\\d+ phút|một giờ|\\d+ giờ|một ngày|\\d+ ngày) trước");
        HeadlessChromium.screenshot(driver, "vi-tasklist-tiepnhan-task");
    }

    @Test
    void cockpitIsVietnameseWithProvinceDates() {
        dossierForTheReceiver();
        HeadlessChromium.login(driver, base(), "cockpit", "thanhtra", "demo");
        HeadlessChromium.waitForText(driver, "Phiên chạy quy trình đang chạy");
        assertThat(driver.getPageSource()).contains("Sự cố đang mở", "Việc đang mở", "Đã triển khai",
                "Định nghĩa quy trình", "Bản triển khai", "Đăng xuất")
                .doesNotContain("Running Process Instances", "Open Incidents", "Log out");
        HeadlessChromium.screenshot(driver, "vi-cockpit-dashboard");

        // the running proposals of one definition, their start times as DD/MM/YYYY HH:mm in UTC+7
        String definitionId = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey("commendation-proposal").unfinished().list().get(0).getProcessDefinitionId();
        Set<String> startTimes = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionId(definitionId).unfinished().list().stream()
                .map(HistoricProcessInstance::getStartTime).map(d -> format(d, NORMAL)).collect(Collectors.toSet());
        driver.get(base() + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
        HeadlessChromium.waitForText(driver, "Phiên chạy quy trình");
        List<String> shown = waitForTexts("td.start-time");
        HeadlessChromium.keepEvidence(driver, "vi-cockpit-proposals");
        assertThat(shown).isNotEmpty().allMatch(s -> s.matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
        assertThat(startTimes).containsAll(shown);
        HeadlessChromium.screenshot(driver, "vi-cockpit-proposals");
    }

    @Test
    void adminIsVietnamese() {
        HeadlessChromium.login(driver, base(), "admin", "admin", "demo");
        driver.get(base() + "/camunda/app/admin/default/#/users");
        HeadlessChromium.waitForText(driver, "Danh sách người dùng");
        HeadlessChromium.waitForText(driver, "@tayninh.gov.vn");
        assertThat(driver.getPageSource()).contains("Người dùng", "Nhóm", "Phân quyền", "Hệ thống", "Tên", "Họ",
                "Thư điện tử", "Đăng xuất")
                .doesNotContain("List of Users", "Authorizations", "Log out");
        HeadlessChromium.screenshot(driver, "vi-admin-users");
    }

    private String taskIdFromUrl() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("task="));
        return driver.getCurrentUrl().replaceAll(".*[?&]task=([^&]+).*", "$1");
    }

    /** The tooltip Camunda fills from camDate:'long' for a date of the open task (its card in the task list). */
    private String tooltipOf(String expression) {
        WebElement element = HeadlessChromium.find(driver,
                By.cssSelector("li.task.active [am-time-ago='" + expression + "']"), "vi-tooltip-" + expression);
        waitUntil(d -> !element.getAttribute("uib-tooltip").isBlank()
                && !element.getAttribute("uib-tooltip").contains("{{"), "vi-tooltip-" + expression);
        return element.getAttribute("uib-tooltip");
    }

    private void waitUntil(java.util.function.Function<WebDriver, Boolean> condition, String evidenceName) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(condition::apply);
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, evidenceName);
            throw e;
        }
    }

    private List<String> waitForTexts(String css) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElements(By.cssSelector(css)).stream().anyMatch(e -> !e.getText().isBlank()));
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, "vi-missing-" + css.replaceAll("\\W+", "-"));
            throw e;
        }
        return driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static String format(Date date, DateTimeFormatter formatter) {
        return formatter.format(date.toInstant().atZone(PROVINCE));
    }

    private Object js(String script) {
        return ((JavascriptExecutor) driver).executeScript(script);
    }

}

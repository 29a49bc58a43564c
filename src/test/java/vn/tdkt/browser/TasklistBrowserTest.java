package vn.tdkt.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.support.IntegrationTest;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo users log in to Tasklist in a real headless Chromium and meet their role's filters and tasks. */
@IntegrationTest
class TasklistBrowserTest {

    @LocalServerPort
    int port;

    WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
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
        HeadlessChromium.login(driver, base(), "tasklist", "thutruong.stp", "demo");
        HeadlessChromium.waitForText(driver, Role.UNIT_HEAD.tasklistFilterName());
        assertThat(driver.getPageSource()).doesNotContain(Role.RECEIVER.tasklistFilterName());

        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//*[contains(text(), '" + Role.UNIT_HEAD.tasklistFilterName() + "')]"), "head-filter"));
        WebElement task = HeadlessChromium.find(driver,
                By.xpath("//a[contains(., 'Thủ trưởng ký duyệt bản đăng ký thi đua')]"), "head-task-list");
        HeadlessChromium.click(driver, task);
        // The task waits for a candidate: claim it, then the Camunda Form shows the registration to sign.
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//button[contains(., 'Claim')] | //a[contains(., 'Claim')]"), "head-task-claim"));
        HeadlessChromium.waitForText(driver, "Ý kiến của thủ trưởng");
        assertThat(driver.getPageSource()).contains("Đồng ý, ký duyệt", "Trả lại để hoàn chỉnh", "Sở Tư pháp");
        HeadlessChromium.screenshot(driver, "tasklist-thutruong-stp-form");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}

package vn.tdkt.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.support.DemoProvinceTest;

import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo users log in to Tasklist in a real headless Chromium and meet their role's filters and tasks. */
@DemoProvinceTest
class TasklistBrowserTest extends BrowserTestBase {

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
                By.xpath("//button[contains(., 'Nhận việc')] | //a[contains(., 'Nhận việc')]"), "head-task-claim"));
        HeadlessChromium.waitForText(driver, "Ý kiến của thủ trưởng");
        assertThat(driver.getPageSource()).contains("Đồng ý, ký duyệt", "Trả lại để hoàn chỉnh", "Sở Tư pháp");
        HeadlessChromium.screenshot(driver, "tasklist-thutruong-stp-form");
    }

    @Test
    void chairmanSeesEveryNomineeOfTheProposalWaitingForHim() {
        HeadlessChromium.login(driver, base(), "tasklist", "chutich", "demo");
        HeadlessChromium.waitForText(driver, Role.CHAIRMAN.tasklistFilterName());
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//*[contains(text(), '" + Role.CHAIRMAN.tasklistFilterName() + "')]"), "chairman-filter"));
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                // the demo's proposal of Sở Công Thương, whatever other proposals other tests left waiting for him
                By.xpath("//a[contains(., 'Chủ tịch UBND tỉnh quyết định khen thưởng') and contains(., 'Sở Công Thương')]"),
                "chairman-task-list"));
        HeadlessChromium.click(driver, HeadlessChromium.find(driver,
                By.xpath("//button[contains(., 'Nhận việc')] | //a[contains(., 'Nhận việc')]"), "chairman-task-claim"));
        HeadlessChromium.waitForText(driver, "Ý kiến từng đối tượng");
        // the dynamic list shows one group per nominee, prefilled from the process (values live in the inputs)
        Object values = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Array.from(document.querySelectorAll('input')).map(i => i.value).join('|');");
        assertThat(String.valueOf(values)).contains("SCT-01", "SCT-02", "Sở Công Thương");
        assertThat(driver.getPageSource()).contains("Đồng ý khen thưởng");
        HeadlessChromium.screenshot(driver, "tasklist-chutich-decision-form");
        // the Diagram tab draws the process from its layout (BPMNDI), with the current task marked
        HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.xpath("//a[normalize-space(.)='Sơ đồ']"),
                "chairman-diagram-tab"));
        HeadlessChromium.find(driver, By.cssSelector("[data-element-id='Task_ChairmanDecision']"), "chairman-diagram");
        HeadlessChromium.screenshot(driver, "tasklist-proposal-diagram");
    }

}

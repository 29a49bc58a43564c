package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.sla.SlaService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Tiến độ xử lý hồ sơ" in a real browser: the standing agency's head (lanhdao.snv) follows his home page's link and
 * finds an overdue dossier (Sở Y tế's, its appraisal three weeks past its deadline) with its step, the group
 * holding it and the working days overdue; the unit filter keeps it or leaves it out; its links open the dossier and
 * its steps; the monthly chart is drawn with its numbers in a table. A unit officer is refused in Vietnamese.
 */
@IntegrationTest
class SlaPageBrowserTest extends BrowserTestBase {

    private static final String PAGE = "/pages/han-xu-ly.html";

    @Autowired JdbcClient jdbc;
    @Autowired TaskService taskService;
    @Autowired WorkingDayCalendarProvider calendars;
    @Autowired Clock clock;
    @Autowired ProcessEngine engine;
    @Autowired DossierService dossiers;

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void theHeadSeesTheOverdueDossierFiltersOpensItAndReadsTheChart() {
        // Sở Y tế's dossier, accepted at intake; its appraisal's deadline passed three weeks ago
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers, TestProvince.OTHER_UNIT);
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = f.meritoriousPerson(TestProvince.OTHER_UNIT, "Trịnh Văn Hạn", year);
        ProcessInstance proposal = f.acceptedAtIntake("BK_TINH", year, nominee);
        String key = f.businessKey(proposal);
        Task appraisal = f.task(proposal, "Task_Appraise");
        appraisal.setDueDate(Date.from(clock.instant().minus(Duration.ofDays(21))));
        taskService.saveTask(appraisal);
        int overdueDays = -SlaService.workingDaysLeft(calendars.calendar(), clock.instant(),
                appraisal.getDueDate().toInstant());
        assertThat(overdueDays).as("the dossier is overdue").isPositive();

        // the head follows the link of his home page
        HeadlessChromium.signIn(driver, base(), "lanhdao.snv", "/pages/trang-chu.html");
        WebElement link = HeadlessChromium.find(driver, By.cssSelector(
                "article.vai-tro[data-vai-tro='sa-head'] a[href='" + PAGE + "']"), "home-sla-link");
        assertThat(link.getText()).contains("Tiến độ xử lý hồ sơ");
        HeadlessChromium.click(driver, link);
        waiting().until(ExpectedConditions.urlContains(PAGE));
        By row = By.cssSelector("#bang-ho-so tr[data-ho-so='" + key + "'][data-buoc='Task_Appraise']");
        WebElement overdue = HeadlessChromium.find(driver, row, "sla-overdue-row");
        assertThat(overdue.getAttribute("class")).contains("qua-han");
        assertThat(overdue.getText()).contains(key, "Sở Y tế", "Thẩm định hồ sơ đề nghị khen thưởng",
                "Chuyên viên", "Quá hạn " + overdueDays + " ngày làm việc");
        // most overdue first: no row above it has more days left
        assertThat(driver.findElement(By.id("tong-qua-han")).getText()).isNotEqualTo("0");
        assertThat(driver.findElements(By.cssSelector("#bang-buoc tr[data-buoc='Task_Appraise']"))).hasSize(1);
        // the chart: bars drawn and the same numbers in the table
        waiting().until(d -> d.findElements(By.cssSelector("#bang-thang tbody tr")).size() == 12);
        assertThat(driver.findElements(By.cssSelector("#bieu-do svg rect"))).isNotEmpty();
        assertThat(driver.findElement(By.cssSelector("#bieu-do svg title")).getAttribute("textContent"))
                .contains("Biểu đồ hồ sơ hoàn thành");
        HeadlessChromium.screenshot(driver, "han-xu-ly-lanh-dao-so");

        // filter by unit: Sở Y tế keeps it, Sở Tư pháp leaves it out
        waiting().until(d -> new Select(d.findElement(By.id("loc-don-vi"))).getOptions().size() > 1);
        new Select(driver.findElement(By.id("loc-don-vi"))).selectByValue("stp");
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-loc")));
        waiting().until(ExpectedConditions.numberOfElementsToBe(row, 0));
        List<WebElement> rows = driver.findElements(By.cssSelector("#bang-ho-so tbody tr"));
        rows.forEach(r -> assertThat(r.getText()).contains("Sở Tư pháp"));
        new Select(driver.findElement(By.id("loc-don-vi"))).selectByValue(TestProvince.OTHER_UNIT);
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-loc")));
        overdue = HeadlessChromium.find(driver, row, "sla-filtered-row");
        driver.findElements(By.cssSelector("#bang-ho-so tbody tr"))
                .forEach(r -> assertThat(r.getText()).contains("Sở Y tế"));
        HeadlessChromium.screenshot(driver, "han-xu-ly-loc-don-vi");

        // its steps, then its dossier
        HeadlessChromium.click(driver, overdue.findElement(By.cssSelector("a.mo-tien-trinh")));
        waiting().until(ExpectedConditions.urlContains(PAGE + "?hoSo=" + key));
        WebElement steps = HeadlessChromium.find(driver, By.cssSelector("#tien-trinh:not([hidden])"), "sla-steps");
        assertThat(driver.findElement(By.id("tieu-de-tien-trinh")).getText()).isEqualTo("Tiến trình xử lý hồ sơ " + key);
        waiting().until(d -> d.findElement(By.cssSelector("#bang-tien-trinh")).getText()
                .contains("Quá hạn " + overdueDays + " ngày làm việc"));
        assertThat(steps.getText()).contains("Thủ trưởng ký tờ trình", "Không có hạn", "Đang xử lý");
        HeadlessChromium.screenshot(driver, "han-xu-ly-tien-trinh");
        HeadlessChromium.click(driver, driver.findElement(By.cssSelector("#bang-ho-so tr[data-ho-so='" + key
                + "'][data-buoc='Task_Appraise'] a.mo-ho-so")));
        waiting().until(ExpectedConditions.urlContains("/pages/ho-so.html?hoSo=" + key));
        waiting().until(d -> d.findElement(By.id("tieu-de")).getText().equals("Đề nghị khen thưởng " + key));
        HeadlessChromium.screenshot(driver, "han-xu-ly-mo-ho-so");

        // a unit's officer is refused, in Vietnamese
        HeadlessChromium.signIn(driver, base(), "canbo.stp", PAGE);
        waiting().until(d -> !d.findElement(By.id("thong-bao")).getText().isEmpty());
        assertThat(driver.findElement(By.id("thong-bao")).getText())
                .startsWith("Trang tiến độ xử lý hồ sơ dành cho lãnh đạo Sở Nội vụ");
        assertThat(driver.findElements(By.cssSelector("#bang-ho-so tbody tr"))).isEmpty();
    }
}

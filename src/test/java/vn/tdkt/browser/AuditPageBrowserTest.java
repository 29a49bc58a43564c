package vn.tdkt.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page in headless Chromium: the auditor searches, opens a proposal's timeline and checks the chain. */
@IntegrationTest
class AuditPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired JdbcClient jdbc;

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
    void theAuditorSearchesOpensATimelineAndChecksTheChain() {
        // the demo's awarded proposal
        var awarded = jdbc.sql("SELECT business_key, period_year FROM commendation_proposal WHERE status = 'AWARDED'"
                + " ORDER BY business_key").query().listOfRows().get(0);
        String key = (String) awarded.get("business_key");
        driver.get("http://thanhtra:demo@localhost:" + port + "/api/audit/proposals");
        driver.get("http://localhost:" + port + "/pages/kiem-tra.html");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.getElementById('nam').value = arguments[0];"
                + "document.getElementById('trang-thai').value = 'AWARDED';", String.valueOf(awarded.get("period_year")));
        driver.findElement(By.id("nut-tim")).click();
        WebElement row = HeadlessChromium.find(driver, By.xpath("//table[@id='ho-so']//tr[td[1][text()='" + key + "']]"),
                "audit-search");
        assertThat(row.getText()).contains("Đã khen thưởng");
        assertThat(driver.findElement(By.id("tai-nam")).getAttribute("href")).endsWith("/timeline.csv");

        row.findElement(By.cssSelector("button.xem-nhat-ky")).click();
        HeadlessChromium.find(driver, By.cssSelector("#su-kien tbody tr[data-kind='DECISION_ISSUED']"), "audit-timeline");
        String page = driver.findElement(By.id("nhat-ky")).getText();
        assertThat(page).contains("Nhật ký hồ sơ " + key, "Bắt đầu quy trình", "Hoàn thành nhiệm vụ",
                "Áp dụng bảng quyết định (DMN)", "Tải lên tài liệu hồ sơ", "SHA-256", "Ban hành quyết định khen thưởng");
        assertThat(driver.findElement(By.id("tai-pdf")).getAttribute("href")).endsWith(key + "/timeline.pdf");

        // the filter keeps only one kind of event
        js.executeScript("const s = document.getElementById('loc-loai'); s.value = 'TASK_COMPLETED';"
                + "s.dispatchEvent(new Event('change'));");
        List<WebElement> rows = driver.findElements(By.cssSelector("#su-kien tbody tr"));
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.getAttribute("data-kind")).isEqualTo("TASK_COMPLETED"));
        HeadlessChromium.screenshot(driver, "audit-timeline");

        driver.findElement(By.id("nut-kiem-tra-chuoi")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("ket-qua-chuoi")).getText().startsWith("Nhật ký toàn vẹn"));
        HeadlessChromium.screenshot(driver, "audit-chain-verified");
    }
}

package vn.tdkt.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The block dashboard page in headless Chromium: a member of the block sees its members' progress, ranking and chart. */
@IntegrationTest
class BlockDashboardBrowserTest extends BrowserTestBase {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void aMemberSeesTheBlockDashboard() {
        int year = LocalDate.now(clock).getYear();
        String key = "KTD-NC-" + year;
        String member = jdbc.sql("""
                SELECT u.code FROM block_membership m JOIN org_unit u ON u.id = m.unit_id
                JOIN emulation_block b ON b.id = m.block_id WHERE b.code = 'NC' AND m.emulation_year = ? ORDER BY u.code""")
                .param(year).query(String.class).list().get(0);
        // the sign-in page (the webapps' session), then back to the dashboard
        HeadlessChromium.signIn(driver, base(), "canbo." + member, "/pages/khoi-thi-dua.html?key=" + key);
        HeadlessChromium.find(driver, By.cssSelector("#xep-hang tbody tr"), "block-dashboard");
        String page = driver.getPageSource();
        assertThat(page).contains("Bảng theo dõi chu kỳ thi đua của khối", "Tình hình các đơn vị thành viên",
                "Đã xếp hạng, chờ bỏ phiếu suy tôn", "Cờ thi đua của UBND tỉnh");
        HeadlessChromium.find(driver, By.cssSelector("#bieu-do img"), "block-dashboard-chart");
        Object chartWidth = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const i = document.querySelector('#bieu-do img'); return i.complete ? i.naturalWidth : -1;");
        assertThat(((Number) chartWidth).intValue()).as("the chart is a drawable SVG").isPositive();
        HeadlessChromium.screenshot(driver, "block-dashboard");
    }
}

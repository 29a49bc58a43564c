package vn.tdkt.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.format.VietnameseNumbers;
import vn.tdkt.support.DemoProvinceTest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The block dashboard page in headless Chromium: a member of the block sees its members' progress, ranking and chart. */
@DemoProvinceTest
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
        // the chart comes last: once it is there, every table has been filled and the section shown
        HeadlessChromium.find(driver, By.cssSelector("#bieu-do img"), "block-dashboard");
        assertThat(driver.findElement(By.id("tong-quan")).isDisplayed()).isTrue();
        String page = driver.getPageSource();
        assertThat(page).contains("Bảng theo dõi chu kỳ thi đua của khối", "Tình hình các đơn vị thành viên",
                "Đã xếp hạng, chờ bỏ phiếu suy tôn", "Cờ thi đua của UBND tỉnh");
        // the block by its name, never its code
        String blockName = jdbc.sql("SELECT name FROM emulation_block WHERE code = 'NC'").query(String.class).single();
        assertThat(driver.findElement(By.id("tieu-de")).getText()).isEqualTo(blockName + " – năm " + year)
                .doesNotContain("Khối NC");
        // units by their names, in the members' table and the ranking (the cross-checker too), never by their codes
        List<String> unitNames = jdbc.sql("""
                SELECT u.name FROM block_membership m JOIN org_unit u ON u.id = m.unit_id
                JOIN emulation_block b ON b.id = m.block_id WHERE b.code = 'NC' AND m.emulation_year = ?""")
                .param(year).query(String.class).list();
        List<WebElement> members = driver.findElements(By.cssSelector("#thanh-vien tbody tr"));
        assertThat(members).hasSize(unitNames.size());
        for (WebElement row : members) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(unitNames).contains(cells.get(0).getText());
            assertThat(unitNames).as("cross-checked by").contains(cells.get(4).getText());
        }
        // scores as Vietnamese write them, equal to the stored final scores
        List<WebElement> ranking = driver.findElements(By.cssSelector("#xep-hang tbody tr"));
        assertThat(ranking).hasSize(unitNames.size());
        for (WebElement row : ranking) {
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertThat(unitNames).contains(cells.get(1).getText());
            BigDecimal stored = jdbc.sql("""
                    SELECT s.final_score FROM block_score_sheet s JOIN org_unit u ON u.id = s.unit_id
                    JOIN emulation_block b ON b.id = s.block_id
                    WHERE b.code = 'NC' AND s.emulation_year = ? AND s.kind = 'FINAL' AND u.name = ?""")
                    .params(year, cells.get(1).getText()).query(BigDecimal.class).single();
            assertThat(cells.get(5).getText()).isEqualTo(VietnameseNumbers.decimal(stored)).doesNotContain(".");
            for (int i = 2; i <= 5; i++) {
                assertThat(cells.get(i).getText()).as("score column " + i).matches("-?\\d+(,\\d+)?");
            }
        }
        // the vote is not held yet: no minutes to open, and the page says when there will be
        assertThat(driver.findElements(By.id("tai-bien-ban"))).isEmpty();
        assertThat(driver.findElement(By.id("bien-ban")).getText()).contains("sau khi khối trưởng kết thúc bỏ phiếu");
        HeadlessChromium.find(driver, By.cssSelector("#bieu-do img"), "block-dashboard-chart");
        Object chartWidth = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "const i = document.querySelector('#bieu-do img'); return i.complete ? i.naturalWidth : -1;");
        assertThat(((Number) chartWidth).intValue()).as("the chart is a drawable SVG").isPositive();
        HeadlessChromium.screenshot(driver, "block-dashboard");
    }
}

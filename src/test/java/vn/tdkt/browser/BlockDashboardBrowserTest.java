package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.block.cycle.BlockCycleFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.format.VietnameseNumbers;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The block dashboard page in headless Chromium: a member of the block sees its members' progress, ranking and chart. */
@IntegrationTest
class BlockDashboardBrowserTest extends BrowserTestBase {

    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ProcessEngine engine;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;

    @Test
    void aMemberSeesTheBlockDashboard() {
        // a block's year whose members have scored and cross-checked: ranked, the vote not open yet
        int year = LocalDate.now(clock).getYear() - 1;
        BlockCycleFixture fixture = new BlockCycleFixture(engine, jdbc, dossiers, unitGroups, profiles, rest, year, 4);
        fixture.atOpenVote();
        String key = fixture.key();
        String block = fixture.block;
        String member = fixture.units.get(2);
        // the sign-in page (the webapps' session), then back to the dashboard
        HeadlessChromium.signIn(driver, base(), "cb." + member, "/pages/khoi-thi-dua.html?key=" + key);
        // the chart comes last: once it is there, every table has been filled and the section shown
        HeadlessChromium.find(driver, By.cssSelector("#bieu-do img"), "block-dashboard");
        assertThat(driver.findElement(By.id("tong-quan")).isDisplayed()).isTrue();
        String page = driver.getPageSource();
        assertThat(page).contains("Bảng theo dõi chu kỳ thi đua của khối", "Tình hình các đơn vị thành viên",
                "Đã xếp hạng, chờ bỏ phiếu suy tôn", "Tập thể lao động xuất sắc");
        // the block by its name, never its code
        String blockName = jdbc.sql("SELECT name FROM emulation_block WHERE code = ?").param(block).query(String.class).single();
        assertThat(driver.findElement(By.id("tieu-de")).getText()).isEqualTo(blockName + " – năm " + year)
                .doesNotContain("Khối " + block);
        // units by their names, in the members' table and the ranking (the cross-checker too), never by their codes
        List<String> unitNames = jdbc.sql("""
                SELECT u.name FROM block_membership m JOIN org_unit u ON u.id = m.unit_id
                JOIN emulation_block b ON b.id = m.block_id WHERE b.code = ? AND m.emulation_year = ?""")
                .params(block, year).query(String.class).list();
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
                    WHERE b.code = ? AND s.emulation_year = ? AND s.kind = 'FINAL' AND u.name = ?""")
                    .params(block, year, cells.get(1).getText()).query(BigDecimal.class).single();
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

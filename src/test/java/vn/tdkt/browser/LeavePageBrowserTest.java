package vn.tdkt.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of Sở Tư pháp names the deputy head as substitute on the page /pages/uy-quyen.html, is refused a
 * substitute who cannot do his work, and cancels the substitution.
 */
@IntegrationTest
class LeavePageBrowserTest extends BrowserTestBase {

    @Autowired JdbcClient jdbc;

    @AfterEach
    void cancelLeftovers() {
        // never leave a substitution in force for other tests of the head of Sở Tư pháp
        jdbc.sql("UPDATE leave_substitution SET cancelled_at = CURRENT_TIMESTAMP, cancelled_by = 'kiem-thu'"
                + " WHERE user_id = 'thutruong.stp' AND cancelled_at IS NULL AND reason LIKE 'Kiểm thử trang%'").update();
    }

    private void fill(String id, String value) {
        ((JavascriptExecutor) driver).executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private String messageAfter(Runnable action, String expected) {
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("thong-bao")).getText().contains(expected));
        return driver.findElement(By.id("thong-bao")).getText();
    }

    @Test
    void theHeadNamesHisDeputyIsRefusedHisOfficerAndCancels() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        HeadlessChromium.signIn(driver, base(), "thutruong.stp", "/pages/uy-quyen.html");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("toi")).getText().contains("thutruong.stp"));

        // a substitute who does not hold the head's role is refused, with the reason, and nothing is stored
        fill("nguoi-thay-the", "canbo.stp");
        fill("tu-ngay", today.plusDays(30).toString());
        fill("den-ngay", today.plusDays(32).toString());
        fill("ly-do", "Kiểm thử trang: đi công tác");
        String refused = messageAfter(() -> driver.findElement(By.id("nut-uy-quyen")).click(), "Không ủy quyền được");
        assertThat(refused).contains("canbo.stp", "Thủ trưởng cơ quan, đơn vị");
        HeadlessChromium.screenshot(driver, "thutruong-stp-uy-quyen-bi-tu-choi");

        fill("nguoi-thay-the", "phothutruong.stp");
        String named = messageAfter(() -> driver.findElement(By.id("nut-uy-quyen")).click(), "Đã ủy quyền số");
        assertThat(named).contains("Trần Thị Minh Thư", today.plusDays(30).getDayOfMonth() < 10 ? "0" : "");
        String id = named.replaceAll(".*Đã ủy quyền số (\\d+).*", "$1");
        String row = driver.findElement(By.cssSelector("#danh-sach tr[data-id='" + id + "']")).getText();
        assertThat(row).contains("phothutruong.stp", "Kiểm thử trang: đi công tác", "Sắp có hiệu lực");
        HeadlessChromium.screenshot(driver, "thutruong-stp-uy-quyen");

        messageAfter(() -> driver.findElement(By.cssSelector("#danh-sach tr[data-id='" + id + "'] button.huy")).click(),
                "Đã hủy ủy quyền số " + id);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(
                By.cssSelector("#danh-sach tr[data-id='" + id + "']")).getText().contains("Đã hủy"));
        assertThat(jdbc.sql("SELECT cancelled_by FROM leave_substitution WHERE id = ?").param(Long.parseLong(id))
                .query(String.class).single()).isEqualTo("thutruong.stp");
        HeadlessChromium.screenshot(driver, "thutruong-stp-huy-uy-quyen");
    }
}

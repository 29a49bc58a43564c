package vn.tdkt.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The head of Sở Tư pháp names the deputy head as substitute on the page /pages/uy-quyen.html: picks her by name
 * from the list of those who may stand in, types the days as dd/mm/yyyy (refused on the page when the end comes
 * before the start or the day does not exist), reads back what was stored, and cancels the substitution.
 */
@IntegrationTest
class LeavePageBrowserTest extends BrowserTestBase {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired JdbcClient jdbc;

    @AfterEach
    void cancelLeftovers() {
        // never leave a substitution in force for other tests of the head of Sở Tư pháp
        jdbc.sql("UPDATE leave_substitution SET cancelled_at = CURRENT_TIMESTAMP, cancelled_by = 'kiem-thu'"
                + " WHERE user_id = 'thutruong.stp' AND cancelled_at IS NULL AND reason LIKE 'Kiểm thử trang%'").update();
    }

    /** Types into a field as a user does (the field is emptied first). */
    private void type(String id, String value) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private String messageAfter(Runnable action, String expected) {
        action.run();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d ->
                d.findElement(By.id("thong-bao")).getText().contains(expected));
        return driver.findElement(By.id("thong-bao")).getText();
    }

    private void submit() {
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-uy-quyen")));
    }

    @Test
    void theHeadPicksHisDeputyByNameTypesVietnameseDatesAndCancels() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        LocalDate from = today.plusDays(30);
        LocalDate to = today.plusDays(32);
        HeadlessChromium.signIn(driver, base(), "thutruong.stp", "/pages/uy-quyen.html");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("toi")).getText().contains("thutruong.stp"));

        // the substitute is picked from a list of people who may stand in, by name — no login id to type
        WebElement picker = driver.findElement(By.id("nguoi-thay-the"));
        assertThat(picker.getTagName()).isEqualTo("select");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !new Select(picker).getOptions().isEmpty());
        List<String> offered = new Select(picker).getOptions().stream().map(WebElement::getText).toList();
        assertThat(offered).contains("Trần Thị Minh Thư — Phó thủ trưởng cơ quan, đơn vị, Sở Tư pháp");
        assertThat(String.join("\n", offered)).doesNotContain("canbo.stp", "thutruong.", "Cán bộ làm công tác TĐKT");
        type("tim-nguoi-thay-the", "minh thu");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> new Select(picker).getOptions().size() == 1);
        Select substitute = new Select(picker);
        assertThat(substitute.getFirstSelectedOption().getText()).startsWith("Trần Thị Minh Thư — ");
        // the date fields are text in dd/mm/yyyy, not the browser's own (mm/dd/yyyy in an English browser)
        assertThat(driver.findElement(By.id("tu-ngay")).getAttribute("type")).isEqualTo("text");
        assertThat(driver.findElement(By.id("tu-ngay")).getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");

        // the end before the start: refused on the page in Vietnamese, nothing stored
        int before = jdbc.sql("SELECT COUNT(*) FROM leave_substitution WHERE user_id = 'thutruong.stp'")
                .query(Integer.class).single();
        type("tu-ngay", DAY.format(to));
        type("den-ngay", DAY.format(from));
        type("ly-do", "Kiểm thử trang: đi công tác");
        String reversed = messageAfter(this::submit, "Không ủy quyền được");
        assertThat(reversed).contains("Ngày kết thúc " + DAY.format(from) + " không được trước ngày bắt đầu "
                + DAY.format(to));
        // a day that is not on the calendar
        type("tu-ngay", "31/02/" + from.getYear());
        assertThat(messageAfter(this::submit, "không có trên lịch")).contains("Ngày bắt đầu 31/02/" + from.getYear());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM leave_substitution WHERE user_id = 'thutruong.stp'")
                .query(Integer.class).single()).as("nothing stored").isEqualTo(before);
        HeadlessChromium.screenshot(driver, "thutruong-stp-uy-quyen-bi-tu-choi");

        // day and month as people type them: 5/1/2027 is 5 January
        type("tu-ngay", from.getDayOfMonth() + "/" + from.getMonthValue() + "/" + from.getYear());
        type("den-ngay", DAY.format(to));
        String named = messageAfter(this::submit, "Đã ủy quyền số");
        assertThat(named).contains("Trần Thị Minh Thư", "từ " + DAY.format(from), "đến hết " + DAY.format(to));
        String id = named.replaceAll(".*Đã ủy quyền số (\\d+).*", "$1");
        // what was stored is what was typed, read the Vietnamese way
        Map<String, Object> stored = jdbc.sql("SELECT substitute_id, from_date, to_date FROM leave_substitution WHERE id = ?")
                .param(Long.parseLong(id)).query().singleRow();
        assertThat(stored.get("substitute_id")).isEqualTo("phothutruong.stp");
        assertThat(stored.get("from_date").toString()).isEqualTo(from.toString());
        assertThat(stored.get("to_date").toString()).isEqualTo(to.toString());
        String row = driver.findElement(By.cssSelector("#danh-sach tr[data-id='" + id + "']")).getText();
        assertThat(row).contains("Trần Thị Minh Thư", DAY.format(from), DAY.format(to), "Kiểm thử trang: đi công tác",
                "Sắp có hiệu lực").doesNotContain("phothutruong.stp", from.toString());
        HeadlessChromium.screenshot(driver, "thutruong-stp-uy-quyen");

        messageAfter(() -> HeadlessChromium.click(driver,
                        driver.findElement(By.cssSelector("#danh-sach tr[data-id='" + id + "'] button.huy"))),
                "Đã hủy ủy quyền số " + id);
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.findElement(
                By.cssSelector("#danh-sach tr[data-id='" + id + "']")).getText().contains("Đã hủy"));
        assertThat(jdbc.sql("SELECT cancelled_by FROM leave_substitution WHERE id = ?").param(Long.parseLong(id))
                .query(String.class).single()).isEqualTo("thutruong.stp");
        HeadlessChromium.screenshot(driver, "thutruong-stp-huy-uy-quyen");
    }
}

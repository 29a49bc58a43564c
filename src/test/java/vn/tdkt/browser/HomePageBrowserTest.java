package vn.tdkt.browser;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door in a real browser: three roles sign in at {@code /}, find their roles' links, follow "Việc của tôi"
 * into Tasklist without a second sign-in and come back through Tasklist's "Trang chủ"; every page carries the same
 * header leading home. The unit officer follows the proposal he started on "Hồ sơ của đơn vị".
 */
@IntegrationTest
class HomePageBrowserTest extends BrowserTestBase {

    @Autowired ProcessEngine engine;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    private static final List<String> PAGES = List.of("/pages/ho-so-don-vi.html", "/pages/ho-so.html",
            "/pages/uy-quyen.html", "/pages/khoi-thi-dua.html", "/pages/kiem-tra.html", "/pages/phong-trao.html");

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    private String fullName(String userId) {
        User u = identityService.createUserQuery().userId(userId).singleResult();
        return (u.getFirstName() + " " + u.getLastName()).strip();
    }

    /** Signs in on the home page's own form, opened at the front door. */
    private void signInAtTheFrontDoor(String user) {
        driver.get(base() + "/");
        waiting().until(ExpectedConditions.urlToBe(base() + "/pages/trang-chu.html"));
        WebElement name = HeadlessChromium.find(driver, By.cssSelector("#khach:not([hidden]) #ten-dang-nhap"),
                "home-anonymous-" + user);
        assertThat(driver.findElement(By.tagName("h1")).getText())
                .isEqualTo("Hệ thống quản lý thi đua, khen thưởng tỉnh Tây Ninh");
        HeadlessChromium.fill(driver, name, user);
        HeadlessChromium.fill(driver, driver.findElement(By.id("mat-khau")), "demo");
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-dang-nhap")));
        HeadlessChromium.find(driver, By.cssSelector("#nguoi-dung:not([hidden])"), "home-signed-in-" + user);
        waiting().until(d -> d.findElement(By.id("ten-nguoi-dung")).getText().equals(fullName(user)));
    }

    private List<String> hrefsIn(String css) {
        return driver.findElements(By.cssSelector(css)).stream().map(a -> a.getAttribute("href")).toList();
    }

    private void headerLeadsHome(String page) {
        driver.get(base() + page);
        WebElement home = HeadlessChromium.find(driver, By.cssSelector("#dau-trang a#lien-ket-trang-chu"), "header" + page);
        assertThat(home.getAttribute("href")).isEqualTo(base() + "/");
        assertThat(driver.findElement(By.id("ten-he-thong")).getAttribute("href")).isEqualTo(base() + "/");
        assertThat(driver.findElement(By.id("dau-trang")).getText()).contains("Trang chủ");
        // the session box sits in the band with the sign-out
        HeadlessChromium.find(driver, By.cssSelector("#dau-trang #phien #dang-xuat"), "header-session" + page);
        HeadlessChromium.screenshot(driver, "dau-trang" + page.replace('/', '-').replace(".html", ""));
    }

    @Test
    void threeRolesSignInAtTheFrontDoorFindTheirLinksAndReachTasklistWithoutASecondSignIn() {
        record Expect(String user, String role, String ownFilter, boolean admin) { }
        for (Expect e : List.of(new Expect("canbo.stp", "unit-officer", "Hồ sơ của đơn vị", false),
                new Expect("thamdinh", "sa-specialist", "Hồ sơ chờ thẩm định", false),
                new Expect("admin", "camunda-admin", "Tất cả công việc", true))) {
            signInAtTheFrontDoor(e.user());
            HeadlessChromium.screenshot(driver, "trang-chu-" + e.user());
            WebElement card = driver.findElement(By.cssSelector("article.vai-tro[data-vai-tro='" + e.role() + "']"));
            assertThat(card.getText()).contains(e.ownFilter());
            assertThat(card.findElements(By.cssSelector("a[data-loai='tasklist']"))).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/camunda/app/tasklist/default/#/?filter="));
            List<String> all = hrefsIn("#nguoi-dung a");
            assertThat(all).contains(base() + "/pages/uy-quyen.html");
            if (e.admin()) {
                assertThat(all).contains(base() + "/camunda/app/cockpit/default/", base() + "/camunda/app/admin/default/");
            } else {
                assertThat(all).noneMatch(h -> h.contains("/camunda/app/cockpit") || h.contains("/camunda/app/admin"));
                assertThat(all).contains(base() + "/pages/ho-so-don-vi.html");
            }
            assertThat(driver.findElement(By.id("phien")).getText()).contains(e.user(), "Đăng xuất");

            // "Việc của tôi" opens Tasklist's own filter, already signed in
            WebElement mine = driver.findElement(By.id("lien-ket-viec-cua-toi"));
            waiting().until(d -> mine.getAttribute("href").contains("#/?filter="));
            HeadlessChromium.click(driver, mine);
            HeadlessChromium.find(driver, By.cssSelector("section.task-filters"), "tasklist-from-home-" + e.user());
            assertThat(driver.findElements(By.cssSelector("input[ng-model='username']"))).isEmpty();
            waiting().until(d -> d.findElement(By.cssSelector(".task-filters .item.active")).getText()
                    .contains("Việc của tôi"));
            // and Tasklist's header leads home, still signed in
            HeadlessChromium.find(driver, By.cssSelector("#tdkt-trang-chu a"), "tasklist-home-link-" + e.user());
            HeadlessChromium.screenshot(driver, "tasklist-trang-chu-" + e.user());
            HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.cssSelector("#tdkt-trang-chu a"),
                    "tasklist-home-link-" + e.user()));
            HeadlessChromium.find(driver, By.cssSelector("#nguoi-dung:not([hidden])"), "back-home-" + e.user());

            for (String page : PAGES) {
                headerLeadsHome(page);
            }
            if (e.user().equals("thamdinh")) {
                // the standing agency chooses the unit on the unit page
                driver.get(base() + "/pages/ho-so-don-vi.html");
                WebElement select = HeadlessChromium.find(driver, By.cssSelector("#chon-don-vi:not([hidden]) select"),
                        "unit-picker");
                new Select(select).selectByVisibleText("Sở Tư pháp");
                HeadlessChromium.click(driver, driver.findElement(By.id("nut-xem")));
                waiting().until(d -> d.findElement(By.id("tieu-de")).getText().equals("Sở Tư pháp"));
                HeadlessChromium.screenshot(driver, "ho-so-don-vi-thamdinh");
            }
            // following the header home, then signing out from the band
            HeadlessChromium.click(driver, driver.findElement(By.id("lien-ket-trang-chu")));
            HeadlessChromium.find(driver, By.cssSelector("#nguoi-dung:not([hidden])"), "header-home-" + e.user());
            HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.id("dang-xuat"), "sign-out-" + e.user()));
            waiting().until(ExpectedConditions.urlContains("/pages/dang-nhap.html"));
        }
    }

    @Test
    void theUnitOfficerFollowsTheProposalHeStartedOnHisUnitsPage() {
        int year = LocalDate.now(clock).getYear() - 1;
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        String nominee = proposals.person("stp", "Phan Thị Theo Dõi", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        String key = proposals.businessKey(proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee));

        signInAtTheFrontDoor("canbo.stp");
        HeadlessChromium.click(driver, driver.findElement(By.cssSelector(
                "article.vai-tro[data-vai-tro='unit-officer'] a[href='/pages/ho-so-don-vi.html']")));
        WebElement row = HeadlessChromium.find(driver, By.cssSelector("#bang-ho-so tr[data-ho-so='" + key + "']"),
                "unit-page-row");
        assertThat(driver.findElement(By.id("tieu-de")).getText()).isEqualTo("Sở Tư pháp");
        assertThat(driver.findElements(By.cssSelector("#chon-don-vi:not([hidden])"))).isEmpty();
        assertThat(row.getText()).contains(key, "Phan Thị Theo Dõi", "Hoàn thiện hồ sơ đề nghị khen thưởng",
                fullName("canbo.stp"));
        assertThat(row.getText()).doesNotContain(nominee);
        HeadlessChromium.screenshot(driver, "ho-so-don-vi-canbo-stp");
        HeadlessChromium.click(driver, row.findElement(By.cssSelector("a.mo-ho-so")));
        waiting().until(ExpectedConditions.urlContains("/pages/ho-so.html?hoSo=" + key));
        waiting().until(d -> d.findElement(By.id("tieu-de")).getText().contains(key));
    }
}

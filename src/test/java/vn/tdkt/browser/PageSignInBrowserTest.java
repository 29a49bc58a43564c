package vn.tdkt.browser;

import com.sun.net.httpserver.HttpServer;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.DatabaseFingerprint;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sign-in for the whole product, in a real browser: a page opened without a session leads to the sign-in page
 * (never to the browser's password prompt) and back; that sign-in is Tasklist's too; signing out ends both. And a
 * foreign page the signed-in user visits — served on another port of the same host, so the browser even sends the
 * session cookie along — cannot make the browser upload a document or name a substitute: nothing is stored.
 */
@IntegrationTest
class PageSignInBrowserTest extends BrowserTestBase {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired DataSource dataSource;
    @Autowired AuditLedger ledger;
    @Autowired Clock clock;

    private HttpServer foreignSite;

    @AfterEach
    void stopForeignSite() {
        if (foreignSite != null) {
            foreignSite.stop(0);
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    @Test
    void aPageLeadsToTheSignInPageAndBackAndThatSignInIsTasklistsToo() {
        driver.get(base() + "/pages/uy-quyen.html");
        waiting().until(ExpectedConditions.urlContains("/pages/dang-nhap.html?tiep=%2Fpages%2Fuy-quyen.html"));
        HeadlessChromium.find(driver, By.id("ten-dang-nhap"), "sign-in-page");
        HeadlessChromium.screenshot(driver, "dang-nhap");

        // a wrong password is said in Vietnamese, on the page
        HeadlessChromium.fill(driver, driver.findElement(By.id("ten-dang-nhap")), "thutruong.syt");
        HeadlessChromium.fill(driver, driver.findElement(By.id("mat-khau")), "sai-mat-khau");
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-dang-nhap")));
        waiting().until(d -> d.findElement(By.id("thong-bao")).getText().equals("Sai tên đăng nhập hoặc mật khẩu."));

        HeadlessChromium.fill(driver, driver.findElement(By.id("mat-khau")), "demo");
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-dang-nhap")));
        waiting().until(ExpectedConditions.urlToBe(base() + "/pages/uy-quyen.html"));
        waiting().until(d -> d.findElement(By.id("toi")).getText().contains("thutruong.syt"));
        assertThat(driver.findElement(By.id("phien")).getText()).contains("thutruong.syt", "Đăng xuất");
        HeadlessChromium.screenshot(driver, "uy-quyen-sau-dang-nhap");

        // the same sign-in opens Tasklist: no login form
        driver.get(base() + "/camunda/app/tasklist/default/");
        HeadlessChromium.find(driver, By.cssSelector("section.task-filters"), "tasklist-after-page-sign-in");
        assertThat(driver.findElements(By.cssSelector("input[ng-model='username']"))).isEmpty();

        // signing out on a page signs out of Tasklist as well
        driver.get(base() + "/pages/uy-quyen.html");
        HeadlessChromium.click(driver, HeadlessChromium.find(driver, By.id("dang-xuat"), "sign-out-button"));
        waiting().until(ExpectedConditions.urlContains("/pages/dang-nhap.html"));
        driver.get(base() + "/camunda/app/tasklist/default/");
        HeadlessChromium.find(driver, By.cssSelector("input[ng-model='username']"), "tasklist-after-sign-out");
    }

    @Test
    void aForeignPageCannotMakeTheSignedInBrowserChangeAnything() throws IOException {
        int year = LocalDate.now(clock).getYear() - 1;
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        String nominee = proposals.person("stp", "Trang Văn Lạ", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        String dossier = proposals.businessKey(pi); // open for the officer's uploads

        String app = base();
        String page = """
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Trang lạ</title></head><body>
                <iframe name="khung" style="display:none"></iframe>
                <form id="mau" method="POST" target="khung" action="%1$s/api/me/substitutions">
                  <input name="substituteId" value="phothutruong.stp"><input name="reason" value="giả mạo">
                </form>
                <script>
                  const app = '%1$s';
                  const upload = new FormData();
                  upload.append('documentType', 'KHAC');
                  upload.append('file', new Blob(['%%PDF-1.4 giả mạo'], { type: 'application/pdf' }), 'gia-mao.pdf');
                  Promise.allSettled([
                    fetch(app + '/api/dossiers/%2$s/documents', { method: 'POST', mode: 'no-cors', credentials: 'include',
                      body: upload }),
                    fetch(app + '/api/me/substitutions', { method: 'POST', mode: 'no-cors', credentials: 'include',
                      headers: { 'Content-Type': 'text/plain' },
                      body: JSON.stringify({ substituteId: 'phothutruong.stp', fromDate: '2099-04-01',
                        toDate: '2099-04-02', reason: 'giả mạo' }) }),
                    fetch(app + '/engine-rest/deployment/create', { method: 'POST', mode: 'no-cors',
                      credentials: 'include', body: upload })
                  ]).then(() => {
                    document.getElementById('mau').submit();
                    setTimeout(() => { document.title = 'xong'; }, 1500);
                  });
                </script></body></html>
                """.formatted(app, dossier);
        foreignSite = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        foreignSite.createContext("/trang-la.html", exchange -> {
            byte[] body = page.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        foreignSite.start();

        HeadlessChromium.signIn(driver, base(), "canbo.stp", "/pages/ho-so.html?hoSo=" + dossier);
        HeadlessChromium.find(driver, By.cssSelector("#bang-tai-lieu tbody tr"), "own-dossier-page");
        DatabaseFingerprint fingerprint = new DatabaseFingerprint(dataSource, ledger::sealWaiting);
        Map<String, String> before = fingerprint.take();

        // the signed-in officer visits another site on the same host (another port: same site, another origin)
        driver.get("http://localhost:" + foreignSite.getAddress().getPort() + "/trang-la.html");
        waiting().until(d -> "xong".equals(d.getTitle()));

        assertThat(DatabaseFingerprint.changed(before, fingerprint.take())).as("nothing stored").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dossier_document WHERE business_key = ?").param(dossier)
                .query(Long.class).single()).isZero();

        // the officer's own dossier page, in the same browser, still uploads (same origin, the session's token)
        driver.get(base() + "/pages/ho-so.html?hoSo=" + dossier);
        HeadlessChromium.find(driver, By.cssSelector("#bang-tai-lieu tbody tr"), "own-dossier-page-again");
        Object status = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const data = new FormData();
                data.append('documentType', 'KHAC');
                data.append('file', new Blob(['%PDF-1.4\\n%%EOF\\n'], { type: 'application/pdf' }), 'that.pdf');
                Phien.fetch('/api/dossiers/' + arguments[0] + '/documents', { method: 'POST', body: data })
                  .then((r) => done(r.status)).catch((e) => done('error ' + e));""", dossier);
        assertThat(status).isEqualTo(201L);
    }
}

package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit page in headless Chromium: the auditor searches, opens a proposal's timeline and checks the chain. */
@IntegrationTest
class AuditPageBrowserTest extends BrowserTestBase {

    @Autowired JdbcClient jdbc;
    @Autowired ProcessEngine engine;
    @Autowired DossierService dossiers;
    @Autowired java.time.Clock clock;

    /** A Bằng khen proposal of Sở Tư pháp for last year's nominee: started, uploaded, signed, accepted at intake. */
    private ProcessInstance accepted(ProposalFixture proposals, String nomineeName) {
        int year = java.time.LocalDate.now(clock).getYear() - 1;
        String nominee = proposals.person("stp", nomineeName, Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        return proposals.acceptedAtIntake("BK_TINH", year, nominee);
    }

    @Test
    void theAuditorSearchesOpensATimelineAndChecksTheChain() {
        // a proposal of the test's own making, taken to the chairman's decision
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        ProcessInstance pi = accepted(proposals, "Phan Văn Thành");
        proposals.appraiseAsIs(pi);
        proposals.headApprovesAppraisal(pi);
        proposals.chairmanApprovesAll(pi);
        String key = proposals.businessKey(pi);
        var awarded = jdbc.sql("SELECT period_year FROM commendation_proposal WHERE business_key = ? AND status = 'AWARDED'")
                .param(key).query().singleRow();
        HeadlessChromium.signIn(driver, base(), "thanhtra", "/pages/kiem-tra.html");
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

        // each row a Vietnamese sentence with the step's name, the person's name and the province's time;
        // no engine dump
        assertThat(page).contains(" hoàn thành nhiệm vụ «", "Hệ thống rẽ nhánh tại «", " tải lên tài liệu «",
                "Hệ thống áp dụng bảng quyết định «", " ban hành Quyết định số ", "Bản ghi gốc");
        assertThat(page).doesNotContain("Complete Task", "Claim Task", "delete false", "∅", "(exclusiveGateway)",
                "(userTask)", "(serviceTask)");
        assertThat(page).doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
        assertThat(driver.findElements(By.cssSelector("#su-kien tbody tr td:nth-child(2)")))
                .isNotEmpty().allSatisfy(td -> assertThat(td.getText()).matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
        // the record as the chain keeps it, one click away
        WebElement decision = driver.findElement(By.cssSelector("#su-kien tbody tr[data-kind='DECISION_ISSUED']"));
        WebElement raw = decision.findElement(By.cssSelector("details.ban-ghi-goc"));
        assertThat(raw.findElement(By.tagName("pre")).isDisplayed()).isFalse();
        raw.findElement(By.tagName("summary")).click();
        assertThat(raw.findElement(By.tagName("pre")).getText()).contains(
                "Loại: Ban hành quyết định khen thưởng (DECISION_ISSUED)", "\"awardees\"", "Hash: ");
        HeadlessChromium.screenshot(driver, "audit-timeline-raw-record");
        // the engine's technical records only when asked for
        int readable = driver.findElements(By.cssSelector("#su-kien tbody tr")).size();
        assertThat(driver.findElements(By.cssSelector("#su-kien tbody tr.ky-thuat"))).isEmpty();
        WebElement technical = driver.findElement(By.id("hien-ky-thuat"));
        assertThat(technical.findElement(By.xpath("..")).getText()).matches("Hiện cả \\d+ sự kiện kỹ thuật của hệ thống");
        technical.click();
        assertThat(driver.findElements(By.cssSelector("#su-kien tbody tr")).size()).isGreaterThan(readable);
        assertThat(driver.findElements(By.cssSelector("#su-kien tbody tr.ky-thuat"))).isNotEmpty();
        technical.click();
        assertThat(driver.findElements(By.cssSelector("#su-kien tbody tr"))).hasSize(readable);

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

    @Test
    void theAuditorDownloadsTheTimelineAsCsvAndPdfAndTheYearAsCsv() {
        // a proposal of the auditor's own making: started, dossier uploaded, signed, accepted
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        ProcessInstance pi = accepted(proposals, "Đặng Thị Kim Liên");
        String key = proposals.businessKey(pi);
        int periodYear = jdbc.sql("SELECT period_year FROM commendation_proposal WHERE business_key = ?").param(key)
                .query(Integer.class).single();

        HeadlessChromium.signIn(driver, base(), "thanhtra", "/pages/kiem-tra.html");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.getElementById('nam').value = arguments[0];"
                + "document.getElementById('trang-thai').value = '';", String.valueOf(periodYear));
        driver.findElement(By.id("nut-tim")).click();
        WebElement row = HeadlessChromium.find(driver, By.xpath("//table[@id='ho-so']//tr[td[1][text()='" + key + "']]"),
                "audit-export-search");
        WebElement yearLink = driver.findElement(By.id("tai-nam"));
        assertThat(yearLink.getText()).isEqualTo("Tải nhật ký cả năm " + periodYear + " (CSV)");
        row.findElement(By.cssSelector("button.xem-nhat-ky")).click();
        HeadlessChromium.find(driver, By.cssSelector("#su-kien tbody tr[data-kind='TASK_COMPLETED']"),
                "audit-export-timeline");
        assertThat(driver.findElement(By.id("nhat-ky")).getText()).contains("Nhật ký hồ sơ " + key);
        WebElement csvLink = driver.findElement(By.id("tai-csv"));
        WebElement pdfLink = driver.findElement(By.id("tai-pdf"));
        assertThat(csvLink.getText()).isEqualTo("Tải CSV");
        assertThat(pdfLink.getText()).isEqualTo("Tải PDF");
        HeadlessChromium.screenshot(driver, "audit-export-links");

        // what each link gives the auditor, fetched with the page's credentials
        String csv = fetchText(csvLink.getAttribute("href"), "\n" + key + ",");
        assertThat(csv).startsWith("200|text/csv;charset=UTF-8|efbbbf|true|Mã hồ sơ,Số thứ tự trong chuỗi,Thời điểm,");
        assertThat(HeadlessChromium.fetchHead(driver, pdfLink.getAttribute("href"))).isEqualTo("200|application/pdf|%PDF-");
        String yearCsv = fetchText(yearLink.getAttribute("href"), "\n" + key + ",");
        assertThat(yearCsv).startsWith("200|text/csv;charset=UTF-8|efbbbf|true|Mã hồ sơ,Số thứ tự trong chuỗi,Thời điểm,");
    }

    /**
     * Fetches a link in the page's context and returns "status|content type|hex of the first three bytes|whether the
     * text contains {@code needle}|the text's beginning" (decoded as UTF-8 after those bytes, so a byte-order mark
     * shows as efbbbf).
     */
    private String fetchText(String url, String needle) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const needle = arguments[1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async (r) => {
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    const hex = Array.from(bytes.slice(0, 3)).map((b) => b.toString(16).padStart(2, '0')).join('');
                    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes.slice(3));
                    done(r.status + '|' + (r.headers.get('Content-Type') || '').replace(/\\s/g, '') + '|' + hex + '|'
                        + text.includes(needle) + '|' + text.slice(0, 2000));
                  })
                  .catch((e) => done('error|' + e));""", url, needle));
    }
}

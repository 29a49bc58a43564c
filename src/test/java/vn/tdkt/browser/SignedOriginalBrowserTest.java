package vn.tdkt.browser;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.awarddecision.AwardDecisionService;
import vn.tdkt.awarddecision.DecisionRequest;
import vn.tdkt.awarddecision.IssuedDecision;
import vn.tdkt.awarddecision.SignedPdfs;
import vn.tdkt.registry.person.PersonRequests;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.support.IntegrationTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office's officer (canbo.vpubnd, văn thư of Văn phòng UBND tỉnh) opens the office's page, finds a decision
 * issued this year whose PDF reads "BẢN CHƯA KÝ" on every page, chooses the scan of the signed paper decision and
 * records it: the page then shows the decision signed, by whom and when, and the decision's PDF is the scan.
 */
@IntegrationTest
class SignedOriginalBrowserTest extends BrowserTestBase {

    @Autowired AwardDecisionService decisions;
    @Autowired PersonService persons;
    @Autowired Clock clock;

    @Test
    void theOfficeUploadsTheSignedCopyAndTheDecisionReadsSigned() throws Exception {
        int year = LocalDate.now(clock).getYear();
        String code = "SO-" + UUID.randomUUID().toString().substring(0, 8);
        persons.create(new PersonRequests.Create(code, "Huỳnh Thị Thanh Thảo", null, LocalDate.of(1986, 4, 2),
                "Chuyên viên", "stp", null));
        IssuedDecision issued = decisions.issue(DecisionRequest.builder().year(year).signedOn(LocalDate.now(clock))
                .signer("chutich", "Nguyễn Văn Bình", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").awardTypeCode("BK_TINH")
                .awardYear(year).commendationKind("CONG_TRANG")
                .proposalReference("Tờ trình số 245/TTr-SNV ngày 20 tháng 11 năm " + year)
                .businessKey("DNKT-" + code).ownerUnitCode("stp")
                .awardee(DecisionRequest.Awardee.person(code, "Hoàn thành xuất sắc nhiệm vụ năm " + year, null)).build());

        HeadlessChromium.signIn(driver, base(), "canbo.vpubnd", "/pages/so-van-ban.html?nam=" + year);
        By row = By.cssSelector("#bang-quyet-dinh tbody tr[data-id='" + issued.id() + "']");
        WebElement decision = HeadlessChromium.find(driver, row, "so-van-ban-quyet-dinh");
        assertThat(decision.getText()).contains(issued.number(), "Chưa có bản ký");
        // the register lists the decision's number, taken by the application
        HeadlessChromium.waitForText(driver, issued.number());
        assertThat(driver.findElement(By.id("so-di")).getText()).contains(issued.number(),
                "Quyết định khen thưởng do phần mềm ban hành");

        // before: the decision's PDF is the generated text, every page marked as not signed
        String pdfUrl = base() + "/api/decisions/" + issued.id() + "/pdf";
        String before = pdfText(HeadlessChromium.fetchPdf(driver, pdfUrl));
        assertThat(before).contains("Số: " + issued.number(), "BẢN CHƯA KÝ – chờ bản chính có chữ ký và đóng dấu");

        // the officer chooses the scanned file (typed into the file chooser) and clicks the button
        byte[] scan = SignedPdfs.scan("Scan of the signed decision " + issued.number());
        Path file = Files.createTempFile("quyet-dinh-da-ky-", ".pdf");
        Files.write(file, scan);
        decision.findElement(By.cssSelector("input.tep-ban-ky")).sendKeys(file.toAbsolutePath().toString());
        HeadlessChromium.screenshot(driver, "van-thu-chon-ban-da-ky");
        HeadlessChromium.click(driver, decision.findElement(By.cssSelector("button.nut-ghi-nhan")));

        WebElement signed = HeadlessChromium.find(driver, By.cssSelector("#bang-quyet-dinh tbody tr[data-id='"
                + issued.id() + "'][data-signed='true']"), "so-van-ban-da-ky");
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("thong-bao")).getText()
                .contains("Đã ghi nhận bản chính đã ký"));
        assertThat(signed.getText()).contains("Đã ký", "ghi nhận lúc", "1 trang", "Bản điện tử (PDF)")
                .doesNotContain("Chưa có bản ký");
        assertThat(signed.findElement(By.cssSelector("button.nut-ghi-nhan")).getText()).isEqualTo("Thay bản chính đã ký");
        HeadlessChromium.screenshot(driver, "van-thu-da-ghi-nhan-ban-da-ky");

        // after: the decision's PDF is the scan itself; the generated text is the labelled electronic copy
        assertThat(HeadlessChromium.fetchPdf(driver, pdfUrl)).isEqualTo(scan);
        assertThat(pdfText(HeadlessChromium.fetchPdf(driver, base() + "/api/decisions/" + issued.id()
                + "/electronic-copy.pdf"))).contains("BẢN ĐIỆN TỬ để tra cứu, không có chữ ký", "Số: " + issued.number())
                .doesNotContain("BẢN CHƯA KÝ");
        Files.deleteIfExists(file);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }
}

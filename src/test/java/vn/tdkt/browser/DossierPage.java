package vn.tdkt.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

/** The dossier page (/pages/ho-so.html) as a user drives it: choose the document's type and the file, upload. */
final class DossierPage {

    private DossierPage() { }

    static void open(WebDriver driver, String base, String dossierKey) {
        driver.get(base + "/pages/ho-so.html?hoSo=" + dossierKey);
        HeadlessChromium.find(driver, By.id("loai-tai-lieu"), "ho-so-" + dossierKey);
    }

    /** Chooses the type and the file and presses the upload button; does not wait for the answer. */
    static void upload(WebDriver driver, String type, Path file) {
        WebElement select = HeadlessChromium.find(driver, By.id("loai-tai-lieu"), "ho-so-upload-form");
        // the form offers only what the dossier may take now (read from the server when the page opens): a type not
        // offered within the wait is a failure of the test
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> !select.findElements(
                    By.cssSelector("option[value='" + type + "']")).isEmpty() && select.isDisplayed());
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, "ho-so-no-choice-" + type);
            throw e;
        }
        new Select(select).selectByValue(type);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('ket-qua-tai-len').className = '';");
        driver.findElement(By.id("tep")).sendKeys(file.toAbsolutePath().toString());
        HeadlessChromium.click(driver, driver.findElement(By.id("nut-tai-len")));
    }

    /** The codes of the upload form's choices under one heading (an optgroup), in the order shown. */
    static java.util.List<String> choices(WebDriver driver, String group) {
        return driver.findElements(By.cssSelector("#loai-tai-lieu optgroup")).stream()
                .filter(g -> group.equals(g.getAttribute("label")))
                .flatMap(g -> g.findElements(By.tagName("option")).stream())
                .map(o -> o.getAttribute("value")).toList();
    }

    /** Uploads and waits for the page to say it was stored. */
    static void uploadAndWait(WebDriver driver, String type, Path file) {
        upload(driver, type, file);
        WebElement result = driver.findElement(By.id("ket-qua-tai-len"));
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> result.getAttribute("class").contains("thanh-cong")
                || result.getAttribute("class").contains("loi"));
        if (!result.getAttribute("class").contains("thanh-cong")) {
            HeadlessChromium.keepEvidence(driver, "ho-so-upload-refused");
            throw new AssertionError("upload refused: " + result.getText());
        }
    }
}

package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.support.UserFacingWords;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What a scene of the walkthrough works with: the browser, the application's address, the engine and database
 * (only read, to know which task to open, and to check what was stored), the audit chain, the ledger, and numbered screenshots
 * under target/screenshots/walkthrough, in the order the steps were taken.
 */
record Scene(WebDriver driver, String base, ProcessEngine engine, JdbcClient jdbc, AuditLedger audit, Clock clock,
                    WalkthroughLedger ledger) {

    static final Path SCREENSHOTS = Path.of("target", "screenshots", "walkthrough");
    private static final AtomicInteger STEP = new AtomicInteger();

    /**
     * Keeps a numbered screenshot of the step just taken, e.g. 042-truong-phong-tham-dinh.png, and notes any English
     * or developer word on the screen (the list in {@link UserFacingWords}) for the suite's final check.
     */
    public Path shot(String name) {
        String shown = driver.findElement(By.tagName("body")).getText();
        UserFacingWords.findIn(shown).forEach(found -> ledger.wordOnScreen(name + ": " + found));
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(String.format("%03d-%s.png", STEP.incrementAndGet(), name));
            Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), target,
                    StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

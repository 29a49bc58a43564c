package vn.tdkt.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: the application's port and one headless Chromium per test, started before it
 * and closed after it (a test class adds its own set-up and clean-up with methods of other names).
 */
abstract class BrowserTestBase {

    @LocalServerPort
    int port;

    WebDriver driver;

    /** The browser's language; the webapps must be Vietnamese whatever it is. */
    String browserLanguage() {
        return null;
    }

    @BeforeEach
    void startBrowser() {
        driver = browserLanguage() == null ? HeadlessChromium.start() : HeadlessChromium.start(browserLanguage());
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    String base() {
        return "http://localhost:" + port;
    }
}

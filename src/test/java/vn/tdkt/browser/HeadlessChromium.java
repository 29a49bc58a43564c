package vn.tdkt.browser;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's Chromium and ChromeDriver, headless, with the flags this machine needs (no network but
 * loopback). Without them a developer's run skips browser tests; CI (CI=true) fails instead.
 */
final class HeadlessChromium {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /**
     * The province's time zone. Camunda's webapps show times in the browser's time zone (7.24 has no setting for
     * it), and the province's browsers run UTC+7: Chromium gets it from the TZ of the ChromeDriver service.
     */
    static final String PROVINCE_TIME_ZONE = "Asia/Ho_Chi_Minh";

    private HeadlessChromium() { }

    static WebDriver start() {
        return start("vi-VN");
    }

    /** A browser whose preferred language is {@code language} (e.g. en-US), in the province's time zone. */
    static WebDriver start(String language) {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI needs Debian's chromium and chromium-driver for the browser tests");
        }
        Assumptions.assumeTrue(installed, "chromium and chromium-driver are not installed");
        try {
            ChromeOptions options = new ChromeOptions();
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1440,1000", "--lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
            // the browser's preferred languages (navigator.languages), as a user's settings would have them
            options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort()
                    .withEnvironment(java.util.Map.of("TZ", PROVINCE_TIME_ZONE)).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Logs in through Camunda's own login form of the given webapp. */
    static void login(WebDriver driver, String baseUrl, String app, String user, String password) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        By username = By.cssSelector("input[ng-model='username']");
        By passwordField = By.cssSelector("input[ng-model='password']");
        // the webapp's scripts load afresh on every opening, slowly on a busy machine; a load that stays on its
        // spinner is reloaded once, as a person would
        for (int attempt = 1; ; attempt++) {
            driver.get(baseUrl + "/camunda/app/" + app + "/default/");
            try {
                new WebDriverWait(driver, Duration.ofSeconds(75))
                        .until(ExpectedConditions.visibilityOfElementLocated(username));
                break;
            } catch (org.openqa.selenium.TimeoutException stuck) {
                keepEvidence(driver, app + "-login-stuck-" + user.replace('.', '-') + "-" + attempt);
                keepThreadsAndRequests(driver, app + "-login-stuck-" + user.replace('.', '-') + "-" + attempt);
                if (attempt == 2) {
                    throw stuck;
                }
            }
        }
        try {
            // Typing into Camunda's login form is unreliable in headless Chromium: set the values the
            // way Angular listens for them (an input event), then submit.
            fill(driver, driver.findElement(username), user);
            fill(driver, driver.findElement(passwordField), password);
            click(driver, driver.findElement(By.cssSelector("button[type='submit']")));
            wait.until(ExpectedConditions.invisibilityOfElementLocated(passwordField));
        } catch (RuntimeException e) {
            keepEvidence(driver, app + "-login-failed");
            throw e;
        }
    }

    /**
     * Signs the browser in as the user the way a person does on the project's pages: the sign-in page
     * (/pages/dang-nhap.html, which uses the webapps' login and so the same session as Tasklist), then back to
     * {@code next}. A browser signed in as someone else signs out first; one already signed in as the user goes on.
     */
    static void signIn(WebDriver driver, String baseUrl, String user, String next) {
        // who is signed in is asked from a page of this site that runs no script of its own: the sign-in page would
        // leave for ?tiep= by itself when someone is signed in, and that navigation aborts the question
        driver.get(baseUrl + "/pages/giao-dien.css");
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
        Object current = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' }).then((r) => r.json())
                  .then((s) => done(s.authenticated ? s.userId : '')).catch((e) => done('error:' + e));""");
        if (user.equals(current)) {
            driver.get(baseUrl + next);
            return;
        }
        if (current != null && !"".equals(current)) {
            js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' })
                      .then(() => fetch('/api/session', { credentials: 'same-origin', cache: 'no-store' }))
                      .then((r) => r.json())
                      .then((s) => fetch('/camunda/api/admin/auth/user/default/logout', { method: 'POST',
                        credentials: 'same-origin', headers: { 'X-XSRF-TOKEN': s.csrfToken || '' } }))
                      .then(() => done('ok')).catch((e) => done('error:' + e));""");
        }
        driver.get(baseUrl + "/pages/dang-nhap.html?tiep=" + java.net.URLEncoder.encode(next,
                java.nio.charset.StandardCharsets.UTF_8));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ten-dang-nhap")));
            fill(driver, driver.findElement(By.id("ten-dang-nhap")), user);
            fill(driver, driver.findElement(By.id("mat-khau")), "demo");
            click(driver, driver.findElement(By.id("nut-dang-nhap")));
            wait.until(d -> !d.getCurrentUrl().contains("/pages/dang-nhap.html"));
        } catch (RuntimeException e) {
            keepEvidence(driver, "sign-in-" + user + "-failed");
            throw e;
        }
    }

    /**
     * Fetches a URL in the page's context (with the page's credentials) and returns "status|content type|first
     * five bytes", so a test sees what a download link gives the user.
     */
    static String fetchHead(WebDriver driver, String url) {
        Object result = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async (r) => {
                    const bytes = new Uint8Array(await r.arrayBuffer()).slice(0, 5);
                    done(r.status + '|' + r.headers.get('Content-Type') + '|' + String.fromCharCode(...bytes));
                  })
                  .catch((e) => done('error|' + e));""", url);
        return String.valueOf(result);
    }

    /** Waits for an element; on failure keeps a screenshot and the page under target/screenshots. */
    static WebElement find(WebDriver driver, By by, String evidenceName) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(ExpectedConditions.presenceOfElementLocated(by));
        } catch (RuntimeException e) {
            keepEvidence(driver, evidenceName);
            throw e;
        }
    }

    /** Clicks through the DOM: native clicks are not delivered reliably to this headless Chromium. */
    static void click(WebDriver driver, WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", element);
    }

    /** Sets an input's value and tells Angular about it. */
    static void fill(WebDriver driver, WebElement input, String value) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1];"
                        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                        + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    static void waitForText(WebDriver driver, String text) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains(text));
        } catch (RuntimeException e) {
            keepEvidence(driver, "missing-" + text.replaceAll("[^\\p{L}\\p{N}]+", "-"));
            throw e;
        }
    }

    /** A screenshot and the page source, kept under target/screenshots for a failed step. */
    static void keepEvidence(WebDriver driver, String name) {
        try {
            screenshot(driver, name);
            Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
        } catch (RuntimeException | IOException ignored) {
            // evidence is best effort; the original failure is what matters
        }
    }

    /**
     * For a step that failed or timed out: the requests the page has made with their timings, and the application's
     * threads (a request the server holds shows there), as {@code <name>-threads.txt}.
     */
    static void keepThreadsAndRequests(WebDriver driver, String name) {
        StringBuilder out = new StringBuilder();
        try {
            out.append(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                    return location.href + '\\nreadyState=' + document.readyState + '\\n'
                      + performance.getEntriesByType('resource')
                      .map((r) => Math.round(r.startTime) + ' +' + Math.round(r.duration) + ' ' + r.name).join('\\n');"""));
        } catch (RuntimeException e) {
            out.append("page not readable: ").append(e);
        }
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            out.append("\n\n").append(thread.getName()).append(' ').append(thread.getState());
            for (StackTraceElement frame : stack) {
                out.append("\n    at ").append(frame);
            }
        });
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.writeString(SCREENSHOTS.resolve(name + "-threads.txt"), out);
        } catch (IOException ignored) {
            // evidence is best effort
        }
    }

    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The PDF behind a link, fetched in the page with the user's session as the browser opens it; fails unless the
     * answer is 200 application/pdf starting with %PDF-.
     */
    static byte[] fetchPdf(WebDriver driver, String url) {
        Object base64 = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then(async (r) => {
                    if (!r.ok || r.headers.get('Content-Type') !== 'application/pdf') {
                      done('error ' + r.status + ' ' + r.headers.get('Content-Type') + ' ' + await r.text());
                      return;
                    }
                    const bytes = new Uint8Array(await r.arrayBuffer());
                    let binary = '';
                    bytes.forEach((b) => { binary += String.fromCharCode(b); });
                    done(btoa(binary));
                  })
                  .catch((e) => done('error ' + e));""", url);
        if (String.valueOf(base64).startsWith("error")) {
            throw new AssertionError(url + ": " + base64);
        }
        byte[] bytes = java.util.Base64.getDecoder().decode(String.valueOf(base64));
        if (bytes.length < 5 || !new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw new AssertionError(url + ": not a PDF");
        }
        return bytes;
    }
}

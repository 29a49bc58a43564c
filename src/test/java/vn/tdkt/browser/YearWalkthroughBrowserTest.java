package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.support.DemoProvinceTest;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A province's year done by its real users in headless Chromium, each step by the demo user who would do it,
 * through Tasklist's forms and the product's pages with the mouse and keyboard: a unit's registration; a block's
 * year from pact to minutes and the proposals it starts; a unit's proposal returned at intake and at appraisal,
 * with hiệp y, the council session and the chairman's decision, its PDFs read back; a khen cao proposal through its
 * consultation; a delegation while on leave. The engine and database are only read (which task to open, what was
 * stored); the clock is moved for the overdue timer. At the end the suite prints the user tasks it covered and
 * fails when a modelled user task is missing or a step of its instances was completed other than from Tasklist.
 */
@DemoProvinceTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class YearWalkthroughBrowserTest {

    static final List<String> SCENES = List.of("registration", "blockYear", "proposalWithReturns", "highAward",
            "leaveDelegation", "movement", "modelExample", "revocation", "statistics");
    private static final WalkthroughLedger LEDGER = new WalkthroughLedger();

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger audit;
    @Autowired Clock clock;

    WebDriver driver;

    @BeforeEach
    void startBrowser() {
        driver = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /**
     * Runs a scene; when it fails, the screen and page at that moment, the page's requests with the application's
     * threads, and the whole stack trace (the report trims it to the test method) are kept under target/screenshots/
     * as {@code <scene>-loi*}.
     */
    private void play(String name, java.util.function.Consumer<Scene> sceneRun) {
        try {
            sceneRun.accept(scene(name));
        } catch (RuntimeException | AssertionError e) {
            HeadlessChromium.keepEvidence(driver, name + "-loi");
            HeadlessChromium.keepThreadsAndRequests(driver, name + "-loi");
            java.io.StringWriter trace = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(trace));
            try {
                java.nio.file.Files.writeString(HeadlessChromium.SCREENSHOTS.resolve(name + "-loi.txt"),
                        trace.toString());
            } catch (java.io.IOException ignored) {
                // evidence is best effort; the failure itself is rethrown
            }
            throw e;
        }
    }

    private Scene scene(String name) {
        LEDGER.sceneRan(name);
        return new Scene(driver, "http://localhost:" + port, engine, jdbc, audit, clock, LEDGER);
    }

    @Test
    @Order(1)
    void registration() {
        play("registration", RegistrationScene::run);
    }

    @Test
    @Order(2)
    void blockYear() {
        play("blockYear", BlockYearScene::run);
    }

    @Test
    @Order(3)
    void proposalWithReturns() {
        play("proposalWithReturns", ProposalScene::run);
    }

    @Test
    @Order(4)
    void highAward() {
        play("highAward", HighAwardScene::run);
    }

    @Test
    @Order(5)
    void leaveDelegation() {
        play("leaveDelegation", LeaveScene::run);
    }

    @Test
    @Order(6)
    void movement() {
        play("movement", MovementScene::run);
    }

    @Test
    @Order(7)
    void modelExample() {
        play("modelExample", ModelExampleScene::run);
    }

    @Test
    @Order(8)
    void revocation() {
        play("revocation", RevocationScene::run);
    }

    @Test
    @Order(9)
    void statistics() {
        play("statistics", StatisticsScene::run);
    }

    @AfterAll
    static void everyModelledUserTaskWasDoneInTasklist(@Autowired ProcessEngine engine) {
        WalkthroughLedger.Coverage coverage = LEDGER.coverage(engine);
        Set<String> modelled = WalkthroughLedger.modelledUserTasks();
        Set<String> missing = new TreeSet<>(modelled);
        missing.removeAll(coverage.coveredInTasklist());
        System.out.println("== the walkthrough completed these user tasks in Tasklist (" + coverage.coveredInTasklist()
                .size() + " of " + modelled.size() + "):");
        coverage.coveredInTasklist().forEach(t -> System.out.println("   " + t));
        missing.forEach(t -> System.out.println("   NOT COVERED: " + t));
        coverage.notThroughTasklist().forEach(t -> System.out.println("   NOT A PERSON'S STEP: " + t));
        LEDGER.wordsOnScreens().forEach(w -> System.out.println("   WORD A USER MUST NOT SEE: " + w));
        assertThat(coverage.notThroughTasklist()).as("every step of the walkthrough's instances done in Tasklist")
                .isEmpty();
        assertThat(LEDGER.wordsOnScreens()).as("English or developer words on the screens the walkthrough visited")
                .isEmpty();
        if (LEDGER.scenesRun().containsAll(SCENES)) {
            assertThat(missing).as("modelled user tasks the walkthrough did not complete in Tasklist").isEmpty();
        }
    }
}

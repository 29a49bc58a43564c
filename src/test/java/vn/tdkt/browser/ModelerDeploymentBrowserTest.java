package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.IntegrationTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator deploys a changed diagram the way Camunda Modeler does (multipart POST to
 * /engine-rest/deployment/create with the diagram and the forms it binds by deployment), then finds the new
 * version in Cockpit; a unit officer is refused the same deployment. The new deployment is deleted at the end, so
 * the repository's version stays the latest for every other test.
 */
@IntegrationTest
class ModelerDeploymentBrowserTest extends BrowserTestBase {

    static final String PROCESS_KEY = "emulation-registration";
    static final String PROCESS_NAME = "Đăng ký thi đua năm";
    static final String OLD_DOC = "<bpmn:documentation>Xem bản đăng ký thi đua do cán bộ TĐKT lập";

    @Autowired ProcessEngine engine;

    /** Names the test's deployment, and the changed documentation in it. */
    final String marker = "sửa đổi " + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void cleanUp() {
        // whatever the test got to, its deployments go, with anything started from them
        engine.getRepositoryService().createDeploymentQuery().deploymentNameLike("%" + marker + "%").list()
                .forEach(d -> engine.getRepositoryService().deleteDeployment(d.getId(), true));
    }

    /** The files Camunda Modeler sends: the changed diagram and the three forms it references. */
    private Map<String, String> changedDiagramAndForms(String marker) throws IOException {
        String bpmn = Files.readString(Path.of("processes", PROCESS_KEY + ".bpmn"));
        assertThat(bpmn).contains(OLD_DOC);
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PROCESS_KEY + ".bpmn", bpmn.replace(OLD_DOC, "<bpmn:documentation>[" + marker + "] " + OLD_DOC
                .substring("<bpmn:documentation>".length())));
        for (String form : new String[] {"registration-start", "registration-head-review", "registration-revise"}) {
            files.put(form + ".form", Files.readString(Path.of("forms", form + ".form")));
        }
        return files;
    }

    /** POSTs the deployment from the page, with the user's Basic credentials as the Modeler sends them. */
    private String deployFromPage(String user, String name, Map<String, String> files) {
        return String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const [user, name, files] = arguments;
                const data = new FormData();
                data.append('deployment-name', name);
                data.append('deployment-source', 'Camunda Modeler');
                data.append('deploy-changed-only', 'false');
                for (const [file, content] of Object.entries(files)) {
                  data.append(file, new Blob([content], { type: 'application/octet-stream' }), file);
                }
                fetch('/engine-rest/deployment/create', { method: 'POST', body: data, credentials: 'omit',
                    headers: { Authorization: 'Basic ' + btoa(user + ':demo'), Accept: 'application/json' } })
                  .then(async (r) => done(r.status + '|' + await r.text()))
                  .catch((e) => done('error|' + e));""", user, name, files));
    }

    private ProcessDefinition latest() {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult();
    }

    @Test
    void theAdminDeploysAChangedDiagramFromTheModelerAndCockpitShowsTheNewVersion() throws IOException {
        int before = latest().getVersion();
        Map<String, String> files = changedDiagramAndForms(marker);

        // a unit officer, logged in, is refused the deployment
        HeadlessChromium.login(driver, base(), "tasklist", "canbo.stp", "demo");
        String refused = deployFromPage("canbo.stp", "Đăng ký thi đua năm (" + marker + ", thử quyền)", files);
        assertThat(refused).startsWith("403|").contains("Vai trò của bạn không được phép thực hiện thao tác này.");
        assertThat(latest().getVersion()).isEqualTo(before);
        driver.manage().deleteAllCookies();

        // the administrator deploys
        HeadlessChromium.login(driver, base(), "cockpit", "admin", "demo");
        String answer = deployFromPage("admin", "Đăng ký thi đua năm (" + marker + ")", files);
        assertThat(answer).startsWith("200|").contains("\"deployedProcessDefinitions\"", PROCESS_KEY);
        ProcessDefinition now = latest();
        String deploymentId = now.getDeploymentId();
        assertThat(now.getVersion()).isEqualTo(before + 1);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentId(deploymentId).singleResult()
                .getSource()).isEqualTo("Camunda Modeler");
        assertThat(engine.getRepositoryService().getDeploymentResources(deploymentId).stream()
                .map(org.camunda.bpm.engine.repository.Resource::getName).toList())
                .contains("registration-start.form", "registration-head-review.form", "registration-revise.form");
        assertThat(engine.getRepositoryService().getBpmnModelInstance(now.getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class).stream()
                .flatMap(t -> t.getDocumentations().stream()).map(org.camunda.bpm.model.bpmn.instance.Documentation::getTextContent))
                .anyMatch(text -> text.startsWith("[" + marker + "] Xem bản đăng ký thi đua"));

        // Cockpit's process list, then the process's page with its newest version
        driver.get(base() + "/camunda/app/cockpit/default/#/processes");
        WebElement link = HeadlessChromium.find(driver, By.xpath("//a[normalize-space(.)='" + PROCESS_NAME + "']"),
                "admin-cockpit-processes");
        HeadlessChromium.screenshot(driver, "admin-cockpit-quy-trinh");
        HeadlessChromium.click(driver, link);
        String version = String.valueOf(now.getVersion());
        try {
            new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
                String text = String.valueOf(((JavascriptExecutor) d).executeScript("return document.body.innerText;"));
                return text.contains("Phiên bản định nghĩa") && text.contains(PROCESS_NAME)
                        && d.getCurrentUrl().contains(now.getId());
            });
        } catch (RuntimeException e) {
            HeadlessChromium.keepEvidence(driver, "admin-cockpit-definition");
            throw e;
        }
        String sidebar = String.valueOf(((JavascriptExecutor) driver).executeScript("return document.body.innerText;"));
        assertThat(sidebar).containsPattern("Phiên bản định nghĩa:?\\s*" + version + "\\b");
        HeadlessChromium.screenshot(driver, "admin-cockpit-phien-ban-moi");
    }
}

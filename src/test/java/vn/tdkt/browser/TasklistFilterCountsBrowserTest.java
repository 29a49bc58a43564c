package vn.tdkt.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every filter of a role shows its task count in Tasklist, not only the open one (the custom script
 * tasklist/scripts/filter-counts.js), and the numbers are the engine's counts for that user.
 */
@IntegrationTest
class TasklistFilterCountsBrowserTest extends BrowserTestBase {

    @Autowired TestRestTemplate rest;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    @Test
    void everyFilterShowsTheUsersCount() throws Exception {
        // work for the head of Sở Tư pháp: a dossier of his unit to sign
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        int year = LocalDate.now(clock).getYear() - 1;
        proposals.awaitingHeadSignature("BK_TINH", year,
                proposals.meritoriousPerson(TestProvince.UNIT, "Quách Thị Đếm", year));

        String user = TestProvince.UNIT_HEAD;
        HeadlessChromium.login(driver, "http://localhost:" + port, "tasklist", user, "demo");
        HeadlessChromium.waitForText(driver, Role.UNIT_HEAD.tasklistFilterName());
        JsonNode filters = new ObjectMapper().readTree(rest.withBasicAuth(user, "demo")
                .getForEntity("/engine-rest/filter?resourceType=Task&itemCount=true", String.class).getBody());
        Map<String, Integer> expected = new HashMap<>();
        filters.forEach(f -> expected.put(f.path("name").asText(), f.path("itemCount").asInt()));
        assertThat(expected).containsKey(Role.UNIT_HEAD.tasklistFilterName());
        assertThat(expected.values()).as("the head of Sở Tư pháp has work").anyMatch(n -> n > 0);

        // the number shown next to each filter's name: ours, or Tasklist's own counter on the open filter
        String read = """
                return Array.from(document.querySelectorAll('.task-filters div.item.task-filter h4.name a')).map(a => {
                  const name = Array.from(a.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join('').trim();
                  const shown = Array.from(a.querySelectorAll('span.counter')).find(s => s.offsetParent !== null
                      && s.textContent.trim() !== '');
                  return [name, shown ? shown.textContent.trim() : null];
                });""";
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            @SuppressWarnings("unchecked")
            List<List<String>> shown = (List<List<String>>) ((JavascriptExecutor) d).executeScript(read);
            return shown.size() == expected.size() && shown.stream().allMatch(s -> s.get(1) != null
                    && String.valueOf(expected.get(s.get(0))).equals(s.get(1)));
        });
        assertThat(driver.findElements(By.cssSelector("span.tdkt-filter-count"))).hasSizeGreaterThanOrEqualTo(expected.size() - 1);
        HeadlessChromium.screenshot(driver, "tasklist-filter-counts");
    }
}

package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.block.cycle.BlockCycleFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A block's suy tôn held in Tasklist by its real users, in headless Chromium: the leader unit's officer opens the
 * vote, the head of each member unit votes on his unit's ballot (four of five before the leader closes the box: the
 * fifth finds his ballot gone), the leader sees who has voted and closes the vote, then confirms the minutes, which
 * say what the vote decided. The year before the vote is played through the engine (another browser test walks it).
 */
@IntegrationTest
class BlockVoteBrowserTest extends BrowserTestBase {

    /** The user tasks of block-emulation-cycle this walk completes in Tasklist. */
    static final List<String> COVERED = List.of("Task_OpenVote", "Task_Vote", "Task_CloseVote", "Task_ConfirmMinutes");

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    private Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list()
                .stream().findFirst().orElse(null);
    }

    private static void open(Tasklist t, Task task, String name) {
        t.filter(TasklistFilters.GROUP_TASKS);
        t.openFromList(task.getId(), name);
        t.claim();
    }

    @Test
    void theLeaderOpensAndClosesTheVoteMembersVoteAndTheLeaderConfirmsTheMinutes() {
        BpmnAwareTests.init(engine);
        BlockCycleFixture block = new BlockCycleFixture(engine, jdbc, dossiers, unitGroups, profiles, rest,
                LocalDate.now(clock).getYear() - 1, 5);
        ProcessInstance pi = block.atOpenVote();
        String leader = block.leaderOfficer();

        Tasklist officer = Tasklist.login(driver, base(), leader);
        Task openVote = task(pi, "Task_OpenVote");
        open(officer, openVote, "Khối trưởng mở bỏ phiếu suy tôn");
        assertThat(officer.formText()).contains("Đơn vị thử 1", "Xuất sắc");
        officer.check("Mở bỏ phiếu kín suy tôn");
        HeadlessChromium.screenshot(driver, "block-01-khoi-truong-mo-bo-phieu");
        officer.complete(openVote.getId());

        // four member units vote, each through its head's Tasklist; the first unit's head votes first
        String firstUnit = block.units.get(0);
        for (int i = 0; i < 4; i++) {
            String unit = block.units.get(i);
            Tasklist head = Tasklist.switchTo(driver, base(), "tt." + unit);
            Task ballot = block.taskFor(pi, "Task_Vote", "block-member." + unit);
            open(head, ballot, "Bỏ phiếu kín suy tôn đơn vị dẫn đầu");
            assertThat(driver.findElements(By.cssSelector(".task-card button[ng-click='save($event)']")))
                    .as("no draft of a ballot").allMatch(save -> !save.isDisplayed());
            head.expandLists();
            int lines = head.count("Ý kiến");
            for (int line = 0; line < lines; line++) {
                boolean first = firstUnit.equals(head.value("Mã đơn vị", line));
                head.select("Ý kiến", line, first ? (i < 3 ? "Đồng ý" : "Không đồng ý") : "Để trống");
            }
            if (i == 0) {
                HeadlessChromium.screenshot(driver, "block-02-thanh-vien-bo-phieu");
            }
            head.complete(ballot.getId());
        }

        // the leader sees who has voted, and closes the vote before the fifth unit votes
        officer = Tasklist.switchTo(driver, base(), leader);
        Task close = task(pi, "Task_CloseVote");
        open(officer, close, "Khối trưởng kết thúc bỏ phiếu suy tôn");
        assertThat(officer.value("Tình hình bỏ phiếu (đơn vị đã bỏ phiếu, chưa bỏ phiếu)", 0))
                .startsWith("Đã bỏ phiếu 4/5").contains("Chưa bỏ phiếu 1: Đơn vị thử 5");
        officer.check("Xác nhận kết thúc bỏ phiếu, chuyển kiểm phiếu");
        HeadlessChromium.screenshot(driver, "block-03-khoi-truong-ket-thuc");
        officer.complete(close.getId());
        assertThat(block.taskFor(pi, "Task_Vote", "block-member." + block.units.get(4))).as("the late ballot is gone").isNull();

        // the minutes, confirmed by the leader
        Task minutes = task(pi, "Task_ConfirmMinutes");
        open(officer, minutes, "Khối trưởng xác nhận biên bản họp khối");
        assertThat(officer.formText()).contains("Kết quả bỏ phiếu kín suy tôn (4/5 đơn vị bỏ phiếu)",
                "3 đồng ý, 1 không đồng ý, 0 để trống", "Cờ thi đua");
        officer.check("Khối trưởng xác nhận biên bản");
        HeadlessChromium.screenshot(driver, "block-04-khoi-truong-xac-nhan-bien-ban");
        officer.complete(minutes.getId());
        block.supervisorAgrees(pi);
        BpmnAwareTests.assertThat(pi).isEnded();
        assertThat(jdbc.sql("""
                SELECT p.award_type_code FROM block_cycle_proposal p JOIN org_unit u ON u.id = p.unit_id
                WHERE p.business_key = ? AND u.code = ?""").params(block.key(), firstUnit).query(String.class).single())
                .isEqualTo("CO_TINH");
    }
}

package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.ballot.BallotBox;
import vn.tdkt.ballot.Tally;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A council member's secret ballot in headless Chromium: a session is prepared through the engine (agenda of one
 * proposal with two nominees, all fifteen members present, the box open), then thutruong.stc opens "Bỏ phiếu kín…"
 * from "Việc của tôi", ticks one opinion per candidate and completes. The task is gone, the box counts one voter
 * more, its totals stay hidden while it is open, no ballot is kept by the engine and another member's own paper
 * shows no choice. The session and the proposal are deleted afterwards (suite-wide checks count ballot variables).
 */
@IntegrationTest
class CouncilVoteBrowserTest extends BrowserTestBase {

    static final String VOTE_TASK = "Bỏ phiếu kín các trường hợp trình Hội đồng";
    static final String VOTER = "thutruong.stc";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired BallotBox box;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    CouncilFixture council;
    ProposalFixture proposals;
    final List<ProcessInstance> cleanUp = new ArrayList<>();

    @BeforeEach
    void init() {
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        council = new CouncilFixture(engine, jdbc, proposals, LocalDate.now(clock).getYear() - 1);
    }

    @AfterEach
    void deleteInstances() {
        for (ProcessInstance pi : cleanUp) {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(pi.getId(), "browser test done", true);
            }
        }
    }

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    }

    @Test
    void aMemberVotesInTasklistAndTheBoxCountsOneVoterMoreWithoutShowingTheBallot() {
        String a = council.provincialFighter("Huỳnh Thị Mỹ Duyên");
        String b = council.provincialFighter("Trương Công Thành");
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", a, b);
        cleanUp.add(proposal);
        ProcessInstance session = council.startSession("Phiên họp thử bỏ phiếu trên Tasklist");
        cleanUp.add(0, session);
        council.select(session, Set.of(proposals.businessKey(proposal)));
        council.attendance(session, 15, 0);
        String key = council.key(session);
        assertThat(council.members(session)).contains(VOTER);
        Map<String, String> codes = council.candidates(session);
        String ballotSession = jdbc.sql("SELECT ballot_session_id FROM council_ballot_round WHERE session_key = ?")
                .param(key).query(String.class).single();
        int castBefore = box.tally(ballotSession).votesCast();
        Task task = council.voteTask(session, VOTER);
        assertThat(task).as("the member's voting task").isNotNull();

        Tasklist tasklist = Tasklist.login(driver, base(), VOTER);
        tasklist.filter(TasklistFilters.MY_TASKS);
        tasklist.openFromList(task.getId(), VOTE_TASK);
        tasklist.claim();
        assertThat(tasklist.formText()).contains("Phiếu bầu kín", "Phiên họp thử bỏ phiếu trên Tasklist",
                "Huỳnh Thị Mỹ Duyên", "Trương Công Thành", "Đồng ý", "Không đồng ý", "Để trống");
        assertThat(tasklist.count("Ý kiến")).isEqualTo(2);
        HeadlessChromium.screenshot(driver, "thutruong-stc-phieu-bau-trong");

        // one opinion per line, in the order of the paper
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            order.add(tasklist.value("Mã", i));
        }
        assertThat(order).containsExactlyInAnyOrder(codes.get(a), codes.get(b));
        int lineOfA = order.indexOf(codes.get(a));
        tasklist.radio("Ý kiến", lineOfA, "Đồng ý");
        tasklist.radio("Ý kiến", 1 - lineOfA, "Không đồng ý");
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "document.querySelector('.fjs-container input[type=radio]:checked').scrollIntoView({ block: 'center' });");
        HeadlessChromium.screenshot(driver, "thutruong-stc-phieu-bau-da-chon");
        // Save first: after edits inside a dynamic list Tasklist keeps Complete disabled until form-js revalidates
        tasklist.save();
        tasklist.complete(task.getId());
        HeadlessChromium.screenshot(driver, "thutruong-stc-da-bo-phieu");

        // the task is gone, in the engine and in the member's list
        assertThat(council.voteTask(session, VOTER)).isNull();
        assertThat(driver.findElements(By.cssSelector("ol.tasks-list a[href*='task=" + task.getId() + "']"))).isEmpty();

        // the box counts one voter more and holds the choices, without anyone reading totals while it is open
        Tally tally = box.tally(ballotSession);
        assertThat(tally.votesCast()).isEqualTo(castBefore + 1);
        assertThat(box.hasVoted(ballotSession, VOTER)).isTrue();
        assertThat(tally.candidates()).extracting(Tally.CandidateTotal::code, Tally.CandidateTotal::agree,
                Tally.CandidateTotal::disagree, Tally.CandidateTotal::blank)
                .containsExactlyInAnyOrder(tuple(codes.get(a), 1, 0, 0), tuple(codes.get(b), 0, 1, 0));
        ResponseEntity<String> chairView = get(CouncilFixture.CHAIR, "/api/council/sessions/" + key);
        assertThat(chairView.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(chairView.getBody()).contains("\"votesCast\":" + (castBefore + 1), "\"totals\":[]")
                .doesNotContain("\"choice\"", "DONG_Y");

        // no ballot anywhere in the engine: no variable, no history of one
        assertThat(get(CouncilFixture.CHAIR, "/engine-rest/history/variable-instance?processInstanceId=" + session.getId())
                .getBody()).doesNotContain("\"choice\"", "KHONG_DONG_Y");
        assertThat(get(CouncilFixture.CHAIR, "/engine-rest/history/detail?processInstanceId=" + session.getId())
                .getBody()).doesNotContain("\"choice\"", "KHONG_DONG_Y");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND TEXT_ LIKE '%KHONG_DONG_Y%'")
                .param(session.getId()).query(Integer.class).single()).isZero();

        // another member's own paper, in their Tasklist, shows no choice
        Task chairTask = council.voteTask(session, CouncilFixture.CHAIR);
        driver.manage().deleteAllCookies();
        Tasklist chair = Tasklist.login(driver, base(), CouncilFixture.CHAIR);
        chair.filter(TasklistFilters.MY_TASKS);
        chair.openFromList(chairTask.getId(), VOTE_TASK);
        chair.claim();
        assertThat(driver.findElements(By.cssSelector(".fjs-container input[type=radio]:checked"))).isEmpty();
        HeadlessChromium.screenshot(driver, "chutich-phieu-bau-trong");
    }
}

package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole council session held in Tasklist by its real users, in headless Chromium, every step through its form
 * with the mouse and keyboard: the secretary calls the session from the start dialog and picks the meeting day in
 * the calendar, ticks the proposal on the agenda, takes attendance (9 present: no quorum), postpones, takes
 * attendance again (12 present, 2 absent with a written ballot, 1 absent), every present member votes in his own
 * Tasklist, the absent member finds nothing to vote on, the secretary enters the two written ballots, sees who has
 * voted and closes the vote, numbers the minutes; the chair confirms them; the proposal goes on to the chairman.
 * Nothing of a person's step is done through the API: the engine is only read, to know which task to open.
 */
@IntegrationTest
class CouncilSessionBrowserTest extends BrowserTestBase {

    /** The user tasks of council-review this walk completes in Tasklist. */
    static final List<String> COVERED = List.of("Task_SelectCandidates", "Task_Attendance", "Task_Postpone", "Task_Vote",
            "Task_WrittenBallot", "Task_CloseVoting", "Task_MinutesSecretary", "Task_MinutesChair");
    static final String SESSION_PROCESS = "Phiên họp Hội đồng Thi đua - Khen thưởng tỉnh";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    ProposalFixture proposals;
    CouncilFixture council;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        council = new CouncilFixture(engine, jdbc, proposals, LocalDate.now(clock).getYear() - 1);
    }

    private Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list()
                .stream().findFirst().orElse(null);
    }

    /** Opens the task from the user's filter, claims it if it waits for a candidate, returns the driver. */
    private Tasklist open(Tasklist tasklist, String filter, Task task, String name) {
        tasklist.filter(filter);
        tasklist.openFromList(task.getId(), name);
        tasklist.claim();
        return tasklist;
    }

    @Test
    void theSecretaryMembersAndChairHoldAWholeSessionInTasklist() {
        String a = council.provincialFighter("Nguyễn Thị Kim Phượng");
        String b = council.provincialFighter("Lê Quang Vinh");
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", a, b);
        String proposalKey = proposals.businessKey(proposal);
        String title = "Phiên họp xét Chiến sĩ thi đua cấp tỉnh " + UUID.randomUUID().toString().substring(0, 4);
        LocalDate today = LocalDate.now(clock);

        // the secretary calls the session
        Tasklist secretary = Tasklist.login(driver, base(), CouncilFixture.SECRETARY);
        secretary.startProcess(SESSION_PROCESS);
        secretary.fill("Tên phiên họp", title);
        secretary.pickDate("Ngày họp", today);
        HeadlessChromium.screenshot(driver, "council-01-thuky-trieu-tap");
        secretary.submitStartForm();
        String sessionPid = jdbc.sql("SELECT process_instance_id FROM council_session WHERE title = ?").param(title)
                .query(String.class).single();
        ProcessInstance session = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(sessionPid)
                .singleResult();
        assertThat(jdbc.sql("SELECT meeting_date FROM council_session WHERE title = ?").param(title)
                .query(LocalDate.class).single()).as("the day picked is the day stored").isEqualTo(today);

        // the agenda: only this proposal
        Task select = task(session, "Task_SelectCandidates");
        open(secretary, TasklistFilters.GROUP_TASKS, select, "Chọn hồ sơ trình phiên họp Hội đồng");
        secretary.expandLists();
        int row = secretary.indexOf("Số hồ sơ", proposalKey);
        assertThat(row).as("the proposal is offered").isGreaterThanOrEqualTo(0);
        secretary.check("Đưa ra phiên họp", row, true);
        HeadlessChromium.screenshot(driver, "council-02-thuky-chon-ho-so");
        secretary.complete(select.getId());
        List<String> members = council.members(session);
        assertThat(members).hasSize(15);

        // attendance: 9 present of 15, no quorum; postponed to a day picked in the calendar
        attendance(secretary, session, 9, 0);
        HeadlessChromium.screenshot(driver, "council-03-thuky-diem-danh-thieu");
        Task postpone = task(session, "Task_Postpone");
        assertThat(postpone).as("no quorum: the session is to be postponed").isNotNull();
        open(secretary, TasklistFilters.GROUP_TASKS, postpone, "Hoãn phiên họp do không đủ túc số");
        secretary.pickDate("Ngày họp lại", today);
        secretary.fill("Lý do hoãn", "Chỉ 9 thành viên dự họp, chưa đủ hai phần ba tổng số thành viên Hội đồng.");
        HeadlessChromium.screenshot(driver, "council-04-thuky-hoan");
        secretary.complete(postpone.getId());

        // attendance again: 12 present, 2 absent with a written ballot, 1 absent
        attendance(secretary, session, 12, 2);
        HeadlessChromium.screenshot(driver, "council-05-thuky-diem-danh");
        List<Task> voting = engine.getTaskService().createTaskQuery().processInstanceId(sessionPid)
                .taskDefinitionKey("Task_Vote").list();
        assertThat(voting).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(members.subList(0, 12));
        Map<String, String> codes = council.candidates(session);

        // every present member votes in his own Tasklist
        for (int i = 0; i < 12; i++) {
            String member = members.get(i);
            Tasklist t = Tasklist.switchTo(driver, base(), member);
            Task own = council.voteTask(session, member);
            open(t, TasklistFilters.MY_TASKS, own, "Bỏ phiếu kín các trường hợp trình Hội đồng");
            assertThat(driver.findElements(By.cssSelector(".task-card button[ng-click='save($event)']")))
                    .as("no draft of a ballot").allMatch(save -> !save.isDisplayed());
            vote(t, codes.get(a), "Đồng ý", codes.get(b), i < 5 ? "Đồng ý" : "Không đồng ý");
            if (i == 0) {
                HeadlessChromium.screenshot(driver, "council-06-thanh-vien-bo-phieu");
                // what Tasklist does on "Lưu" or when the session expires: keep the filled form in local storage
                Object kept = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                        const key = 'camunda-form:' + arguments[0];
                        localStorage.setItem(key, JSON.stringify({ secretBallot: [{ candidateCode: 'C1', choice: 'DONG_Y' }] }));
                        return localStorage.getItem(key);""", own.getId());
                assertThat(kept).as("a ballot is never kept in the browser").isNull();
            }
            t.complete(own.getId());
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ballot_paper p JOIN council_ballot_round r ON r.ballot_session_id = p.session_id"
                + " WHERE r.session_key = ?").param(council.key(session)).query(Integer.class).single()).isEqualTo(12);
        assertThat(driver.getPageSource()).doesNotContain("secretBallot");
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return Object.keys(localStorage).filter((k) => localStorage.getItem(k).includes('secretBallot')).length;"))
                .as("nothing of a ballot left on the office computer").isEqualTo(0L);

        // the member absent without a written ballot has nothing to vote on
        Tasklist absent = Tasklist.switchTo(driver, base(), members.get(14));
        absent.filter(TasklistFilters.MY_TASKS);
        HeadlessChromium.screenshot(driver, "council-07-vang-khong-co-phieu");
        assertThat(driver.findElements(By.cssSelector("ol.tasks-list a")).stream().map(e -> e.getText()))
                .noneMatch(text -> text.startsWith("Bỏ phiếu kín"));

        // the secretary enters the two written ballots, sees who has voted, closes the vote
        secretary = Tasklist.switchTo(driver, base(), CouncilFixture.SECRETARY);
        List<Map<String, Object>> roster = proposals.list(session, "councilRoster");
        for (int w = 12; w < 14; w++) {
            Task written = task(session, "Task_WrittenBallot");
            open(secretary, TasklistFilters.GROUP_TASKS, written, "Nhập phiếu bằng văn bản của thành viên vắng mặt");
            secretary.select("Thành viên gửi phiếu", roster.get(w).get("fullName") + " – " + roster.get(w).get("positionTitle"));
            vote(secretary, codes.get(a), "Đồng ý", codes.get(b), "Để trống");
            HeadlessChromium.screenshot(driver, "council-08-thuky-phieu-van-ban-" + (w - 11));
            secretary.complete(written.getId());
        }
        Task close = task(session, "Task_CloseVoting");
        open(secretary, TasklistFilters.GROUP_TASKS, close, "Kết thúc bỏ phiếu, chuyển kiểm phiếu");
        assertThat(secretary.value("Tình hình bỏ phiếu (thành viên đã bỏ phiếu, chưa bỏ phiếu)", 0))
                .startsWith("Đã bỏ phiếu 14/14");
        secretary.check("Xác nhận kết thúc bỏ phiếu, chuyển kiểm phiếu");
        HeadlessChromium.screenshot(driver, "council-09-thuky-ket-thuc-bo-phieu");
        secretary.complete(close.getId());

        // the minutes, numbered by the secretary and confirmed by the chair
        Task minutes = task(session, "Task_MinutesSecretary");
        assertThat(minutes).as("counted: the minutes are due").isNotNull();
        open(secretary, TasklistFilters.GROUP_TASKS, minutes, "Thư ký lập biên bản họp Hội đồng");
        assertThat(secretary.formText()).contains("Nguyễn Thị Kim Phượng", "Lê Quang Vinh", "Thông qua", "Không thông qua");
        // the minutes open from the form, at an address that shows no API, with the secretary's session
        WebElement minutesLink = HeadlessChromium.find(driver, By.xpath("//div[contains(@class,'fjs-container')]//a["
                + "normalize-space(.)='Mở biên bản họp " + session.getBusinessKey() + " (PDF)']"), "thuky-lien-ket-bien-ban");
        assertThat(minutesLink.getAttribute("href"))
                .endsWith("/tai-lieu/hoi-dong/" + session.getBusinessKey() + "/bien-ban.pdf");
        assertThat(String.valueOf(((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], { credentials: 'same-origin' })
                  .then((r) => done(r.status + ' ' + r.headers.get('Content-Type')))
                  .catch((e) => done('error ' + e));""", minutesLink.getAttribute("href"))))
                .isEqualTo("200 application/pdf");
        secretary.fill("Số biên bản", "07/BB-HĐTĐKT");
        HeadlessChromium.screenshot(driver, "council-10-thuky-bien-ban");
        secretary.complete(minutes.getId());

        Tasklist chair = Tasklist.switchTo(driver, base(), CouncilFixture.CHAIR);
        Task confirm = task(session, "Task_MinutesChair");
        open(chair, TasklistFilters.MY_TASKS, confirm, "Chủ tọa xác nhận biên bản họp Hội đồng");
        chair.radio("Ý kiến của chủ tọa", "Xác nhận biên bản");
        HeadlessChromium.screenshot(driver, "council-11-chu-toa-xac-nhan");
        chair.complete(confirm.getId());

        // the session is over and the proposal goes on with the nominee the council passed (14 of 15)
        BpmnAwareTests.assertThat(session).isEnded();
        BpmnAwareTests.assertThat(proposal).isWaitingAt("Task_ChairmanDecision");
        assertThat(JsonVars.listOfObjects(engine.getRuntimeService().getVariable(proposal.getId(), "chairmanDecision")))
                .extracting(r -> r.get("nomineeCode")).containsExactly(a);
        assertThat(jdbc.sql("SELECT yes_votes FROM council_candidate WHERE session_key = ? AND nominee_code = ?")
                .params(council.key(session), a).query(Integer.class).single()).isEqualTo(14);
    }

    /** The secretary's roll call in the attendance form: the first present, the next absent with a written ballot. */
    private void attendance(Tasklist secretary, ProcessInstance session, int present, int written) {
        Task attendance = task(session, "Task_Attendance");
        open(secretary, TasklistFilters.GROUP_TASKS, attendance, "Điểm danh thành viên, khai mạc phiên họp");
        secretary.expandLists();
        assertThat(secretary.count("Tình hình dự họp")).isEqualTo(15);
        for (int i = 0; i < 15; i++) {
            secretary.select("Tình hình dự họp", i, i < present ? "Có mặt"
                    : i < present + written ? "Vắng, gửi phiếu bằng văn bản" : "Vắng");
        }
        secretary.complete(attendance.getId());
    }

    /** One opinion per line of the ballot paper, found by the candidate's code on the line. */
    private static void vote(Tasklist t, String codeA, String choiceA, String codeB, String choiceB) {
        t.expandLists();
        t.radio("Ý kiến", t.indexOf("Mã", codeA), choiceA);
        t.radio("Ý kiến", t.indexOf("Mã", codeB), choiceB);
    }
}

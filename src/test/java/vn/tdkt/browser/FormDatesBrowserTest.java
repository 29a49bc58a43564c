package vn.tdkt.browser;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates as Vietnamese write them, in a browser set to English (as many office computers are): the council
 * secretary types the meeting day as dd/mm/yyyy in the start form and the postponement form, the calendar speaks
 * Vietnamese and starts on Monday, the day stored is the day meant — 12/01 is the twelfth of January, not the first
 * of December — and the forms show it back as dd/mm/yyyy.
 */
@IntegrationTest
class FormDatesBrowserTest extends BrowserTestBase {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    @Override
    String browserLanguage() {
        return "en-US";
    }

    @Test
    void theSecretaryTypesDatesAsDdMmYyyyAndTheDayMeantIsStored() {
        LocalDate today = LocalDate.now(clock);
        // a day whose day-of-month is at most 12, so that a month-first reading would give another valid day
        LocalDate meant = today.plusMonths(1).withDayOfMonth(12);
        LocalDate later = today.plusMonths(2).withDayOfMonth(3);
        String typed = meant.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String title = "Phiên họp kiểm tra ngày " + UUID.randomUUID().toString().substring(0, 4);

        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        CouncilFixture council = new CouncilFixture(engine, jdbc, proposals, today.getYear() - 1);
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", council.provincialFighter("Phan Ngọc Hân"));

        Tasklist secretary = Tasklist.login(driver, base(), CouncilFixture.SECRETARY);
        secretary.startProcess(CouncilSessionBrowserTest.SESSION_PROCESS);
        secretary.fill("Tên phiên họp", title);
        String calendar = secretary.calendarText("Ngày họp");
        assertThat(calendar).contains("placeholder=dd/mm/yyyy", "T2", "CN").doesNotContain("Sun", "Mon", "December");
        assertThat(calendar).containsPattern("Tháng \\d{1,2}");
        secretary.typeDate("Ngày họp", typed);
        assertThat(secretary.value("Ngày họp", 0)).isEqualTo(typed);
        HeadlessChromium.screenshot(driver, "dates-01-thuky-ngay-hop");
        secretary.submitStartForm();
        assertThat(jdbc.sql("SELECT meeting_date FROM council_session WHERE title = ?").param(title)
                .query(LocalDate.class).single()).isEqualTo(meant);
        String pid = jdbc.sql("SELECT process_instance_id FROM council_session WHERE title = ?").param(title)
                .query(String.class).single();
        ProcessInstance session = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pid).singleResult();

        // agenda and a roll call without quorum are set up directly: another browser test walks them
        council.select(session, Set.of(proposals.businessKey(proposal)));
        council.attendance(session, 5, 0);

        Task postpone = engine.getTaskService().createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_Postpone")
                .singleResult();
        secretary.filter(TasklistFilters.GROUP_TASKS);
        secretary.openFromList(postpone.getId(), "Hoãn phiên họp do không đủ túc số");
        secretary.claim();
        assertThat(secretary.value("Ngày họp", 0)).as("the meeting day shown back").isEqualTo(typed);
        String again = later.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        secretary.typeDate("Ngày họp lại", again);
        secretary.fill("Lý do hoãn", "Chưa đủ hai phần ba số thành viên Hội đồng dự họp.");
        HeadlessChromium.screenshot(driver, "dates-02-thuky-ngay-hop-lai");
        secretary.complete(postpone.getId());
        assertThat(jdbc.sql("SELECT meeting_date FROM council_session WHERE process_instance_id = ?").param(pid)
                .query(LocalDate.class).single()).isEqualTo(later);
        engine.getRuntimeService().deleteProcessInstance(pid, "kiểm tra ngày xong", true);
        engine.getRuntimeService().deleteProcessInstance(proposal.getId(), "kiểm tra ngày xong", true);
    }
}

package vn.tdkt.sla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.calendar.WorkingDayCalendar;
import vn.tdkt.calendar.WorkingDayCalendarProvider;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.Http;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code GET /api/sla/dossiers} and {@code GET /api/sla/monthly} with known data: two proposals of Sở Tư pháp under
 * appraisal, one due in five working days (always across a weekend), one whose deadline passed three working days
 * ago; the filters by unit, block, award and year; a proposal finished after a step ran late counted in its month;
 * who may read and who is refused; bad filters answered with 400 and a Vietnamese message.
 */
@IntegrationTest
class SlaApiTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired WorkingDayCalendarProvider calendars;
    @Autowired Clock clock;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode ok(String user, String path) throws Exception {
        Http.Response r = Http.to(port).get(path, user);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private ProcessInstance underAppraisal(ProposalFixture f, String name, int year) {
        String nominee = f.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year)), Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = f.acceptedAtIntake("BK_TINH", year, nominee);
        return pi;
    }

    /** Moves a task's deadline to the end of a working day, {@code workingDays} from today (negative: in the past). */
    private void dueIn(Task task, int workingDays) {
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        // back: from the last working day up to today (today itself on a weekend), so that exactly that many
        // working days lie after the deadline's day
        LocalDate day = workingDays >= 0 ? calendar.addWorkingDays(today, workingDays)
                : calendar.subtractWorkingDays(calendar.subtractWorkingDays(today, 0), -workingDays);
        Date due = Date.from(day.atTime(calendar.endOfDay()).atZone(calendar.zone()).toInstant());
        TestUsers.as(identityService, "admin", () -> engine.getTaskService().setDueDate(task.getId(), due));
    }

    private static JsonNode item(JsonNode view, String key) {
        for (JsonNode i : view.get("items")) {
            if (i.get("businessKey").asText().equals(key)) {
                return i;
            }
        }
        return null;
    }

    private String fullName(String userId) {
        User u = identityService.createUserQuery().userId(userId).singleResult();
        return (u.getFirstName() + " " + u.getLastName()).strip();
    }

    @Test
    void stepsOwnersAndWorkingDaysLeftOrOverdueMostOverdueFirstWithFilters() throws Exception {
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        int year = LocalDate.now(clock).getYear() - 1;
        ProcessInstance soon = underAppraisal(f, "Đinh Văn Sắp Hạn", year);
        ProcessInstance late = underAppraisal(f, "Trương Thị Quá Hạn", year);
        String soonKey = f.businessKey(soon);
        String lateKey = f.businessKey(late);
        dueIn(f.task(soon, "Task_Appraise"), 5);
        Task lateTask = f.task(late, "Task_Appraise");
        dueIn(lateTask, -3);
        TestUsers.as(identityService, "thamdinh", () -> engine.getTaskService().claim(lateTask.getId(), "thamdinh"));

        JsonNode view = ok("lanhdao.snv", "/api/sla/dossiers?unit=stp&year=" + year);
        JsonNode s = item(view, soonKey);
        JsonNode l = item(view, lateKey);
        assertThat(s).isNotNull();
        assertThat(l).isNotNull();
        assertThat(s.get("stepName").asText()).isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng");
        assertThat(s.get("stepKey").asText()).isEqualTo("Task_Appraise");
        String specialists = identityService.createGroupQuery().groupId("sa-specialist").singleResult().getName();
        assertThat(s.get("owner").asText()).isEqualTo(specialists);
        assertThat(s.get("claimed").asBoolean()).isFalse();
        assertThat(s.get("workingDaysLeft").asInt()).isEqualTo(5);
        assertThat(s.get("overdue").asBoolean()).isFalse();
        assertThat(s.get("deadlineText").asText()).isEqualTo("Còn 5 ngày làm việc");
        // five working days always span a weekend or a holiday: more calendar days than working days, unless today
        // is itself a day off (from a Sunday, Monday to Friday are five days)
        WorkingDayCalendar calendar = calendars.calendar();
        LocalDate today = LocalDate.now(clock.withZone(calendar.zone()));
        LocalDate soonDue = Instant.parse(s.get("dueAt").asText()).atZone(calendar.zone()).toLocalDate();
        assertThat(calendar.workingDaysBetween(today, soonDue)).isEqualTo(5);
        assertThat(ChronoUnit.DAYS.between(today, soonDue)).isGreaterThan(calendar.isWorkingDay(today) ? 5 : 4);
        assertThat(l.get("owner").asText()).isEqualTo(fullName("thamdinh"));
        assertThat(l.get("workingDaysLeft").asInt()).isEqualTo(-3);
        assertThat(l.get("overdue").asBoolean()).isTrue();
        assertThat(l.get("deadlineText").asText()).isEqualTo("Quá hạn 3 ngày làm việc");
        assertThat(l.get("unitName").asText()).isEqualTo("Sở Tư pháp");
        assertThat(l.get("dossierUrl").asText()).isEqualTo("/pages/ho-so.html?hoSo=" + lateKey);
        assertThat(l.get("timelineUrl").asText()).isEqualTo("/pages/han-xu-ly.html?hoSo=" + lateKey);
        // most overdue first; every dossier has a deadline before the ones without
        List<Integer> order = new ArrayList<>();
        view.get("items").forEach(i -> order.add(i.get("workingDaysLeft").isNull() ? Integer.MAX_VALUE
                : i.get("workingDaysLeft").asInt()));
        assertThat(order).isSorted();
        // counts per step agree with the list
        int appraising = 0;
        int appraisingLate = 0;
        for (JsonNode i : view.get("items")) {
            if (i.get("stepKey").asText().equals("Task_Appraise")) {
                appraising++;
                appraisingLate += i.get("overdue").asBoolean() ? 1 : 0;
            }
        }
        JsonNode count = null;
        for (JsonNode c : view.get("steps")) {
            if (c.get("stepKey").asText().equals("Task_Appraise")) {
                count = c;
            }
        }
        assertThat(count).isNotNull();
        assertThat(count.get("total").asInt()).isEqualTo(appraising);
        assertThat(count.get("overdue").asInt()).isEqualTo(appraisingLate);
        assertThat(view.get("total").asInt()).isEqualTo(view.get("items").size());

        // filters: every row fits them, and ours leave when a filter does not fit them
        view.get("items").forEach(i -> {
            assertThat(i.get("unitCode").asText()).isEqualTo("stp");
            assertThat(i.get("year").asInt()).isEqualTo(year);
        });
        assertThat(item(ok("chutich", "/api/sla/dossiers?unit=syt"), lateKey)).isNull();
        assertThat(item(ok("chutich", "/api/sla/dossiers?year=" + (year - 5)), lateKey)).isNull();
        assertThat(item(ok("chutich", "/api/sla/dossiers?award=BK_TINH"), lateKey)).isNotNull();
        assertThat(item(ok("chutich", "/api/sla/dossiers?award=CSTD_TINH"), lateKey)).isNull();
        String block = jdbc.sql("""
                        SELECT b.code FROM block_membership m JOIN emulation_block b ON b.id = m.block_id
                        JOIN org_unit u ON u.id = m.unit_id WHERE u.code = 'stp' AND m.emulation_year = ?""")
                .param(year).query(String.class).optional().orElse(null);
        if (block != null) {
            JsonNode inBlock = ok("thanhtra", "/api/sla/dossiers?block=" + block);
            assertThat(item(inBlock, lateKey)).isNotNull();
            inBlock.get("items").forEach(i -> assertThat(i.get("blockCode").asText()).isEqualTo(block));
            // the auditor reads the timeline on the audit page
            assertThat(item(inBlock, lateKey).get("timelineUrl").asText())
                    .isEqualTo("/pages/kiem-tra.html?hoSo=" + lateKey);
            String other = jdbc.sql("SELECT code FROM emulation_block WHERE code <> ? ORDER BY code")
                    .param(block).query(String.class).list().get(0);
            assertThat(item(ok("thanhtra", "/api/sla/dossiers?block=" + other), lateKey)).isNull();
        }

        // the dossier's steps, for the leaders who do not read the audit page
        JsonNode steps = ok("lanhdao.snv", "/api/sla/dossiers/" + lateKey + "/steps");
        JsonNode last = steps.get(steps.size() - 1);
        assertThat(last.get("stepName").asText()).isEqualTo("Thẩm định hồ sơ đề nghị khen thưởng");
        assertThat(last.get("ended").isNull()).isTrue();
        assertThat(last.get("deadlineText").asText()).isEqualTo("Quá hạn 3 ngày làm việc");
        assertThat(steps.get(0).get("deadlineText").asText()).isEqualTo("Không có hạn");
    }

    @Test
    void aDossierFinishedAfterALateStepCountsInItsMonthAndOverdueOnesAtTheMonthsEnd() throws Exception {
        int thisYear = LocalDate.now(clock).getYear();
        int month = LocalDate.now(clock).getMonthValue();
        JsonNode before = ok("chutich", "/api/sla/monthly?year=" + thisYear + "&unit=stp").get("months").get(month - 1);

        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        int year = thisYear - 1;
        ProcessInstance pi = underAppraisal(f, "Hồ Văn Trễ Bước", year);
        ProcessInstance open = underAppraisal(f, "Lý Thị Còn Treo", year);
        dueIn(f.task(pi, "Task_Appraise"), -2);
        dueIn(f.task(open, "Task_Appraise"), -1);
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        if (f.tasks(pi, "Task_ChairmanDecision").isEmpty()) {
            f.councilDecides(pi, true);
        }
        f.chairmanApprovesAll(pi);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count()).isZero();

        JsonNode view = ok("chutich", "/api/sla/monthly?year=" + thisYear + "&unit=stp");
        assertThat(view.get("year").asInt()).isEqualTo(thisYear);
        assertThat(view.get("months")).hasSize(12);
        JsonNode now = view.get("months").get(month - 1);
        assertThat(now.get("finished").asInt() - before.get("finished").asInt()).isEqualTo(1);
        assertThat(now.get("finishedLate").asInt() - before.get("finishedLate").asInt()).isEqualTo(1);
        // the open one is overdue now (its step's deadline has passed), the finished one no more
        assertThat(now.get("overdueAtMonthEnd").asInt() - before.get("overdueAtMonthEnd").asInt()).isEqualTo(1);
        if (month < 12) {
            assertThat(view.get("months").get(month).get("overdueAtMonthEnd").isNull()).isTrue();
        }
        // another unit's figures do not move
        JsonNode other = ok("chutich", "/api/sla/monthly?year=" + thisYear + "&unit=" + TestProvince.THIRD_MEMBER_UNIT).get("months").get(month - 1);
        assertThat(other.get("finished").asInt()).isZero();
    }

    @Test
    void theLeadersReadOthersAreRefused() {
        for (String user : List.of("lanhdao.snv", "chutich", "phochutich", "thanhtra", "admin")) {
            assertThat(Http.to(port).get("/api/sla/dossiers", user).status()).as(user).isEqualTo(200);
            assertThat(Http.to(port).get("/api/sla/monthly", user).status()).as(user).isEqualTo(200);
        }
        for (String user : List.of("canbo.stp", "thutruong.stp", "tiepnhan", "thamdinh", "thuky.hd")) {
            Http.Response r = Http.to(port).get("/api/sla/dossiers", user);
            assertThat(r.status()).as(user).isEqualTo(403);
            assertThat(r.body()).contains("Trang tiến độ xử lý hồ sơ dành cho lãnh đạo Sở Nội vụ");
            assertThat(Http.to(port).get("/api/sla/monthly", user).status()).as(user).isEqualTo(403);
        }
        assertThat(Http.to(port).get("/api/sla/dossiers", null).status()).isEqualTo(401);
        assertThat(Http.to(port).get("/api/sla/monthly", null).status()).isEqualTo(401);
    }

    @Test
    void badFiltersAreRefusedWithAPreciseMessage() throws Exception {
        Map<String, String> cases = Map.of(
                "/api/sla/dossiers?unit=khong-co", "Không có đơn vị mã 'khong-co'.",
                "/api/sla/dossiers?block=XX", "Không có khối thi đua mã 'XX'.",
                "/api/sla/dossiers?award=KHONG", "Không có hình thức khen thưởng mã 'KHONG'.",
                "/api/sla/dossiers?year=abc", "Năm phải là một số nguyên (ví dụ 2026), không phải 'abc'.",
                "/api/sla/dossiers?year=1800", "Năm phải từ 2000 đến 2100, không phải 1800.",
                "/api/sla/monthly?year=20x6", "Năm phải là một số nguyên (ví dụ 2026), không phải '20x6'.",
                "/api/sla/monthly?unit=%27%3B--", "Không có đơn vị mã '';--'.");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Http.Response r = Http.to(port).get(c.getKey(), "lanhdao.snv");
            assertThat(r.status()).as(c.getKey() + " " + r).isEqualTo(400);
            assertThat(json.readTree(r.body()).get("message").asText()).as(c.getKey()).isEqualTo(c.getValue());
        }
        Http.Response unknown = Http.to(port).get("/api/sla/dossiers/DNKT-1999-99999/steps", "lanhdao.snv");
        assertThat(unknown.status()).isEqualTo(404);
    }
}

package vn.tdkt.block.cycle;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A block of its own (units "Đơn vị thử 1…n" with an officer {@code cb.<unit>} and a head {@code tt.<unit>} each, unit
 * 1 leading) and the moves of its year, as its users make them through the engine: pact, mid-year report, own scores
 * with evidence (unit 1 leads with 98, the others step down by 3), cross-check as scored.
 */
public class BlockCycleFixture {

    public final String block;
    /** The council secretary: a test block has no supervising member, so the supervisor's steps are his. */
    public final String secretary = TestProvince.COUNCIL_SECRETARY;
    public final int year;
    public final List<String> units = new ArrayList<>();

    private final ProcessEngine engine;
    private final DossierService dossiers;
    private final TestRestTemplate rest;

    public BlockCycleFixture(ProcessEngine engine, JdbcClient jdbc, DossierService dossiers, UnitGroups unitGroups,
                             UserProfileRepository profiles, TestRestTemplate rest, int year, int size) {
        this.engine = engine;
        this.dossiers = dossiers;
        this.rest = rest;
        this.year = year;
        String tag = UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        this.block = "K" + tag.toUpperCase();
        TestOrganisation organisation = new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc);
        for (int i = 1; i <= size; i++) {
            units.add(organisation.staffedUnit("t" + tag + i, "Đơn vị thử " + i + " (" + tag + ")"));
        }
        organisation.block(block, "Khối thử nghiệm " + tag, year, units);
    }

    /** The TĐKT officer of a unit outside the block (Sở Tư pháp's, of the tests' province). */
    public String outsiderOfficer() {
        return TestProvince.UNIT_OFFICER;
    }

    /** The tests' province's inspector (auditor role). */
    public String auditor() {
        return TestProvince.AUDITOR;
    }

    public String key() {
        return "KTD-" + block + "-" + year;
    }

    public String leaderOfficer() {
        return "cb." + units.get(0);
    }

    public ProcessInstance startCycle() {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> started = rest.withBasicAuth(leaderOfficer(), "demo").postForEntity(
                "/api/blocks/" + block + "/years/" + year + "/cycle", new HttpEntity<>("{}", json), String.class);
        Assertions.assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key()).singleResult();
    }

    /** From the start to the leader's "mở bỏ phiếu suy tôn": every step of the year done as it should be. */
    public ProcessInstance atOpenVote() {
        ProcessInstance pi = startCycle();
        signAll(pi);
        midYear(pi);
        selfScoreAll(pi);
        crossCheckAsScored(pi);
        assertThat(pi).isWaitingAt(BlockCycleSteps.OPEN_VOTE);
        return pi;
    }

    public void signAll(ProcessInstance pi) {
        for (String unit : units) {
            complete(taskFor(pi, BlockCycleSteps.SIGN_PACT, "unit-head." + unit), "tt." + unit,
                    Map.of(BlockCycleVariables.PACT_SIGNED, true, BlockCycleVariables.REGISTERED_TITLE, "TTLDXS"));
        }
        assertThat(pi).isWaitingAt(BlockCycleSteps.CLOSE_PACT);
        complete(tasks(pi, BlockCycleSteps.CLOSE_PACT).get(0), leaderOfficer(), Map.of(BlockCycleVariables.PACT_CLOSED, true));
        supervisePact(pi);
    }

    /** The council secretary (no member supervises a test block) records the pact signing. */
    public void supervisePact(ProcessInstance pi) {
        complete(tasks(pi, BlockCycleSteps.SUPERVISE_PACT).get(0), secretary, Map.of(BlockCycleVariables.SUPERVISOR_ATTENDED,
                true, BlockCycleVariables.SUPERVISOR_REMARKS, "Các đơn vị ký giao ước đầy đủ, đúng thời hạn."));
    }

    /** The mid-year review attended, a plan visiting the first unit, its visit recorded. */
    public void superviseMidYear(ProcessInstance pi) {
        complete(tasks(pi, BlockCycleSteps.SUPERVISE_MID_YEAR).get(0), secretary, Map.of(BlockCycleVariables.SUPERVISOR_ATTENDED,
                true, BlockCycleVariables.SUPERVISOR_REMARKS, "Khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm."));
        Task plan = tasks(pi, BlockCycleSteps.PLAN_INSPECTION).get(0);
        List<Map<String, Object>> rows = local(plan, BlockCycleVariables.INSPECTION_ROWS);
        rows.get(0).put("visit", true);
        complete(plan, secretary, Map.of(BlockCycleVariables.INSPECTION_FROM, year + "-09-15",
                BlockCycleVariables.INSPECTION_TO, year + "-09-30", BlockCycleVariables.INSPECTION_ROWS, JsonVars.json(rows)));
        complete(tasks(pi, BlockCycleSteps.INSPECT_VISIT).get(0), secretary, Map.of(BlockCycleVariables.VISIT_FINDINGS,
                "Đơn vị thực hiện giao ước đúng kế hoạch, hồ sơ đầy đủ."));
    }

    /** The opinion on the suy tôn result, after the minutes are confirmed: the proposals start. */
    public void supervisorAgrees(ProcessInstance pi) {
        complete(tasks(pi, BlockCycleSteps.SUPERVISOR_OPINION).get(0), secretary,
                Map.of(BlockCycleVariables.SUPERVISOR_OPINION, "AGREE"));
    }

    public void midYear(ProcessInstance pi) {
        executeTimer(pi, "Timer_MidYear");
        for (String unit : units) {
            complete(taskFor(pi, BlockCycleSteps.MID_YEAR_REPORT, "unit-officer." + unit), "cb." + unit,
                    Map.of(BlockCycleVariables.MID_YEAR_REPORT, "Sáu tháng đầu năm hoàn thành 55% chỉ tiêu, đúng tiến độ."));
        }
        complete(tasks(pi, BlockCycleSteps.CONSOLIDATE_MID_YEAR).get(0), leaderOfficer(),
                Map.of(BlockCycleVariables.MID_YEAR_SUMMARY, "Các đơn vị trong khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm."));
        superviseMidYear(pi);
        executeTimer(pi, "Timer_YearEnd");
    }

    public void selfScoreAll(ProcessInstance pi) {
        for (int i = 0; i < units.size(); i++) {
            String unit = units.get(i);
            Task t = taskFor(pi, BlockCycleSteps.SELF_SCORE, "unit-officer." + unit);
            long doc = dossiers.store(key() + "-" + unit, "KHAC", "minh-chung.pdf", "application/pdf",
                    ("%PDF-1.4\n% " + unit + "\n%%EOF").getBytes(StandardCharsets.US_ASCII), "cb." + unit).id();
            List<Map<String, Object>> items = local(t, BlockCycleVariables.SCORE_ITEMS);
            final int idx = i;
            items.forEach(m -> {
                m.put("score", points(idx, m));
                m.put("evidenceDocumentId", String.valueOf(doc));
            });
            complete(t, "cb." + unit, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(items)));
        }
    }

    public void crossCheckAsScored(ProcessInstance pi) {
        for (Task t : tasks(pi, BlockCycleSteps.CROSS_CHECK)) {
            String checker = (String) engine.getRuntimeService().getVariableLocal(t.getExecutionId(), BlockCycleVariables.CHECKER);
            List<Map<String, Object>> items = local(t, BlockCycleVariables.SCORE_ITEMS);
            items.forEach(m -> m.put("score", m.get("selfScore") == null ? 0 : m.get("selfScore")));
            complete(t, "cb." + checker, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(items)));
        }
    }

    /** Points for unit i (0-based): unit 0 leads with 98, the others step down by 3. */
    public static double points(int i, Map<String, Object> item) {
        double max = ((Number) item.get("maxPoints")).doubleValue();
        return switch (String.valueOf(item.get("kind"))) {
            case "CRITERION" -> Math.max(0, max - (i == 0 ? 0 : Math.min(max, (i * 3.0) / 10)));
            default -> 0;
        };
    }

    /** The unit votes on its ballot paper: {@code choice(candidate code)} for each line. */
    public void vote(ProcessInstance pi, String unit, java.util.function.Function<String, String> choice) {
        Task t = taskFor(pi, BlockCycleSteps.VOTE, "block-member." + unit);
        List<Map<String, Object>> paper = local(t, "secretBallot");
        paper.forEach(c -> c.put("choice", choice.apply((String) c.get("candidateCode"))));
        complete(t, "tt." + unit, Map.of("secretBallot", JsonVars.json(paper)));
    }

    public List<Task> tasks(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    public Task taskFor(ProcessInstance pi, String key, String group) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .taskCandidateGroup(group).singleResult();
    }

    public void complete(Task task, String user, Map<String, Object> vars) {
        TestUsers.as(engine.getIdentityService(), user, () -> engine.getTaskService().complete(task.getId(), vars));
    }

    public void executeTimer(ProcessInstance pi, String activity) {
        var job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    public List<Map<String, Object>> local(Task task, String name) {
        return JsonVars.listOfObjects(engine.getTaskService().getVariableLocal(task.getId(), name)
                != null ? engine.getTaskService().getVariableLocal(task.getId(), name)
                : engine.getRuntimeService().getVariableLocal(task.getExecutionId(), name));
    }
}

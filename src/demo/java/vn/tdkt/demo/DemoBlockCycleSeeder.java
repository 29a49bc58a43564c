package vn.tdkt.demo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockScores;
import vn.tdkt.documents.DossierService;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's block cycle (default profile only): the Nội chính block's year so far — every member has signed the
 * pact, reported at mid-year, scored itself with evidence and been cross-checked — waiting for the block leader to
 * open the suy tôn vote. The dashboard page shows it at /pages/khoi-thi-dua.html?key=KTD-NC-<year>.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoBlockCycleSeeder implements ApplicationRunner {

    static final String BLOCK = "NC";
    private static final Logger log = LoggerFactory.getLogger(DemoBlockCycleSeeder.class);

    private final JdbcClient jdbc;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final DossierService dossiers;
    private final DemoActions actions;
    private final Clock clock;
    private final DemoSupervisionSeeder supervision;

    public DemoBlockCycleSeeder(JdbcClient jdbc, RuntimeService runtimeService, TaskService taskService,
                                ManagementService managementService, DossierService dossiers, DemoActions actions,
                                Clock clock, DemoSupervisionSeeder supervision) {
        this.supervision = supervision;
        this.jdbc = jdbc;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.dossiers = dossiers;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock).getYear();
        if (jdbc.sql("SELECT COUNT(*) FROM block_cycle c JOIN emulation_block b ON b.id = c.block_id WHERE b.code = ?"
                + " AND c.emulation_year = ?").params(BLOCK, year).query(Integer.class).single() > 0) {
            return;
        }
        ProcessInstance pi = actions.as("lanhdao.snv", () -> runtimeService.startProcessInstanceByKey(
                "block-emulation-cycle", Map.of("blockCode", BLOCK, "emulationYear", year)));
        @SuppressWarnings("unchecked")
        List<String> members = (List<String>) runtimeService.getVariable(pi.getId(), "members");
        String leader = (String) runtimeService.getVariable(pi.getId(), "leaderUnit");
        for (int i = 0; i < members.size(); i++) {
            actions.complete(task(pi, "Task_SignPact", "unit-head." + members.get(i)), "thutruong." + members.get(i),
                    Map.of("pactSigned", true, "registeredTitle", i == 0 ? "CO_TINH" : "TTLDXS"));
        }
        actions.complete(task(pi, "Task_ClosePact", null), "canbo." + leader, Map.of("pactClosed", true));
        supervision.pact(pi);
        timer(pi, "Timer_MidYear");
        for (String m : members) {
            actions.complete(task(pi, "Task_MidYearReport", "unit-officer." + m), "canbo." + m, Map.of("midYearReport",
                    "Sáu tháng đầu năm đơn vị hoàn thành trên 50% chỉ tiêu được giao, không có vụ việc phức tạp."));
        }
        actions.complete(task(pi, "Task_ConsolidateMidYear", null), "canbo." + leader, Map.of("midYearSummary",
                "Các đơn vị trong khối hoàn thành tốt nhiệm vụ sáu tháng đầu năm, tham gia đầy đủ hoạt động của khối."));
        supervision.midYear(pi, year);
        timer(pi, "Timer_YearEnd");
        // self-scoring's due day may be past already: its reminder fires here, not in the middle of the scoring
        timer(pi, "Timer_SelfScoreDue");
        supervision.urge(pi);
        for (int i = 0; i < members.size(); i++) {
            String m = members.get(i);
            Task t = task(pi, "Task_SelfScore", "unit-officer." + m);
            String dossier = BlockScores.evidenceDossierKey(BLOCK, year, m);
            long doc = dossiers.store(dossier, "KHAC", "minh-chung-" + m + ".pdf", "application/pdf",
                    actions.pdf("Báo cáo minh chứng kết quả thực hiện chỉ tiêu", "Hồ sơ " + dossier), "canbo." + m).id();
            List<Map<String, Object>> items = JsonVars.listOfObjects(runtimeService.getVariableLocal(t.getExecutionId(), "scoreItems"));
            final int rank = i;
            items.forEach(item -> {
                double max = ((Number) item.get("maxPoints")).doubleValue();
                item.put("score", "CRITERION".equals(item.get("kind")) ? Math.max(0, max - rank * max / 40) : 0);
                item.put("evidenceDocumentId", String.valueOf(doc));
            });
            actions.complete(t, "canbo." + m, Map.of("scoreItems", JsonVars.json(items)));
        }
        for (Task t : taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_CrossCheck").list()) {
            String checker = (String) runtimeService.getVariableLocal(t.getExecutionId(), "checker");
            List<Map<String, Object>> items = JsonVars.listOfObjects(runtimeService.getVariableLocal(t.getExecutionId(), "scoreItems"));
            items.forEach(item -> item.put("score", item.get("selfScore") == null ? 0 : item.get("selfScore")));
            actions.complete(t, "canbo." + checker, Map.of("scoreItems", JsonVars.json(items)));
        }
        log.info("Demo block cycle {} waiting for its leader to open the vote", pi.getBusinessKey());
    }

    private Task task(ProcessInstance pi, String key, String group) {
        var query = taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key);
        return group == null ? query.singleResult() : query.taskCandidateGroup(group).singleResult();
    }

    /** Fires the (past-due) timer now, unless the job executor has just done it. */
    private void timer(ProcessInstance pi, String activity) {
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).activityId(activity).singleResult();
        try {
            if (job != null) {
                managementService.executeJob(job.getId());
            }
        } catch (org.camunda.bpm.engine.ProcessEngineException takenByTheExecutor) {
            log.debug("Timer {} run by the job executor", activity);
        }
        for (int i = 0; i < 100 && managementService.createJobQuery().processInstanceId(pi.getId())
                .activityId(activity).count() > 0; i++) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}

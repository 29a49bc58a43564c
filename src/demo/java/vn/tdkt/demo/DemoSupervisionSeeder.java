package vn.tdkt.demo;

import org.camunda.bpm.engine.TaskService;
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
import vn.tdkt.block.supervision.BlockSupervisors;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The council's supervision of the demo blocks (default profile only): for this year the council secretary
 * (thuky.hd) assigns a department head who sits on the council to each demo block, one not belonging to that
 * block, within the demo council's term (2021–2026). DemoBlockCycleSeeder calls {@link #pactAndMidYear} so that
 * the Nội chính block's supervisor has attended its pact signing and mid-year review, visited two members and
 * urged the members late with their self-scoring ({@link #urge}).
 */
@Component
@Order(35)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoSupervisionSeeder implements ApplicationRunner {

    /** The council members (department heads) the secretary assigns, in order. */
    static final List<String> COUNCIL_MEMBERS = List.of("thutruong.stc", "thutruong.sct", "thutruong.sxd",
            "thutruong.syt", "thutruong.sgddt", "thutruong.stp", "thutruong.snnmt", "thutruong.skhcn",
            "thutruong.svhttdl", "thutruong.mttq", "thutruong.ldld", "thutruong.tdoan", "thutruong.hlhpn");
    static final String SECRETARY = "thuky.hd";
    private static final Logger log = LoggerFactory.getLogger(DemoSupervisionSeeder.class);

    private final JdbcClient jdbc;
    private final BlockSupervisors supervisors;
    private final TaskService taskService;
    private final DemoActions actions;
    private final Clock clock;

    public DemoSupervisionSeeder(JdbcClient jdbc, BlockSupervisors supervisors, TaskService taskService,
                                 DemoActions actions, Clock clock) {
        this.jdbc = jdbc;
        this.supervisors = supervisors;
        this.taskService = taskService;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        int year = LocalDate.now(clock).getYear();
        Set<String> taken = new HashSet<>();
        int assigned = 0;
        for (String block : List.of("THTH", "KTKT", "VHXH", "NC", "MTDT", "DVSN")) {
            List<Long> ids = jdbc.sql("SELECT id FROM emulation_block WHERE code = ?").param(block).query(Long.class).list();
            if (ids.isEmpty() || supervisors.of(ids.get(0), year).isPresent()) {
                continue;
            }
            List<String> memberUnits = jdbc.sql("""
                    SELECT u.code FROM block_membership m JOIN org_unit u ON u.id = m.unit_id
                    WHERE m.block_id = ? AND m.emulation_year = ?""").params(ids.get(0), year).query(String.class).list();
            String chosen = COUNCIL_MEMBERS.stream().filter(u -> !taken.contains(u))
                    .filter(u -> !memberUnits.contains(u.substring(u.indexOf('.') + 1)))
                    .filter(supervisors::isCouncilMember).findFirst().orElse(null);
            if (chosen == null) {
                continue;
            }
            taken.add(chosen);
            supervisors.assign(block, year, chosen, LocalDate.of(2021, 1, 1), LocalDate.of(Math.max(2026, year), 12, 31),
                    SECRETARY);
            assigned++;
        }
        log.info("Demo supervision: {} blocks given a supervising council member for {}", assigned, year);
    }

    /** The supervisor attends the pact signing (the cycle waits at Task_SupervisePact). */
    void pact(ProcessInstance pi) {
        complete(pi, "Task_SupervisePact", Map.of("supervisorAttended", true, "supervisorRemarks",
                "Các đơn vị ký giao ước đầy đủ; đề nghị khối cụ thể hóa chỉ tiêu thành kế hoạch từng quý."));
    }

    /** The supervisor attends the mid-year review and visits the first two members (plan inside the year). */
    void midYear(ProcessInstance pi, int year) {
        complete(pi, "Task_SuperviseMidYear", Map.of("supervisorAttended", true, "supervisorRemarks",
                "Khối hoàn thành tốt nhiệm vụ sáu tháng; đề nghị đẩy mạnh số hóa hồ sơ và cải cách hành chính."));
        Task plan = one(pi, "Task_PlanInspection");
        List<Map<String, Object>> rows = JsonVars.listOfObjects(taskService.getVariable(plan.getId(), "inspectionRows"));
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).put("visit", i < 2);
        }
        actions.complete(plan, plan.getAssignee(), Map.of("inspectionFrom", year + "-09-15", "inspectionTo",
                year + "-09-30", "inspectionRows", JsonVars.json(rows)));
        for (Task visit : new ArrayList<>(taskService.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey("Task_InspectVisit").list())) {
            actions.complete(visit, visit.getAssignee(), Map.of("visitFindings",
                    "Đơn vị triển khai giao ước đúng kế hoạch, hồ sơ minh chứng đầy đủ; cần lưu trữ điện tử kịp thời."));
        }
    }

    /** The reminder to the members late with their self-scoring, when its timer has fired. */
    void urge(ProcessInstance pi) {
        if (one(pi, "Task_UrgeLateMembers") != null) {
            complete(pi, "Task_UrgeLateMembers", Map.of("reminderText",
                    "Đề nghị các đơn vị gửi bảng tự chấm điểm thi đua trong 3 ngày làm việc để khối kịp chấm chéo."));
        }
    }

    private void complete(ProcessInstance pi, String key, Map<String, Object> variables) {
        Task t = one(pi, key);
        actions.complete(t, t.getAssignee() != null ? t.getAssignee() : SECRETARY, variables);
    }

    private Task one(ProcessInstance pi, String key) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }
}

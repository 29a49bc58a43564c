package vn.tdkt.demo;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.demo.simulation.SimulationClock;
import vn.tdkt.documents.DocumentType;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.AgencySubmission;
import vn.tdkt.proposal.SubmissionLetter;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The demo's commendation proposals (default profile only, after the province is seeded): eligibility facts
 * consistent with the award history, then six proposals at different steps — waiting for intake, returned for
 * completion, under appraisal, waiting for a council session, waiting for the chairman, and awarded with its
 * decision and certificates. Each unit head signs the tờ trình with its number and date (the proposer's title is the
 * one the head's form proposes).
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "tdkt.demo.enabled", havingValue = "true")
public class DemoProposalSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoProposalSeeder.class);
    /** How long ago the demo's overdue dossier (Sở Giáo dục và Đào tạo's) was sent and accepted. */
    static final java.time.Duration OVERDUE_DOSSIER_AGE = java.time.Duration.ofDays(45);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final ManagementService managementService;
    private final DossierService dossiers;
    private final Clock clock;
    private final DemoActions actions;
    /** How many tờ trình the Sở has numbered in this seeding (241/TTr-SNV, 242/TTr-SNV, ...). */
    private int agencyLetters;

    public DemoProposalSeeder(JdbcClient jdbc, TransactionTemplate tx, RuntimeService runtimeService,
                              TaskService taskService, ManagementService managementService, DossierService dossiers,
                              Clock clock, DemoActions actions) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.managementService = managementService;
        this.dossiers = dossiers;
        this.clock = clock;
        this.actions = actions;
    }

    @Override
    public void run(ApplicationArguments args) {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        if (jdbc.sql("SELECT COUNT(*) FROM annual_assessment").query(Integer.class).single() == 0) {
            tx.executeWithoutResult(s -> DemoEligibilityFacts.seed(jdbc, DemoProvinceSeeder.FIRST_HISTORY_YEAR, lastYear));
        }
        if (jdbc.sql("SELECT COUNT(*) FROM commendation_proposal").query(Integer.class).single() > 0) {
            return;
        }
        String waiting = start("stp", "BK_TINH", lastYear, "STP-02");
        toIntake(waiting, "stp");

        String returned = start("syt", "BK_TINH", lastYear, "SYT-02");
        toIntake(returned, "syt");
        complete(returned, "tiepnhan", Map.of("intakeDecision", "RETURN",
                "intakeComment", "Bổ sung biên bản họp xét có đủ chữ ký của các thành viên Hội đồng TĐKT cơ sở."));

        // sent and accepted weeks ago and still under appraisal: overdue today, as leaders see it on the SLA page
        // (/pages/han-xu-ly.html); the engine's timers then remind and escalate it to the Sở's head
        String appraisal;
        SimulationClock.freezeAt(clock.instant().minus(OVERDUE_DOSSIER_AGE));
        try {
            appraisal = start("sgddt", "CSTD_TINH", lastYear, "SGDDT-01");
            toIntake(appraisal, "sgddt");
            complete(appraisal, "tiepnhan", Map.of("intakeDecision", "ACCEPT"));
        } finally {
            SimulationClock.release();
        }

        // appraised and waiting for a council session: the secretary (thuky.hd) can put it on a session's agenda
        String council = start("stc", "CSTD_TINH", lastYear, "STC-01");
        toIntake(council, "stc");
        complete(council, "tiepnhan", Map.of("intakeDecision", "ACCEPT"));
        Object concluded = edited(council, "appraisal", "conclusion", "DAT");
        complete(council, "thamdinh", Map.of("appraisal", edited(concluded, "justification",
                        "Có sáng kiến cấp tỉnh được công nhận; đề nghị Hội đồng xét."),
                "appraisalAction", "CONCLUDE", "appraisalNote", "Trình Hội đồng TĐKT tỉnh xét, bỏ phiếu kín."));
        headApproves(council);

        String chairman = start("sct", "BK_TINH", lastYear, "SCT-01", "SCT-02");
        toChairman(chairman, "sct");

        String awarded = start("sxd", "BK_TINH", lastYear, "SXD-02");
        toChairman(awarded, "sxd");
        complete(awarded, "chutich", Map.of("chairmanDecision", edited(awarded, "chairmanDecision", "approve", "DONG_Y")));
        // the unit is told by a job after the decision's commit; the job executor starts once the application is
        // ready, after this seeding (and never in the tests and the simulation), so the seeder runs it: the proposal ends
        managementService.createJobQuery().processInstanceId(awarded).executable().list()
                .forEach(j -> managementService.executeJob(j.getId()));
        log.info("Demo proposals started: 6 at different steps, one waiting for the council, one awarded");
    }

    private void toChairman(String pi, String unit) {
        toIntake(pi, unit);
        complete(pi, "tiepnhan", Map.of("intakeDecision", "ACCEPT"));
        complete(pi, "thamdinh", Map.of("appraisal", edited(pi, "appraisal", "justification", ""),
                "appraisalAction", "CONCLUDE", "appraisalNote", "Hồ sơ đầy đủ, đối tượng đạt tiêu chuẩn."));
        headApproves(pi);
    }

    /** The Sở head approves and numbers the Sở's tờ trình to the chairman, cited by the decision after the unit's. */
    private void headApproves(String pi) {
        agencyLetters++;
        complete(pi, "lanhdao.snv", Map.of("appraisalApproval", "APPROVE",
                AgencySubmission.NUMBER, (240 + agencyLetters) + "/TTr-SNV",
                AgencySubmission.DATE, LocalDate.now(clock).minusDays(5).toString()));
    }

    private void toIntake(String pi, String unit) {
        String key = runtimeService.createProcessInstanceQuery().processInstanceId(pi).singleResult().getBusinessKey();
        @SuppressWarnings("unchecked")
        List<String> required = (List<String>) runtimeService.getVariable(pi, "requiredDocuments");
        for (String type : required) {
            String label = DocumentType.valueOf(type).label();
            dossiers.store(key, type, label + ".pdf", "application/pdf", actions.pdf(label, "Hồ sơ " + key), "canbo." + unit);
        }
        complete(pi, "canbo." + unit, Map.of());
        // the head signs the unit's tờ trình: its number and date are cited by the decision
        LocalDate signed = LocalDate.now(clock).minusDays(12);
        complete(pi, "thutruong." + unit, Map.of("headDecision", "APPROVE",
                SubmissionLetter.NUMBER, Integer.parseInt(key.substring(key.lastIndexOf('-') + 1)) + "/TTr-"
                        + unit.toUpperCase(java.util.Locale.ROOT),
                SubmissionLetter.DATE, signed.toString()));
    }

    private String start(String unit, String awardType, int year, String... nominees) {
        return actions.as("canbo." + unit, () -> runtimeService.startProcessInstanceByKey("commendation-proposal",
                Variables.createVariables().putValue("commendationKind", "CONG_TRANG").putValue("awardType", awardType)
                        .putValue("periodYear", year).putValue("nomineeCodes", JsonVars.json(List.of(nominees)))
                        .putValue("achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm " + year
                                + ", có sáng kiến được áp dụng hiệu quả tại đơn vị.")).getId());
    }

    private void complete(String pi, String user, Map<String, Object> variables) {
        actions.complete(taskService.createTaskQuery().processInstanceId(pi).singleResult(), user, variables);
    }

    private Object edited(String pi, String variable, String field, Object value) {
        return edited(JsonVars.listOfObjects(runtimeService.getVariable(pi, variable)), field, value);
    }

    private static Object edited(Object list, String field, Object value) {
        List<Map<String, Object>> items = JsonVars.listOfObjects(list instanceof org.camunda.bpm.engine.variable.value.TypedValue t
                ? t.getValue() : list);
        items.forEach(i -> i.put(field, value));
        return JsonVars.json(items);
    }
}

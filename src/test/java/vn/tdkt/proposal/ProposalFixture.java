package vn.tdkt.proposal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.support.TestProvince;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Test data and moves for the proposal process: persons with a chosen history, uploads, task completions. The unit's
 * moves (complete the dossier, sign the tờ trình) are those of one unit's officer {@code canbo.<unit>} and head
 * {@code thutruong.<unit>}: Sở Tư pháp's unless another unit is named.
 */
public final class ProposalFixture {

    final ProcessEngine engine;
    final JdbcClient jdbc;
    final DossierService dossiers;
    final IdentityService identity;
    private final String unit;
    private int letterNumbersFrom;

    public ProposalFixture(ProcessEngine engine, JdbcClient jdbc, DossierService dossiers) {
        this(engine, jdbc, dossiers, TestProvince.UNIT);
    }

    /** The fixture of another unit, whose officer and head are {@code canbo.<unit>} and {@code thutruong.<unit>}. */
    public ProposalFixture(ProcessEngine engine, JdbcClient jdbc, DossierService dossiers, String unit) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.dossiers = dossiers;
        this.identity = engine.getIdentityService();
        this.unit = unit;
    }

    /** The unit's TĐKT officer, who starts and completes its dossiers. */
    public String officer() {
        return "canbo." + unit;
    }

    /** The unit's head, who signs its tờ trình. */
    public String head() {
        return "thutruong." + unit;
    }

    /**
     * A new person of the unit who qualifies for a Bằng khen of the year: CSTĐCS in the year and the one before, both
     * rated "hoàn thành xuất sắc".
     */
    public String meritoriousPerson(String unitCode, String fullName, int year) {
        return person(unitCode, fullName, Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
    }

    /** A Công trạng proposal of the unit for the award, its dossier complete and submitted: the head has it to sign. */
    public ProcessInstance awaitingHeadSignature(String awardType, int year, String... nominees) {
        ProcessInstance pi = start(officer(), "CONG_TRANG", awardType, year, nominees);
        uploadAll(pi, officer());
        submitDossier(pi);
        return pi;
    }

    /** A Công trạng proposal taken through appraisal to the chairman, who approves every nominee: awarded. */
    public ProcessInstance awarded(String awardType, int year, String... nominees) {
        ProcessInstance pi = acceptedAtIntake(awardType, year, nominees);
        appraiseAsIs(pi);
        headApprovesAppraisal(pi);
        chairmanApprovesAll(pi);
        return pi;
    }

    /**
     * A Công trạng proposal of the unit for the award, its dossier complete, signed by the head and accepted at intake:
     * waiting for the specialist's appraisal.
     */
    public ProcessInstance acceptedAtIntake(String awardType, int year, String... nominees) {
        return acceptedAtIntake("CONG_TRANG", awardType, year, nominees);
    }

    /** {@link #acceptedAtIntake(String, int, String...)} of another kind of commendation (KHEN_CAO, CHUYEN_DE…). */
    public ProcessInstance acceptedAtIntake(String kind, String awardType, int year, String... nominees) {
        ProcessInstance pi = start(officer(), kind, awardType, year, nominees);
        uploadAll(pi, officer());
        submitDossier(pi);
        headApproves(pi);
        intakeAccepts(pi);
        return pi;
    }

    /** A new person of the unit, with the awards (type → years, by merit) and ratings given. */
    public String person(String unitCode, String fullName, Map<String, List<Integer>> awards, Map<Integer, String> ratings) {
        String code = unitCode.toUpperCase() + "-T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long unitId = jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(unitCode).query(Long.class).single();
        jdbc.sql("INSERT INTO person (code, full_name, gender, job_title, unit_id, active) VALUES (?, ?, 'NAM', 'Chuyên viên', ?, TRUE)")
                .params(code, fullName, unitId).update();
        long personId = jdbc.sql("SELECT id FROM person WHERE code = ?").param(code).query(Long.class).single();
        // as in real life (and in the demo data), every CSTĐCS comes with the LĐTT of the same year
        Map<String, List<Integer>> all = new java.util.HashMap<>(awards);
        if (awards.containsKey("CSTDCS")) {
            java.util.Set<Integer> ldtt = new java.util.TreeSet<>(awards.getOrDefault("LDTT", List.of()));
            ldtt.addAll(awards.get("CSTDCS"));
            all.put("LDTT", List.copyOf(ldtt));
        }
        all.forEach((type, years) -> years.forEach(y -> jdbc.sql("""
                        INSERT INTO award_record (award_type_code, person_id, award_year, commendation_kind, decision_number,
                            decision_date) VALUES (?, ?, ?, 'CONG_TRANG', ?, ?)""")
                .params(type, personId, y, "T-" + y + "/QĐ", LocalDate.of(y, 12, 20)).update()));
        ratings.forEach((year, rating) -> jdbc.sql("""
                        INSERT INTO annual_assessment (person_id, assessment_year, task_rating, months_worked)
                        VALUES (?, ?, ?, 12)""").params(personId, year, rating).update());
        return code;
    }

    public void initiative(String personCode, int year, String scope) {
        jdbc.sql("""
                        INSERT INTO initiative (person_id, title, recognised_year, scope, recognition_decision)
                        SELECT id, 'Sáng kiến cải tiến quy trình', ?, ?, 'QĐ công nhận' FROM person WHERE code = ?""")
                .params(year, scope, personCode).update();
    }

    /**
     * Letters numbered from here on top of the proposal's number. On a database where the simulation numbered its own
     * letters, a benchmark would repeat one of them, which the forms refuse.
     */
    public ProposalFixture letterNumbersFrom(int offset) {
        this.letterNumbersFrom = offset;
        return this;
    }

    public ProcessInstance start(String officer, String kind, String awardType, int year, String... nominees) {
        VariableMap vars = Variables.createVariables()
                .putValue(ProposalVariables.COMMENDATION_KIND, kind)
                .putValue(ProposalVariables.AWARD_TYPE, awardType)
                .putValue(ProposalVariables.PERIOD_YEAR, year)
                .putValue(ProposalVariables.NOMINEE_CODES, JsonVars.json(List.of(nominees)))
                .putValue(ProposalVariables.ACHIEVEMENT_SUMMARY, "Hoàn thành xuất sắc nhiệm vụ được giao, có sáng kiến áp dụng hiệu quả.");
        return TestUsers.as(identity, officer, () ->
                engine.getRuntimeService().startProcessInstanceByKey("commendation-proposal", vars));
    }

    @SuppressWarnings("unchecked")
    public List<String> required(ProcessInstance pi) {
        return (List<String>) engine.getRuntimeService().getVariable(pi.getId(), ProposalVariables.REQUIRED_DOCUMENTS);
    }

    public void uploadAll(ProcessInstance pi, String officer) {
        for (String type : required(pi)) {
            upload(pi, type, officer);
        }
    }

    public void upload(ProcessInstance pi, String type, String officer) {
        byte[] pdf = ("%PDF-1.4\n% " + type + " " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        dossiers.store(businessKey(pi), type, type.toLowerCase() + ".pdf", "application/pdf", pdf, officer);
    }

    /** The proposal's number: on the instance the start returned (the start sets it), else from the history. */
    public String businessKey(ProcessInstance pi) {
        if (pi.getBusinessKey() != null) {
            return pi.getBusinessKey();
        }
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(pi.getId())
                .singleResult().getBusinessKey();
    }

    public Task task(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
                .singleResult();
    }

    public List<Task> tasks(ProcessInstance pi, String key) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
    }

    public void complete(ProcessInstance pi, String taskKey, String user, Map<String, Object> vars) {
        Task t = task(pi, taskKey);
        if (t == null) {
            throw new AssertionError("No task " + taskKey + " in " + pi.getId());
        }
        TestUsers.as(identity, user, () -> engine.getTaskService().complete(t.getId(), vars));
    }

    public Object var(ProcessInstance pi, String name) {
        return engine.getRuntimeService().getVariable(pi.getId(), name);
    }

    public List<Map<String, Object>> list(ProcessInstance pi, String name) {
        return JsonVars.listOfObjects(var(pi, name));
    }

    /** The list variable with every item's field set, as the form would submit it. */
    public Object edited(ProcessInstance pi, String name, Map<String, Object> fields) {
        List<Map<String, Object>> items = list(pi, name);
        items.forEach(i -> i.putAll(fields));
        return JsonVars.json(items);
    }

    public void submitDossier(ProcessInstance pi) {
        complete(pi, ProposalSteps.COMPLETE_DOSSIER, officer(), Map.of());
    }

    public void headApproves(ProcessInstance pi) {
        Map<String, Object> answer = new java.util.HashMap<>(submissionLetter(pi));
        answer.put(ProposalVariables.HEAD_DECISION, "APPROVE");
        complete(pi, ProposalSteps.HEAD_SIGN, head(), answer);
    }

    /**
     * The tờ trình the head signs, as his form submits it: numbered after the proposal (business keys never repeat, so
     * neither do the numbers) and dated on the engine's today in the province, as form-js submits a date.
     */
    public Map<String, Object> submissionLetter(ProcessInstance pi) {
        return Map.of(SubmissionLetter.NUMBER, submissionNumber(pi), SubmissionLetter.DATE, engineToday().toString());
    }

    /** "12/TTr-STP" for Sở Tư pháp's DNKT-2026-00012. */
    public String submissionNumber(ProcessInstance pi) {
        return letterNumber(pi) + "/TTr-" + unit.toUpperCase();
    }

    /** A letter's number: the proposal's (12 for DNKT-2026-00012), after {@link #letterNumbersFrom}. */
    private int letterNumber(ProcessInstance pi) {
        String key = businessKey(pi);
        return letterNumbersFrom + Integer.parseInt(key.substring(key.lastIndexOf('-') + 1));
    }

    public static LocalDate engineToday() {
        return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()
                .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
    }

    public void intakeAccepts(ProcessInstance pi) {
        complete(pi, ProposalSteps.INTAKE, "tiepnhan", Map.of(ProposalVariables.INTAKE_DECISION, "ACCEPT"));
    }

    public void appraiseAsIs(ProcessInstance pi) {
        complete(pi, ProposalSteps.APPRAISE, "thamdinh", Map.of(ProposalVariables.APPRAISAL, JsonVars.json(list(pi, ProposalVariables.APPRAISAL)),
                ProposalVariables.APPRAISAL_ACTION, "CONCLUDE"));
    }

    public void headApprovesAppraisal(ProcessInstance pi) {
        Map<String, Object> answer = new java.util.HashMap<>(agencyLetter(pi));
        answer.put(ProposalVariables.APPRAISAL_APPROVAL, "APPROVE");
        complete(pi, ProposalSteps.APPROVE_APPRAISAL, "lanhdao.snv", answer);
    }

    /**
     * The Sở Nội vụ's tờ trình to the chairman as the Sở head's form submits it when he approves: numbered after the
     * proposal ("12/TTr-SNV" for DNKT-2026-00012) and dated on the engine's today. Ignored when nobody is eligible.
     */
    public Map<String, Object> agencyLetter(ProcessInstance pi) {
        return Map.of(vn.tdkt.proposal.AgencySubmission.NUMBER, letterNumber(pi) + "/TTr-SNV",
                vn.tdkt.proposal.AgencySubmission.DATE, engineToday().toString());
    }

    /** The council session's answer, as council-review sends it: every active nominee passed or not. */
    public void councilDecides(ProcessInstance pi, boolean passed) {
        List<Map<String, Object>> results = new java.util.ArrayList<>();
        for (Map<String, Object> nominee : list(pi, ProposalVariables.COUNCIL_RESULTS)) {
            results.add(Map.of("nomineeCode", nominee.get("nomineeCode"), "passed", passed,
                    "yesVotes", passed ? 15 : 3, "totalMembers", 15));
        }
        engine.getRuntimeService().createMessageCorrelation(ProposalSteps.COUNCIL_RESULT_MESSAGE).processInstanceBusinessKey(businessKey(pi))
                .setVariable(ProposalVariables.COUNCIL_RESULTS, JsonVars.json(results))
                .setVariable(ProposalVariables.COUNCIL_MINUTES_REF, "Biên bản số 5/BB-HĐTĐKT").correlate();
    }

    /** The chairman approves every nominee; the job executor then tells the unit (its own transaction). */
    public void chairmanApprovesAll(ProcessInstance pi) {
        complete(pi, ProposalSteps.CHAIRMAN_DECISION, "chutich", Map.of(ProposalVariables.CHAIRMAN_DECISION,
                edited(pi, ProposalVariables.CHAIRMAN_DECISION, Map.of("approve", "DONG_Y"))));
        runJobs(pi);
    }

    /**
     * Runs the instance's jobs that are due now, as the job executor (off in the tests) would a moment later: the
     * steps after a transaction boundary, such as the unit's notification once a decision is issued. Timers that are
     * not due are left.
     */
    public void runJobs(ProcessInstance pi) {
        ManagementService management = engine.getManagementService();
        for (Job job : management.createJobQuery().processInstanceId(pi.getId()).executable().list()) {
            management.executeJob(job.getId());
        }
    }
}

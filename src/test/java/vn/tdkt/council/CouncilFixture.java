package vn.tdkt.council;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.ballot.Choice;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Drives proposals to the council's wait and a council session through its tasks, as its users would. */
public class CouncilFixture {

    public static final String SECRETARY = "thuky.hd";
    public static final String CHAIR = "chutich";

    final ProcessEngine engine;
    final JdbcClient jdbc;
    final ProposalFixture proposals;
    final int year;

    public CouncilFixture(ProcessEngine engine, JdbcClient jdbc, ProposalFixture proposals, int year) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.year = year;
    }

    /** A person who meets CSTĐ cấp tỉnh on the history (three CSTĐCS, a provincial initiative). */
    public String provincialFighter(String name) {
        String code = proposals.person("stp", name, Map.of("CSTDCS", List.of(year - 2, year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        proposals.initiative(code, year, "TINH");
        return code;
    }

    /** A proposal of Sở Tư pháp taken through intake, appraisal (concluded eligible) and its approval. */
    public ProcessInstance waitingForCouncil(String kind, String award, String... nominees) {
        return waitingForCouncil(year, kind, award, nominees);
    }

    public ProcessInstance waitingForCouncil(int periodYear, String kind, String award, String... nominees) {
        ProcessInstance pi = proposals.acceptedAtIntake(kind, award, periodYear, nominees);
        proposals.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", proposals.edited(pi, "appraisal",
                        Map.of("conclusion", "DAT", "justification", "Hồ sơ đủ tiêu chuẩn theo báo cáo thành tích đã thẩm định.")),
                "appraisalAction", "CONCLUDE"));
        proposals.headApprovesAppraisal(pi);
        return pi;
    }

    /** A recent year in which Sở Tư pháp neither holds nor is proposed for the province's flag. */
    public int freeFlagYear() {
        for (int y = year; y > year - 30; y--) {
            boolean taken = jdbc.sql("""
                            SELECT (SELECT COUNT(*) FROM award_record r JOIN org_unit u ON u.id = r.unit_id
                                    WHERE u.code = 'stp' AND r.award_type_code = 'CO_TINH' AND r.award_year = ?)
                                 + (SELECT COUNT(*) FROM commendation_proposal p JOIN proposal_nominee n ON n.business_key = p.business_key
                                    WHERE n.nominee_code = 'stp' AND p.award_type_code = 'CO_TINH' AND p.period_year = ?)""")
                    .params(y, y).query(Integer.class).single() > 0;
            if (!taken) {
                return y;
            }
        }
        throw new IllegalStateException("No free year for a flag proposal of stp");
    }

    public ProcessInstance startSession(String title) {
        return TestUsers.as(engine.getIdentityService(), SECRETARY, () -> engine.getRuntimeService()
                .startProcessInstanceByKey("council-review", Variables.createVariables()
                        .putValue(CouncilVariables.SESSION_TITLE, title).putValue(CouncilVariables.MEETING_DATE, LocalDate.now().toString())));
    }

    public String key(ProcessInstance session) {
        return proposals.businessKey(session);
    }

    /** Ticks exactly the given proposals on the agenda. */
    public void select(ProcessInstance session, Set<String> proposalKeys) {
        List<Map<String, Object>> rows = proposals.list(session, CouncilVariables.AGENDA_ROWS);
        rows.forEach(r -> r.put("include", proposalKeys.contains(r.get("proposalKey"))));
        complete(session, CouncilSteps.SELECT_CANDIDATES, SECRETARY, Map.of(CouncilVariables.AGENDA_ROWS, JsonVars.json(rows)));
    }

    /** Every member of the session's council, in the roster's order (the attendance list's order). */
    public List<String> members(ProcessInstance session) {
        return proposals.list(session, CouncilAttendance.ROSTER_VARIABLE).stream().map(r -> (String) r.get("userId")).toList();
    }

    /** The members attendance lets vote in person (one voting task each). */
    @SuppressWarnings("unchecked")
    public List<String> voters(ProcessInstance session) {
        return (List<String>) proposals.var(session, CouncilVariables.VOTER_IDS);
    }

    /**
     * Attendance: the first {@code present} members present, the next {@code written} absent with a written ballot,
     * the rest absent. The rows are sent as Tasklist sends them: without the member's account (the form does not
     * show it), identified by their place in the list and the name.
     */
    public void attendance(ProcessInstance session, int present, int written) {
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < members(session).size(); i++) {
            statuses.add(i < present ? "PRESENT" : i < present + written ? "ABSENT_WRITTEN" : "ABSENT");
        }
        attendance(session, statuses);
    }

    /** Attendance with one status per member, in the roster's order. */
    public void attendance(ProcessInstance session, List<String> statuses) {
        List<Map<String, Object>> rows = proposals.list(session, CouncilVariables.ATTENDANCE_LIST);
        for (int i = 0; i < rows.size(); i++) {
            rows.get(i).remove("userId");
            rows.get(i).put("attendance", statuses.get(i));
        }
        complete(session, CouncilSteps.ATTENDANCE, SECRETARY, Map.of(CouncilVariables.ATTENDANCE_LIST, JsonVars.json(rows)));
    }

    /** The candidate codes on the ballot, by nominee code. */
    public Map<String, String> candidates(ProcessInstance session) {
        Map<String, String> byNominee = new LinkedHashMap<>();
        jdbc.sql("SELECT nominee_code, candidate_code FROM council_candidate WHERE session_key = ? ORDER BY seq")
                .param(key(session)).query((rs, n) -> byNominee.put(rs.getString(1), rs.getString(2))).list();
        return byNominee;
    }

    public Task voteTask(ProcessInstance session, String member) {
        return engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey(CouncilSteps.VOTE).taskAssignee(member).singleResult();
    }

    /** The member votes in person through their task; candidates not named are left blank. */
    public void vote(ProcessInstance session, String member, Map<String, Choice> choices) {
        Task task = voteTask(session, member);
        if (task == null) {
            throw new AssertionError("No voting task for " + member);
        }
        TestUsers.as(engine.getIdentityService(), member, () -> engine.getTaskService().complete(task.getId(),
                Map.of("secretBallot", ballot(task, choices))));
    }

    /** The secretary enters an absent member's written ballot. */
    public void written(ProcessInstance session, String member, Map<String, Choice> choices) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey(CouncilSteps.WRITTEN_BALLOT).singleResult();
        TestUsers.as(engine.getIdentityService(), SECRETARY, () -> engine.getTaskService().complete(task.getId(),
                Map.of("secretBallot", ballot(task, choices), "writtenBallotVoter", member)));
    }

    public Object ballot(Task task, Map<String, Choice> choices) {
        return JsonVars.json(filledBallot(task, choices));
    }

    /** The task's ballot paper with a choice on every line (blank where none is given). */
    public List<Map<String, Object>> filledBallot(Task task, Map<String, Choice> choices) {
        List<Map<String, Object>> paper = JsonVars.listOfObjects(engine.getTaskService().getVariable(task.getId(), "secretBallot"));
        List<Map<String, Object>> filled = new ArrayList<>();
        for (Map<String, Object> row : paper) {
            Map<String, Object> r = new LinkedHashMap<>(row);
            r.put("choice", choices.getOrDefault((String) row.get("candidateCode"), Choice.DE_TRONG).name());
            filled.add(r);
        }
        return filled;
    }

    public void closeVoting(ProcessInstance session) {
        complete(session, CouncilSteps.CLOSE_VOTING, SECRETARY, Map.of(CouncilVariables.VOTING_CLOSED, true));
    }

    public void complete(ProcessInstance pi, String taskKey, String user, Map<String, Object> vars) {
        proposals.complete(pi, taskKey, user, vars);
    }
}

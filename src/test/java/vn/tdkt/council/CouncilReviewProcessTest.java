package vn.tdkt.council;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.ballot.Choice;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Every path of council-review on the deployed models with the council of 15 members (TestProvince): a session of 6
 * candidates from 4 waiting proposals; quorum failure and postponement; thresholds exactly met and just missed;
 * written ballots of absent members; a tie and its revote; double votes refused; the chair sending the minutes back;
 * and the results delivered to each waiting proposal.
 */
@IntegrationTest
class CouncilReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;

    ProposalFixture proposals;
    CouncilFixture council;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        int year = LocalDate.now(clock).getYear() - 1;
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        council = new CouncilFixture(engine, jdbc, proposals, year);
    }

    @Test
    void aSessionOfFifteenMembersDecidesSixCandidatesWithWrittenBallotsATieAndItsRevote() {
        String a = council.provincialFighter("Nguyễn Thị Hường");
        String c = council.provincialFighter("Trương Văn Đức");
        String b = council.provincialFighter("Huỳnh Ngọc Ẩn");
        String d = council.provincialFighter("Lê Thị Diễm Thúy");
        String e = council.provincialFighter("Phạm Quốc Việt");
        ProcessInstance fighters = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", a, c);
        ProcessInstance single = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", b);
        ProcessInstance upward = council.waitingForCouncil("KHEN_CAO", "BK_TTG", d, e);
        ProcessInstance flag = council.waitingForCouncil(council.freeFlagYear(), "CONG_TRANG", "CO_TINH", "stp");
        for (ProcessInstance p : List.of(fighters, single, upward, flag)) {
            assertThat(p).isWaitingAt("Task_AwaitCouncil");
        }

        ProcessInstance session = council.startSession("Phiên họp xét khen thưởng tổng kết năm");
        assertThat(session).isWaitingAt(CouncilSteps.SELECT_CANDIDATES);
        assertThat(proposals.task(session, CouncilSteps.SELECT_CANDIDATES)).hasCandidateGroup("council-secretary");
        String key = council.key(session);
        Assertions.assertThat(key).matches("HDTDKT-\\d{4}-\\d{2,}");
        Set<String> chosen = Set.of(proposals.businessKey(fighters), proposals.businessKey(single),
                proposals.businessKey(upward), proposals.businessKey(flag));
        Assertions.assertThat(proposals.list(session, CouncilVariables.AGENDA_ROWS)).extracting(r -> r.get("proposalKey"))
                .containsAll(chosen);

        // nothing ticked: refused, the task stays
        Assertions.assertThatThrownBy(() -> council.select(session, Set.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("ít nhất một hồ sơ");
        council.select(session, chosen);
        Map<String, String> codes = council.candidates(session);
        Assertions.assertThat(codes).containsOnlyKeys(a, c, b, d, e, "stp");
        List<String> members = council.members(session);
        Assertions.assertThat(members).hasSize(15).contains(CouncilFixture.CHAIR);

        // 9 present of 15 (the 2 written ballots do not count toward the quorum): postponed
        council.attendance(session, 9, 2);
        assertThat(session).hasPassed("Task_CheckQuorum").isWaitingAt(CouncilSteps.POSTPONE);
        Assertions.assertThat((String) engine.getTaskService().getVariable(proposals.task(session, CouncilSteps.POSTPONE).getId(),
                CouncilVariables.QUORUM_SUMMARY)).contains("2/3");
        Assertions.assertThatThrownBy(() -> council.complete(session, CouncilSteps.POSTPONE, CouncilFixture.SECRETARY,
                        Map.of(CouncilVariables.NEW_MEETING_DATE, "2001-01-01", CouncilVariables.POSTPONE_REASON, "Không đủ túc số")))
                .isInstanceOf(FormFieldValidationException.class);
        String newDate = LocalDate.now(clock).plusDays(7).toString();
        council.complete(session, CouncilSteps.POSTPONE, CouncilFixture.SECRETARY, Map.of(CouncilVariables.NEW_MEETING_DATE, newDate,
                CouncilVariables.POSTPONE_REASON, "Nhiều thành viên đi công tác, không đủ 2/3 thành viên dự họp."));
        Assertions.assertThat(jdbc.sql("SELECT meeting_date FROM council_session WHERE business_key = ?").param(key)
                .query(LocalDate.class).single()).isEqualTo(newDate);

        // 12 present, 2 absent with written ballots, 1 absent: quorum met (exactly the first 10 would do); only the
        // members present get a voting task
        council.attendance(session, 12, 2);
        assertThat(session).isWaitingAt(CouncilSteps.VOTE, CouncilSteps.WRITTEN_BALLOT, CouncilSteps.CLOSE_VOTING);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey(CouncilSteps.VOTE).list()).extracting(t -> t.getAssignee())
                .containsExactlyInAnyOrderElementsOf(members.subList(0, 12));
        String absent = members.get(14);
        Assertions.assertThat(council.voteTask(session, absent)).isNull();

        for (int i = 0; i < 14; i++) {
            Map<String, Choice> ballot = firstRound(codes, a, c, b, d, e, i);
            if (i < 12) {
                council.vote(session, members.get(i), ballot);
            } else {
                council.written(session, members.get(i), ballot);
            }
        }
        // the member whose written ballot was entered has no task of his own; a written ballot for one who voted in
        // person and one for the member absent without a written ballot are refused
        Assertions.assertThat(council.voteTask(session, members.get(12))).isNull();
        Assertions.assertThatThrownBy(() -> council.written(session, members.get(0), Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("đã bỏ phiếu");
        Assertions.assertThatThrownBy(() -> council.written(session, absent, Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("không có trong danh sách");

        Assertions.assertThatThrownBy(() -> council.complete(session, CouncilSteps.CLOSE_VOTING, CouncilFixture.SECRETARY,
                Map.of(CouncilVariables.VOTING_CLOSED, false))).isInstanceOf(FormFieldValidationException.class);
        council.closeVoting(session);

        // the flag's 7 to 7 is a tie: only that candidate goes to a second round
        assertThat(session).hasPassed("Task_TallyVote").isWaitingAt(CouncilSteps.VOTE, CouncilSteps.WRITTEN_BALLOT, CouncilSteps.CLOSE_VOTING);
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey(CouncilSteps.VOTE).count()).isEqualTo(12);
        Assertions.assertThat(outcome(key, codes.get("stp"))).isEqualTo("REVOTE");
        for (int i = 0; i < 14; i++) {
            Map<String, Choice> ballot = Map.of(codes.get("stp"), i < 9 ? Choice.DONG_Y : Choice.KHONG_DONG_Y);
            if (i < 12) {
                council.vote(session, members.get(i), ballot);
            } else {
                council.written(session, members.get(i), ballot);
            }
        }
        council.closeVoting(session);
        assertThat(session).isWaitingAt(CouncilSteps.MINUTES_SECRETARY);

        Assertions.assertThat(outcome(key, codes.get(a))).isEqualTo("PASSED");      // 14 of 15 ≥ 9/10
        Assertions.assertThat(outcome(key, codes.get(c))).isEqualTo("PASSED");
        Assertions.assertThat(outcome(key, codes.get(b))).isEqualTo("NOT_PASSED");  // 13 of 15 < 9/10: just missed
        Assertions.assertThat(outcome(key, codes.get(d))).isEqualTo("PASSED");      // 12 of 15 = 4/5 exactly
        Assertions.assertThat(outcome(key, codes.get(e))).isEqualTo("NOT_PASSED");  // 11 of 15 < 4/5
        Assertions.assertThat(outcome(key, codes.get("stp"))).isEqualTo("PASSED");  // 9 of 15 > 1/2 at the revote
        Assertions.assertThat(totals(key, codes.get(b))).containsExactly(13, 1, 0, 14);
        Assertions.assertThat(totals(key, codes.get(d))).containsExactly(12, 0, 2, 14);
        Assertions.assertThat(jdbc.sql("SELECT rounds FROM council_candidate WHERE session_key = ? AND candidate_code = ?")
                .params(key, codes.get("stp")).query(Integer.class).single()).isEqualTo(1);
        Assertions.assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM ballot_voter v JOIN council_ballot_round r ON r.ballot_session_id = v.session_id
                        WHERE r.session_key = ? AND v.has_voted AND v.written""").param(key).query(Integer.class).single())
                .isEqualTo(4);

        // the minutes: numbered by the secretary, sent back once by the chair, then confirmed
        Assertions.assertThatThrownBy(() -> council.complete(session, CouncilSteps.MINUTES_SECRETARY, CouncilFixture.SECRETARY,
                Map.of(CouncilVariables.MINUTES_REF, " "))).isInstanceOf(FormFieldValidationException.class);
        council.complete(session, CouncilSteps.MINUTES_SECRETARY, CouncilFixture.SECRETARY, Map.of(CouncilVariables.MINUTES_REF, "05/BB-HĐTĐKT"));
        assertThat(session).isWaitingAt(CouncilSteps.MINUTES_CHAIR);
        assertThat(proposals.task(session, CouncilSteps.MINUTES_CHAIR)).isAssignedTo(CouncilFixture.CHAIR);
        Assertions.assertThatThrownBy(() -> council.complete(session, CouncilSteps.MINUTES_CHAIR, CouncilFixture.CHAIR,
                Map.of(CouncilVariables.CHAIR_MINUTES_DECISION, "SUA_LAI"))).isInstanceOf(FormFieldValidationException.class);
        council.complete(session, CouncilSteps.MINUTES_CHAIR, CouncilFixture.CHAIR, Map.of(CouncilVariables.CHAIR_MINUTES_DECISION, "SUA_LAI",
                CouncilVariables.CHAIR_MINUTES_NOTE, "Ghi số biên bản theo sổ của Văn phòng."));
        council.complete(session, CouncilSteps.MINUTES_SECRETARY, CouncilFixture.SECRETARY, Map.of(CouncilVariables.MINUTES_REF, "06/BB-HĐTĐKT"));
        council.complete(session, CouncilSteps.MINUTES_CHAIR, CouncilFixture.CHAIR, Map.of(CouncilVariables.CHAIR_MINUTES_DECISION, "XAC_NHAN",
                CouncilVariables.CHAIR_MINUTES_NOTE, ""));
        assertThat(session).hasPassed("Task_SendResults").isEnded();
        Assertions.assertThat(jdbc.sql("SELECT status FROM council_session WHERE business_key = ?").param(key)
                .query(String.class).single()).isEqualTo("CLOSED");

        // each proposal got its nominees' results
        assertThat(fighters).isWaitingAt("Task_ChairmanDecision");
        Assertions.assertThat(proposals.list(fighters, "chairmanDecision")).extracting(i -> i.get("nomineeCode"))
                .containsExactlyInAnyOrder(a, c);
        assertThat(single).hasPassed("End_NotPassed").isEnded();
        assertThat(upward).isWaitingAt("Timer_ConsultationWindow");
        Assertions.assertThat(jdbc.sql("SELECT council_passed FROM proposal_nominee WHERE nominee_code = ?").param(e)
                .query(Boolean.class).single()).isFalse();
        assertThat(flag).isWaitingAt("Task_ChairmanDecision");
        Assertions.assertThat(jdbc.sql("SELECT note FROM proposal_event WHERE business_key = ? AND stage = 'COUNCIL'")
                .param(proposals.businessKey(flag)).query(String.class).single()).isEqualTo("06/BB-HĐTĐKT");
        // the minutes the decision will cite: their number and the day the session met (after the postponement)
        Assertions.assertThat(jdbc.sql("SELECT council_minutes_ref, council_minutes_date, council_session_key FROM"
                        + " commendation_proposal WHERE business_key = ?").param(proposals.businessKey(flag)).query()
                .singleRow()).containsEntry("council_minutes_ref", "06/BB-HĐTĐKT").containsEntry("council_session_key", key)
                .satisfies(row -> Assertions.assertThat(row.get("council_minutes_date").toString()).isEqualTo(newDate));
    }

    @Test
    void aProposalOnAnUnfinishedSessionsAgendaIsNotOfferedToAnother() {
        ProcessInstance p = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", council.provincialFighter("Đoàn Thị Mỹ"));
        ProcessInstance first = council.startSession("Phiên họp thứ nhất");
        council.select(first, Set.of(proposals.businessKey(p)));
        ProcessInstance second = council.startSession("Phiên họp thứ hai");
        Assertions.assertThat(proposals.list(second, CouncilVariables.AGENDA_ROWS)).extracting(r -> r.get("proposalKey"))
                .doesNotContain(proposals.businessKey(p));
    }

    /** Ballot {@code i} of the first round; totals: a, c 14 yes; b 13; d 12 (2 blank); e 11; the flag 7 to 7. */
    private static Map<String, Choice> firstRound(Map<String, String> codes, String a, String c, String b, String d,
                                                  String e, int i) {
        Map<String, Choice> ballot = new HashMap<>();
        ballot.put(codes.get(a), Choice.DONG_Y);
        ballot.put(codes.get(c), Choice.DONG_Y);
        ballot.put(codes.get(b), i < 13 ? Choice.DONG_Y : Choice.KHONG_DONG_Y);
        ballot.put(codes.get(d), i < 12 ? Choice.DONG_Y : Choice.DE_TRONG);
        ballot.put(codes.get(e), i < 11 ? Choice.DONG_Y : Choice.KHONG_DONG_Y);
        ballot.put(codes.get("stp"), i < 7 ? Choice.DONG_Y : Choice.KHONG_DONG_Y);
        return ballot;
    }

    private String outcome(String key, String code) {
        return jdbc.sql("SELECT outcome FROM council_candidate WHERE session_key = ? AND candidate_code = ?")
                .params(key, code).query(String.class).single();
    }

    private List<Integer> totals(String key, String code) {
        return jdbc.sql("""
                        SELECT yes_votes, no_votes, blank_votes, votes_cast FROM council_candidate
                        WHERE session_key = ? AND candidate_code = ?""").params(key, code)
                .query((rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).single();
    }
}

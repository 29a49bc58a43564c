package vn.tdkt.ballot;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.block.cycle.BlockCycleFixture;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * Secrecy proven against a watching administrator and auditor ({@link SecrecyObserver}): each test plays the same
 * vote twice, once with two members' ballots swapped, and the onlooker — reading runtime, history, user operations,
 * the audit chain, the project's API, the minutes as PDF, the database rows of the box and of the session, and the
 * log, after every single ballot — must see the same thing in both runs at every step. For the council with written
 * ballots (two of them swapped too) and a revote after a tie; for a block's suy tôn.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BallotSecrecyObserverTest {

    static final String ADMIN = "admin";
    static final String AUDITOR = "thanhtra";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired BallotSeal seal;

    ProposalFixture proposals;
    CouncilFixture council;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        council = new CouncilFixture(engine, jdbc, proposals, LocalDate.now(clock).getYear() - 1);
    }

    @Test
    void aCouncilSessionWithWrittenBallotsAndARevoteLooksTheSameWhateverTwoMembersChose(CapturedOutput output) {
        Watch first = councilSession(false, output);
        Watch swapped = councilSession(true, output);
        Assertions.assertThat(first.onlooker().steps()).hasSizeGreaterThan(30);
        Assertions.assertThat(SecrecyObserver.firstDifference(first.onlooker(), swapped.onlooker()))
                .as("what the onlooker told apart").isNull();
        // the control: had anything shown the running totals, the onlooker would have told the runs apart right
        // after the first of the two swapped ballots
        Assertions.assertThat(SecrecyObserver.firstDifference(first.control(), swapped.control()))
                .startsWith("after step 4 «vòng 1, phiếu thứ 3»");
    }

    @Test
    void aBlocksSuyTonLooksTheSameWhateverTwoMembersChose(CapturedOutput output) {
        Watch first = blockVote(false, output);
        Watch swapped = blockVote(true, output);
        Assertions.assertThat(first.onlooker().steps()).hasSize(8);
        Assertions.assertThat(SecrecyObserver.firstDifference(first.onlooker(), swapped.onlooker()))
                .as("what the onlooker told apart").isNull();
        Assertions.assertThat(SecrecyObserver.firstDifference(first.control(), swapped.control()))
                .startsWith("after step 3 «đơn vị thứ 2 bỏ phiếu»");
    }

    /** What the onlooker wrote down, and what a control onlooker wrote down who could also read running totals. */
    record Watch(SecrecyObserver onlooker, SecrecyObserver control) {
        void look(String step, List<SecrecyObserver.Source> sources, SecrecyObserver.Source leak) {
            onlooker.look(step, sources);
            control.look(step, List.of(leak));
        }
    }

    /** The positive control: running totals, as an endpoint that printed them would show them (papers opened). */
    private SecrecyObserver.Source runningTotals(String boxesSql, Object... params) {
        return SecrecyObserver.source("running totals", () -> {
            StringBuilder totals = new StringBuilder();
            for (String box : jdbc.sql(boxesSql).params(params).query(String.class).list()) {
                java.util.TreeMap<String, Integer> count = new java.util.TreeMap<>();
                for (String sealed : jdbc.sql("SELECT sealed FROM ballot_paper WHERE session_id = ?").param(box)
                        .query(String.class).list()) {
                    String paper = seal.open(box, sealed);
                    for (int i = 0; i < paper.length(); i++) {
                        count.merge(i + ":" + paper.charAt(i), 1, Integer::sum);
                    }
                }
                totals.append(count).append('\n');
            }
            return totals.toString();
        });
    }

    /**
     * 15 members: 12 present, 2 absent with written ballots, 1 absent. Candidate A passes; candidate T ties 7 to 7 and
     * goes to a revote. Members 2 and 8 hand in each other's ballot in the second run, in both rounds, and so do the
     * two absent members' written ballots; who votes, in which order, and every total stay the same.
     */
    private Watch councilSession(boolean swap, CapturedOutput output) {
        String a = council.provincialFighter("Quan Sát Thứ Nhất");
        String t = council.provincialFighter("Quan Sát Thứ Hai");
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", a, t);
        ProcessInstance session = council.startSession("Phiên họp người quan sát");
        council.select(session, Set.of(proposals.businessKey(proposal)));
        String key = council.key(session);
        List<String> members = council.members(session);
        Map<String, String> codes = council.candidates(session);
        String ca = codes.get(a);
        String ct = codes.get(t);
        SecrecyObserver o = new SecrecyObserver(rest, jdbc, output).calls(session.getId(), "<phiên>")
                .calls(proposal.getId(), "<hồ-sơ-pi>").calls(key, "<số-phiên>").calls(a, "<người-A>").calls(t, "<người-T>");
        List<SecrecyObserver.Source> sources = councilSources(session, proposal, key);
        Watch w = new Watch(o, new SecrecyObserver(rest, jdbc, output));
        SecrecyObserver.Source leak = runningTotals("SELECT ballot_session_id FROM council_ballot_round WHERE session_key = ?"
                + " ORDER BY round_no", key);

        council.attendance(session, 12, 2);
        w.look("điểm danh", sources, leak);
        for (int round = 1; round <= 2; round++) {
            for (int i = 0; i < 12; i++) {
                // the same members vote in the same order in both runs; members 2 and 8 hand in each other's ballot
                int j = swap && i == 2 ? 8 : swap && i == 8 ? 2 : i;
                Map<String, Choice> ballot = round == 1
                        ? Map.of(ca, j == 2 ? Choice.DE_TRONG : Choice.DONG_Y, ct, j < 6 ? Choice.DONG_Y : Choice.KHONG_DONG_Y)
                        : Map.of(ct, j < 8 ? Choice.DONG_Y : Choice.DE_TRONG);
                council.vote(session, members.get(i), ballot);
                w.look("vòng " + round + ", phiếu thứ " + (i + 1), sources, leak);
            }
            for (int absent = 12; absent < 14; absent++) {
                boolean yes = (absent == 12) != swap;
                Map<String, Choice> ballot = round == 1 ? Map.of(ca, Choice.DONG_Y, ct, yes ? Choice.DONG_Y : Choice.KHONG_DONG_Y)
                        : Map.of(ct, yes ? Choice.KHONG_DONG_Y : Choice.DONG_Y);
                council.written(session, members.get(absent), ballot);
                w.look("vòng " + round + ", phiếu bằng văn bản " + (absent - 11), sources, leak);
            }
            council.closeVoting(session);
            w.look("vòng " + round + ", kết thúc bỏ phiếu", sources, leak);
            if (round == 1) {
                assertThat(session).isWaitingAt("Task_Vote", "Task_WrittenBallot", "Task_CloseVoting");
            }
        }
        assertThat(session).isWaitingAt("Task_MinutesSecretary");
        council.complete(session, "Task_MinutesSecretary", CouncilFixture.SECRETARY, Map.of("minutesRef", "21/BB-HĐTĐKT"));
        w.look("thư ký lập biên bản", sources, leak);
        council.complete(session, "Task_MinutesChair", CouncilFixture.CHAIR, Map.of("chairMinutesDecision", "XAC_NHAN"));
        w.look("chủ tọa xác nhận", sources, leak);
        assertThat(session).isEnded();
        return w;
    }

    private List<SecrecyObserver.Source> councilSources(ProcessInstance session, ProcessInstance proposal, String key) {
        String pi = session.getId();
        List<SecrecyObserver.Source> s = new ArrayList<>(engineSources(pi));
        s.add(SecrecyObserver.get(ADMIN, "/engine-rest/history/variable-instance?processInstanceId=" + proposal.getId()
                + "&deserializeValues=false"));
        for (String user : List.of(ADMIN, AUDITOR)) {
            s.add(SecrecyObserver.get(user, "/api/council/sessions/" + key));
            s.add(SecrecyObserver.get(user, "/api/council/sessions/" + key + "/minutes.pdf"));
            s.add(SecrecyObserver.get(user, "/api/audit/proposals/" + proposals.businessKey(proposal) + "/timeline"));
        }
        s.add(SecrecyObserver.get(CouncilFixture.CHAIR, "/api/council/sessions/" + key));
        s.add(SecrecyObserver.rows("ballot boxes", """
                SELECT s.status, c.candidate_code, c.candidate_name, c.agree_count, c.disagree_count, c.blank_count
                FROM ballot_candidate c JOIN ballot_session s ON s.id = c.session_id
                JOIN council_ballot_round r ON r.ballot_session_id = s.id WHERE r.session_key = ?""", key));
        s.add(SecrecyObserver.rows("ballot voters", """
                SELECT v.voter_id, v.has_voted, v.written, v.vote_mode FROM ballot_voter v
                JOIN council_ballot_round r ON r.ballot_session_id = v.session_id WHERE r.session_key = ?""", key));
        s.add(SecrecyObserver.rows("sealed papers", """
                SELECT LENGTH(p.sealed) AS length FROM ballot_paper p
                JOIN council_ballot_round r ON r.ballot_session_id = p.session_id WHERE r.session_key = ?""", key));
        s.add(SecrecyObserver.rows("council candidates", "SELECT * FROM council_candidate WHERE session_key = ?", key));
        s.add(SecrecyObserver.rows("council session", "SELECT * FROM council_session WHERE business_key = ?", key));
        s.add(SecrecyObserver.rows("council events", "SELECT stage, note, actor FROM council_event WHERE session_key = ?", key));
        s.add(sealedFirst(SecrecyObserver.rows("audit chain of the proposal", """
                SELECT kind, actor, subject, payload FROM audit_event WHERE process_instance_id = ? OR business_key = ?""",
                proposal.getId(), proposals.businessKey(proposal))));
        return s;
    }

    /** What the engine shows of an instance, runtime and history, and what it stores. */
    /**
     * The chain as an onlooker reading audit_event sees it once the node's sealer has caught up (it seals just after
     * each commit): sealing first makes every look see all committed records, whatever the sealer's timing.
     */
    private SecrecyObserver.Source sealedFirst(SecrecyObserver.Source rows) {
        return new SecrecyObserver.Source() {
            public String label() {
                return rows.label();
            }

            public String read(SecrecyObserver observer) {
                ledger.sealWaiting();
                return rows.read(observer);
            }
        };
    }

    private List<SecrecyObserver.Source> engineSources(String pi) {
        List<SecrecyObserver.Source> s = new ArrayList<>();
        for (String path : List.of("/engine-rest/task?processInstanceId=", "/engine-rest/execution?processInstanceId=",
                "/engine-rest/variable-instance?deserializeValues=false&processInstanceIdIn=",
                "/engine-rest/history/task?processInstanceId=", "/engine-rest/history/activity-instance?processInstanceId=",
                "/engine-rest/history/variable-instance?deserializeValues=false&processInstanceId=",
                "/engine-rest/history/detail?deserializeValues=false&processInstanceId=",
                "/engine-rest/history/user-operation?processInstanceId=",
                "/engine-rest/history/identity-link-log?processInstanceId=",
                "/engine-rest/history/decision-instance?includeInputs=true&includeOutputs=true&processInstanceId=")) {
            s.add(SecrecyObserver.get(ADMIN, path + pi));
        }
        s.add(SecrecyObserver.get(AUDITOR, "/engine-rest/history/variable-instance?deserializeValues=false&processInstanceId=" + pi));
        s.add(SecrecyObserver.get(ADMIN, "/engine-rest/process-instance/" + pi + "/activity-instances"));
        s.add(SecrecyObserver.rows("engine variables", """
                SELECT v.NAME_, v.TYPE_, v.TEXT_, v.TEXT2_, v.LONG_, v.DOUBLE_, b.BYTES_ FROM ACT_RU_VARIABLE v
                LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = v.BYTEARRAY_ID_ WHERE v.PROC_INST_ID_ = ?""", pi));
        s.add(SecrecyObserver.rows("engine variable history", """
                SELECT v.NAME_, v.TEXT_, v.TEXT2_, v.LONG_, b.BYTES_ FROM ACT_HI_VARINST v
                LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = v.BYTEARRAY_ID_ WHERE v.PROC_INST_ID_ = ?""", pi));
        s.add(SecrecyObserver.rows("engine details", """
                SELECT d.NAME_, d.TEXT_, d.TEXT2_, d.LONG_, b.BYTES_ FROM ACT_HI_DETAIL d
                LEFT JOIN ACT_GE_BYTEARRAY b ON b.ID_ = d.BYTEARRAY_ID_ WHERE d.PROC_INST_ID_ = ?""", pi));
        s.add(sealedFirst(SecrecyObserver.rows("audit chain of the instance",
                "SELECT kind, actor, subject, payload FROM audit_event WHERE process_instance_id = ?", pi)));
        return s;
    }

    /** A block of five: units 2 and 4 swap their ballots in the second run. */
    private Watch blockVote(boolean swap, CapturedOutput output) {
        BlockCycleFixture block = new BlockCycleFixture(engine, jdbc, dossiers, unitGroups, profiles, rest,
                LocalDate.now(clock).getYear() - 1, 5);
        ProcessInstance pi = block.atOpenVote();
        String tag = block.block.substring(1).toLowerCase();
        SecrecyObserver o = new SecrecyObserver(rest, jdbc, output).calls(pi.getId(), "<chu-kỳ>")
                .calls(block.block, "<khối>").calls(tag, "<mã>");
        String key = block.key().replace(block.block, "<khối>");
        List<SecrecyObserver.Source> sources = new ArrayList<>(engineSources(pi.getId()));
        for (String user : List.of(ADMIN, AUDITOR, block.leaderOfficer(), "tt." + block.units.get(3))) {
            sources.add(SecrecyObserver.get(user, "/api/block-cycles/" + block.key() + "/dashboard"));
            sources.add(SecrecyObserver.get(user, "/api/block-cycles/" + block.key() + "/minutes.pdf"));
        }
        sources.add(SecrecyObserver.get(ADMIN, "/api/block-cycles/" + block.key() + "/dashboard.svg"));
        sources.add(SecrecyObserver.rows("ballot box", """
                SELECT s.status, c.candidate_code, c.agree_count, c.disagree_count, c.blank_count FROM ballot_candidate c
                JOIN ballot_session s ON s.id = c.session_id JOIN block_cycle b ON b.ballot_session_id = s.id
                WHERE b.business_key = ?""", block.key()));
        sources.add(SecrecyObserver.rows("ballot voters", """
                SELECT v.voter_id, v.has_voted, v.written FROM ballot_voter v JOIN block_cycle b
                ON b.ballot_session_id = v.session_id WHERE b.business_key = ?""", block.key()));
        sources.add(SecrecyObserver.rows("block cycle", "SELECT stage FROM block_cycle WHERE business_key = ?", block.key()));
        sources.add(SecrecyObserver.rows("block proposals", "SELECT * FROM block_cycle_proposal WHERE business_key = ?",
                block.key()));
        Assertions.assertThat(key).startsWith("KTD-");
        Watch w = new Watch(o, new SecrecyObserver(rest, jdbc, output));
        SecrecyObserver.Source leak = runningTotals("SELECT ballot_session_id FROM block_cycle WHERE business_key = ?"
                + " AND ballot_session_id IS NOT NULL", block.key());

        block.complete(block.tasks(pi, "Task_OpenVote").get(0), block.leaderOfficer(), Map.of("voteOpened", true));
        w.look("khối trưởng mở bỏ phiếu", sources, leak);
        String leader = block.units.get(0);
        for (int i = 0; i < 5; i++) {
            // the same units vote in the same order in both runs; units 2 and 4 hand in each other's ballot
            boolean yesToLeader = i != (swap ? 1 : 3);
            block.vote(pi, block.units.get(i), code -> code.equals(leader) ? (yesToLeader ? "DONG_Y" : "KHONG_DONG_Y") : "DE_TRONG");
            w.look("đơn vị thứ " + (i + 1) + " bỏ phiếu", sources, leak);
        }
        block.complete(block.tasks(pi, "Task_CloseVote").get(0), block.leaderOfficer(), Map.of("voteClosed", true));
        w.look("khối trưởng kết thúc bỏ phiếu", sources, leak);
        block.complete(block.tasks(pi, "Task_ConfirmMinutes").get(0), block.leaderOfficer(), Map.of("minutesConfirmed", true));
        w.look("khối trưởng xác nhận biên bản", sources, leak);
        block.supervisorAgrees(pi);
        assertThat(pi).isEnded();
        return w;
    }
}

package vn.tdkt.council;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.ballot.Choice;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * The ballot stays secret, provably: after a whole session (members voting through /engine-rest as Tasklist does,
 * written ballots entered by the secretary, at history level FULL), no row of any table — Camunda's runtime and
 * history, the user-operation log, the project's own — and no line of the log holds a filled-in ballot, so nothing
 * can tie a voter to a choice; the variables a voter's Tasklist loads hold nobody else's ballot; the totals still
 * match the ballots cast.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class CouncilSecrecyTest {

    /** A filled-in ballot line as the voting forms submit it. */
    private static final Pattern FILLED_BALLOT = Pattern.compile("\"choice\"\\s*:\\s*\"(DONG_Y|KHONG_DONG_Y|DE_TRONG)\"");

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired DataSource dataSource;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    ProposalFixture proposals;
    CouncilFixture council;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        council = new CouncilFixture(engine, jdbc, proposals, LocalDate.now(clock).getYear() - 1);
    }

    @Test
    void noTableNoLogLineAndNoVotersBrowserTiesAVoterToAChoice(CapturedOutput output) throws Exception {
        Assertions.assertThat(engine.getProcessEngineConfiguration().getHistory()).isEqualTo("full");
        String a = council.provincialFighter("Võ Thị Thanh Tâm");
        String b = council.provincialFighter("Đặng Hữu Nghĩa");
        ProcessInstance proposal = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", a, b);
        ProcessInstance session = council.startSession("Phiên họp kiểm tra bí mật phiếu bầu");
        council.select(session, Set.of(proposals.businessKey(proposal)));
        council.attendance(session, 13, 2);
        Map<String, String> codes = council.candidates(session);
        List<String> members = council.members(session);

        int[] yes = new int[2];
        for (int i = 0; i < 15; i++) {
            String member = members.get(i);
            Choice first = i % 3 == 0 ? Choice.KHONG_DONG_Y : Choice.DONG_Y;
            Choice second = i % 4 == 0 ? Choice.DE_TRONG : Choice.DONG_Y;
            yes[0] += first == Choice.DONG_Y ? 1 : 0;
            yes[1] += second == Choice.DONG_Y ? 1 : 0;
            Map<String, Choice> ballot = Map.of(codes.get(a), first, codes.get(b), second);
            if (i < 13) {
                Task task = council.voteTask(session, member);
                // what this voter's Tasklist loads: their own blank paper, nobody's choices
                String loaded = get(member, "/engine-rest/task/" + task.getId() + "/form-variables").getBody();
                Assertions.assertThat(loaded).contains("secretBallot");
                Assertions.assertThat(FILLED_BALLOT.matcher(loaded).find()).as("variables loaded by " + member).isFalse();
                String submitted = "{\"variables\":{\"secretBallot\":{\"type\":\"Json\",\"value\":"
                        + JsonVars.toJson(JsonVars.toJson(filled(task, ballot))) + "}}}";
                ResponseEntity<String> answer = post(member, "/engine-rest/task/" + task.getId() + "/submit-form", submitted);
                Assertions.assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
            } else {
                council.written(session, member, ballot);
            }
        }
        Task written = engine.getTaskService().createTaskQuery().processInstanceId(session.getId())
                .taskDefinitionKey("Task_WrittenBallot").singleResult();
        Assertions.assertThat(FILLED_BALLOT.matcher(get(CouncilFixture.SECRETARY, "/engine-rest/task/" + written.getId()
                + "/form-variables").getBody()).find()).isFalse();
        council.closeVoting(session);
        council.complete(session, "Task_MinutesSecretary", CouncilFixture.SECRETARY, Map.of("minutesRef", "09/BB-HĐTĐKT"));
        council.complete(session, "Task_MinutesChair", CouncilFixture.CHAIR, Map.of("chairMinutesDecision", "XAC_NHAN"));
        assertThat(session).isEnded();

        // the totals match the ballots cast
        String key = council.key(session);
        Assertions.assertThat(jdbc.sql("SELECT yes_votes FROM council_candidate WHERE session_key = ? AND nominee_code = ?")
                .params(key, a).query(Integer.class).single()).isEqualTo(yes[0]);
        Assertions.assertThat(jdbc.sql("SELECT yes_votes FROM council_candidate WHERE session_key = ? AND nominee_code = ?")
                .params(key, b).query(Integer.class).single()).isEqualTo(yes[1]);
        Assertions.assertThat(jdbc.sql("SELECT votes_cast FROM council_candidate WHERE session_key = ? AND nominee_code = ?")
                .params(key, a).query(Integer.class).single()).isEqualTo(15);

        // every table, runtime and history and the project's own
        List<String> leaks = new ArrayList<>();
        int rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            for (String table : tables(connection)) {
                try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        rows++;
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.append(text(rs.getObject(c))).append('|');
                        }
                        String content = row.toString();
                        if (FILLED_BALLOT.matcher(content).find() && !deploymentResource(table, content)) {
                            leaks.add(table + ": " + content.substring(0, Math.min(300, content.length())));
                        }
                    }
                }
            }
        }
        Assertions.assertThat(rows).isGreaterThan(1000);
        Assertions.assertThat(leaks).as("rows holding a filled-in ballot").isEmpty();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_VARINST WHERE NAME_ LIKE 'secretBallot%'")
                .query(Integer.class).single()).isZero();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE NAME_ LIKE 'secretBallot%'")
                .query(Integer.class).single()).isZero();

        // the log: no line names a voter together with a choice, nor holds a filled-in ballot
        Set<String> choiceWords = Set.of("DONG_Y", "KHONG_DONG_Y", "DE_TRONG", "Đồng ý", "Không đồng ý", "Để trống");
        for (String line : output.getAll().split("\\R")) {
            Assertions.assertThat(FILLED_BALLOT.matcher(line).find()).as(line).isFalse();
            boolean namesVoter = members.stream().anyMatch(line::contains);
            boolean namesChoice = choiceWords.stream().anyMatch(line::contains);
            Assertions.assertThat(namesVoter && namesChoice).as(line).isFalse();
        }
    }

    private List<Map<String, Object>> filled(Task task, Map<String, Choice> choices) {
        return council.filledBallot(task, choices);
    }

    /** The deployed forms themselves list the choices; they belong to no voter. */
    private static boolean deploymentResource(String table, String content) {
        return table.equalsIgnoreCase("ACT_GE_BYTEARRAY") && content.contains(".form|");
    }

    private static List<String> tables(Connection connection) throws Exception {
        DatabaseMetaData meta = connection.getMetaData();
        List<String> tables = new ArrayList<>();
        String schema = connection.getSchema();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[]{"TABLE"})) {
            while (rs.next()) {
                tables.add(rs.getString("TABLE_NAME"));
            }
        }
        Assertions.assertThat(tables).as("tables of schema " + schema).isNotEmpty();
        return tables;
    }

    private static String text(Object value) throws Exception {
        if (value == null) {
            return "";
        }
        if (value instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        if (value instanceof java.sql.Blob blob) {
            return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
        }
        if (value instanceof java.sql.Clob clob) {
            return clob.getSubString(1, (int) clob.length());
        }
        return value.toString();
    }

    private ResponseEntity<String> get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
    }

    private ResponseEntity<String> post(String user, String url, String body) {
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(body, json), String.class);
    }
}

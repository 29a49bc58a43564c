package vn.tdkt.block.cycle;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * A whole year of a block of 8 units: pact (one unit never signs, the leader closes), mid-year report, own
 * scoring with evidence, cross-check, arbitration of a sheet beyond the tolerance, ranking, the secret ballot, the
 * proposals within the block's quota started as commendation proposals with the minutes attached, and next
 * year's leader. Refusals of bad scores and the privacy of own scores before the cross-check are checked on the way.
 */
@IntegrationTest
class BlockEmulationCycleProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    BlockCycleFixture fixture;
    String block;
    int year;
    List<String> units;
    HttpHeaders json;

    @BeforeEach
    void block() {
        BpmnAwareTests.init(engine);
        json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        fixture = new BlockCycleFixture(engine, jdbc, dossiers, unitGroups, profiles, rest, LocalDate.now(clock).getYear() - 1, 8);
        block = fixture.block;
        year = fixture.year;
        units = fixture.units;
    }

    private List<Task> tasks(ProcessInstance pi, String key) {
        return fixture.tasks(pi, key);
    }

    private Task taskFor(ProcessInstance pi, String key, String group) {
        return fixture.taskFor(pi, key, group);
    }

    private void complete(Task task, String user, Map<String, Object> vars) {
        fixture.complete(task, user, vars);
    }

    private List<Map<String, Object>> local(Task task, String name) {
        return fixture.local(task, name);
    }

    private static String pdfText(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aWholeYearOfABlockOfEight() throws Exception {
        String leaderOfficer = "cb." + units.get(0);
        ResponseEntity<String> started = rest.withBasicAuth(leaderOfficer, "demo").postForEntity(
                "/api/blocks/" + block + "/years/" + year + "/cycle", new HttpEntity<>("{}", json), String.class);
        Assertions.assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> twice = rest.withBasicAuth(leaderOfficer, "demo").postForEntity(
                "/api/blocks/" + block + "/years/" + year + "/cycle", new HttpEntity<>("{}", json), String.class);
        Assertions.assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String key = "KTD-" + block + "-" + year;
        ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(key).singleResult();

        // pact: seven of eight sign, the leader closes
        Assertions.assertThat(tasks(pi, BlockCycleSteps.SIGN_PACT)).hasSize(8);
        Task first = taskFor(pi, BlockCycleSteps.SIGN_PACT, "unit-head." + units.get(1));
        Assertions.assertThatThrownBy(() -> complete(first, "tt." + units.get(1), Map.of(BlockCycleVariables.PACT_SIGNED, false,
                BlockCycleVariables.REGISTERED_TITLE, "TTLDXS"))).isInstanceOf(FormFieldValidationException.class);
        for (int i = 0; i < 7; i++) {
            complete(taskFor(pi, BlockCycleSteps.SIGN_PACT, "unit-head." + units.get(i)), "tt." + units.get(i),
                    Map.of(BlockCycleVariables.PACT_SIGNED, true, BlockCycleVariables.REGISTERED_TITLE, i == 0 ? "CO_TINH" : "TTLDXS"));
        }
        complete(tasks(pi, BlockCycleSteps.CLOSE_PACT).get(0), leaderOfficer, Map.of(BlockCycleVariables.PACT_CLOSED, true));
        Assertions.assertThat(tasks(pi, BlockCycleSteps.SIGN_PACT)).isEmpty();
        // no council member supervises this block: the secretary's group records the pact signing
        assertThat(pi).isWaitingAt(BlockCycleSteps.SUPERVISE_PACT);
        fixture.supervisePact(pi);
        assertThat(pi).isWaitingAt("Timer_MidYear");

        fixture.midYear(pi);

        // own scoring, with evidence uploaded to each member's evidence dossier
        Assertions.assertThat(tasks(pi, BlockCycleSteps.SELF_SCORE)).hasSize(8);
        for (int i = 0; i < 8; i++) {
            String unit = units.get(i);
            Task t = taskFor(pi, BlockCycleSteps.SELF_SCORE, "unit-officer." + unit);
            String evidenceDossier = "KTD-" + block + "-" + year + "-" + unit;
            long doc = dossiers.store(evidenceDossier, "KHAC", "minh-chung.pdf", "application/pdf",
                    ("%PDF-1.4\n% minh chung " + unit + "\n%%EOF").getBytes(StandardCharsets.US_ASCII), "cb." + unit).id();
            List<Map<String, Object>> items = local(t, BlockCycleVariables.SCORE_ITEMS);
            if (i == 2) {
                List<Map<String, Object>> tooHigh = JsonVars.listOfObjects(JsonVars.toJson(items));
                tooHigh.forEach(m -> m.put("score", ((Number) m.get("maxPoints")).doubleValue() + 1));
                Assertions.assertThatThrownBy(() -> complete(t, "cb." + unit, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(tooHigh))))
                        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("vượt mức tối đa");
                // the same through /engine-rest: 400 with the reason, the task stays open
                String body = "{\"variables\":{\"scoreItems\":{\"type\":\"Json\",\"value\":"
                        + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(JsonVars.toJson(tooHigh)) + "}}}";
                ResponseEntity<String> rejected = rest.withBasicAuth("cb." + unit, "demo").postForEntity(
                        "/engine-rest/task/" + t.getId() + "/complete", new HttpEntity<>(body, json), String.class);
                Assertions.assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                Assertions.assertThat(rejected.getBody()).contains("vượt mức tối đa");
                Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(t.getId()).count()).isOne();
                List<Map<String, Object>> noEvidence = JsonVars.listOfObjects(JsonVars.toJson(items));
                final int idx = i;
                noEvidence.forEach(m -> m.put("score", BlockCycleFixture.points(idx, m)));
                Assertions.assertThatThrownBy(() -> complete(t, "cb." + unit, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(noEvidence))))
                        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("minh chứng");
            }
            final int idx = i;
            items.forEach(m -> {
                m.put("score", BlockCycleFixture.points(idx, m));
                m.put("evidenceDocumentId", String.valueOf(doc));
            });
            complete(t, "cb." + unit, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(items)));
            if (i == 0) {
                // before the cross-check, another member cannot read this unit's own scores; the unit itself can
                String sheetUrl = "/api/block-cycles/" + key + "/sheets/" + unit + "?kind=SELF";
                Assertions.assertThat(rest.withBasicAuth("cb." + units.get(1), "demo").getForEntity(sheetUrl, String.class)
                        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
                Assertions.assertThat(rest.withBasicAuth(leaderOfficer, "demo").getForEntity(sheetUrl, String.class)
                        .getStatusCode()).isEqualTo(HttpStatus.OK);
            }
        }

        // cross-check: each checker gets another unit's sheet; the one checking unit 5 scores it 10 points lower
        Assertions.assertThat(tasks(pi, BlockCycleSteps.CROSS_CHECK)).hasSize(8);
        for (Task t : tasks(pi, BlockCycleSteps.CROSS_CHECK)) {
            String target = (String) engine.getRuntimeService().getVariableLocal(t.getExecutionId(), BlockCycleVariables.TARGET);
            String checker = (String) engine.getRuntimeService().getVariableLocal(t.getExecutionId(), BlockCycleVariables.CHECKER);
            Assertions.assertThat(target).isNotEqualTo(checker);
            List<Map<String, Object>> items = local(t, BlockCycleVariables.SCORE_ITEMS);
            boolean lower = target.equals(units.get(5));
            items.forEach(m -> m.put("score", m.get("selfScore") == null ? 0
                    : Math.max(0, ((Number) m.get("selfScore")).doubleValue() - (lower && "I.1".equals(m.get("code")) ? 10 : 0))));
            complete(t, "cb." + checker, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(items)));
        }
        Assertions.assertThat(rest.withBasicAuth("cb." + units.get(1), "demo").getForEntity(
                "/api/block-cycles/" + key + "/sheets/" + units.get(0) + "?kind=SELF", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        // arbitration of unit 5 only
        List<Task> arbitration = tasks(pi, BlockCycleSteps.ARBITRATE);
        Assertions.assertThat(arbitration).hasSize(1);
        Task arb = arbitration.get(0);
        Assertions.assertThat(engine.getRuntimeService().getVariableLocal(arb.getExecutionId(), BlockCycleVariables.TARGET)).isEqualTo(units.get(5));
        List<Map<String, Object>> arbItems = local(arb, BlockCycleVariables.SCORE_ITEMS);
        arbItems.forEach(m -> m.put("score", m.get("selfScore")));
        complete(arb, leaderOfficer, Map.of(BlockCycleVariables.SCORE_ITEMS, JsonVars.json(arbItems)));

        // ranking and vote
        assertThat(pi).isWaitingAt(BlockCycleSteps.OPEN_VOTE);
        String rankingText = (String) engine.getRuntimeService().getVariable(pi.getId(), BlockCycleVariables.RANKING_TEXT);
        Assertions.assertThat(rankingText).startsWith("1. Đơn vị thử 1");
        complete(tasks(pi, BlockCycleSteps.OPEN_VOTE).get(0), leaderOfficer, Map.of(BlockCycleVariables.VOTE_OPENED, true));
        List<Task> votes = tasks(pi, BlockCycleSteps.VOTE);
        Assertions.assertThat(votes).hasSize(8);
        for (int i = 0; i < 8; i++) {
            Task t = taskFor(pi, BlockCycleSteps.VOTE, "block-member." + units.get(i));
            List<Map<String, Object>> paper = local(t, "secretBallot");
            Assertions.assertThat(paper).hasSize(3);
            final int idx = i;
            paper.forEach(c -> c.put("choice", c.get("candidateCode").equals(units.get(0)) ? (idx < 6 ? "DONG_Y" : "KHONG_DONG_Y")
                    : "DE_TRONG"));
            complete(t, "tt." + units.get(i), Map.of("secretBallot", JsonVars.json(paper)));
            // while the box is open the minutes show who has voted, never a count of choices
            if (i == 0 || i == 7) {
                String open = pdfText(rest.withBasicAuth(leaderOfficer, "demo").getForEntity(
                        "/api/block-cycles/" + key + "/minutes.pdf", byte[].class).getBody());
                Assertions.assertThat(open).contains("đang diễn ra: " + (i + 1) + "/8").doesNotContain("đồng ý,");
            }
        }

        // every member voted, yet the box stays open until the leader closes it, seeing who has voted
        assertThat(pi).isWaitingAt(BlockCycleSteps.CLOSE_VOTE);
        Task close = tasks(pi, BlockCycleSteps.CLOSE_VOTE).get(0);
        Assertions.assertThat((String) engine.getTaskService().getVariable(close.getId(), "ballotTurnout"))
                .startsWith("Đã bỏ phiếu 8/8: ").contains("Đơn vị thử 1").endsWith("Chưa bỏ phiếu 0.");
        Assertions.assertThatThrownBy(() -> complete(close, leaderOfficer, Map.of(BlockCycleVariables.VOTE_CLOSED, false)))
                .isInstanceOf(FormFieldValidationException.class);
        complete(close, leaderOfficer, Map.of(BlockCycleVariables.VOTE_CLOSED, true));

        // minutes, proposals within the quota, next year's leader
        assertThat(pi).isWaitingAt(BlockCycleSteps.CONFIRM_MINUTES);
        Assertions.assertThat((String) engine.getRuntimeService().getVariable(pi.getId(), BlockCycleVariables.MINUTES_TEXT))
                .contains("6 đồng ý, 2 không đồng ý", "Cờ thi đua");
        complete(tasks(pi, BlockCycleSteps.CONFIRM_MINUTES).get(0), leaderOfficer, Map.of(BlockCycleVariables.MINUTES_CONFIRMED, true));
        assertThat(pi).isWaitingAt(BlockCycleSteps.SUPERVISOR_OPINION).hasNotPassed("Task_StartProposals");
        fixture.supervisorAgrees(pi);
        assertThat(pi).isEnded();

        List<Map<String, Object>> proposals = jdbc.sql("""
                SELECT u.code AS unit, p.award_type_code AS award, p.proposal_key AS proposal FROM block_cycle_proposal p
                JOIN org_unit u ON u.id = p.unit_id WHERE p.business_key = ? ORDER BY p.rank_in_block""").param(key)
                .query().listOfRows();
        Assertions.assertThat(proposals).filteredOn(r -> "CO_TINH".equals(r.get("award"))).singleElement()
                .satisfies(r -> Assertions.assertThat(r.get("unit")).isEqualTo(units.get(0)));
        Assertions.assertThat(proposals).allSatisfy(r -> Assertions.assertThat((String) r.get("proposal")).startsWith("DNKT-"));
        String flagProposal = (String) proposals.get(0).get("proposal");
        Assertions.assertThat(dossiers.current(flagProposal)).anySatisfy(d ->
                Assertions.assertThat(d.documentType()).isEqualTo("BBKHOI"));
        Assertions.assertThat(engine.getRuntimeService().getVariable(engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(flagProposal).singleResult().getId(), "blockCycleKey")).isEqualTo(key);

        ResponseEntity<byte[]> minutesPdf = rest.withBasicAuth(leaderOfficer, "demo").getForEntity(
                "/api/block-cycles/" + key + "/minutes.pdf", byte[].class);
        Assertions.assertThat(minutesPdf.getStatusCode()).as(new String(minutesPdf.getBody(), StandardCharsets.UTF_8))
                .isEqualTo(HttpStatus.OK);
        byte[] pdf = minutesPdf.getBody();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC);
            Assertions.assertThat(text).contains("BIÊN BẢN HỌP KHỐI THI ĐUA", "Đơn vị thử 1", "Cờ thi đua của Ủy ban nhân dân tỉnh");
        }
        Assertions.assertThat(jdbc.sql("""
                SELECT u.code FROM block_officer o JOIN org_unit u ON u.id = o.leader_unit_id
                JOIN emulation_block b ON b.id = o.block_id WHERE b.code = ? AND o.emulation_year = ?""")
                .params(block, year + 1).query(String.class).single()).isEqualTo(units.get(1));

        ResponseEntity<String> dashboard = rest.withBasicAuth("cb." + units.get(3), "demo")
                .getForEntity("/api/block-cycles/" + key + "/dashboard", String.class);
        Assertions.assertThat(dashboard.getBody()).contains("\"stage\":\"CLOSED\"", "\"registeredTitle\":\"CO_TINH\"");
        // what people read: the block's and units' names, scores with a decimal comma, the minutes to open
        com.fasterxml.jackson.databind.JsonNode board;
        try {
            board = new com.fasterxml.jackson.databind.ObjectMapper().readTree(dashboard.getBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Assertions.assertThat(board.path("blockName").asText()).startsWith("Khối thử nghiệm ");
        Assertions.assertThat(board.path("members")).allSatisfy(m -> Assertions.assertThat(
                m.path("crossCheckedByName").asText()).startsWith("Đơn vị thử "));
        com.fasterxml.jackson.databind.JsonNode top = board.path("ranking").get(0);
        Assertions.assertThat(top.path("unitName").asText()).startsWith("Đơn vị thử 1 (");
        Assertions.assertThat(top.path("finalScoreText").asText())
                .isEqualTo(vn.tdkt.format.VietnameseNumbers.decimal(top.path("finalScore").decimalValue()))
                .doesNotContain(".");
        Assertions.assertThat(board.path("ranking")).allSatisfy(r -> Assertions.assertThat(r.path("finalScoreText")
                .asText()).matches("\\d+(,\\d+)?"));
        Assertions.assertThat(board.path("proposals").get(0).path("finalScoreText").asText()).matches("\\d+(,\\d+)?");
        String minutesUrl = board.path("minutesUrl").asText();
        Assertions.assertThat(minutesUrl).isEqualTo("/tai-lieu/khoi-thi-dua/" + key + "/bien-ban.pdf");
        ResponseEntity<byte[]> linkedMinutes = rest.withBasicAuth("cb." + units.get(3), "demo")
                .getForEntity(minutesUrl, byte[].class);
        Assertions.assertThat(linkedMinutes.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(new String(linkedMinutes.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Assertions.assertThat(rest.withBasicAuth(fixture.outsiderOfficer(), "demo").getForEntity(minutesUrl, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(rest.withBasicAuth(fixture.outsiderOfficer(), "demo").getForEntity("/api/block-cycles/" + key + "/dashboard",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(rest.withBasicAuth(fixture.auditor(), "demo").getForEntity("/api/block-cycles/" + key + "/dashboard.svg",
                String.class).getBody()).contains("<svg", "Đơn vị thử 1");
    }

    @Test
    void withoutArbitrationAndWithoutAMajorityTheBlockProposesOnlyCertificates() {
        ProcessInstance pi = fixture.startCycle();
        fixture.signAll(pi);
        fixture.midYear(pi);
        fixture.selfScoreAll(pi);
        fixture.crossCheckAsScored(pi);
        assertThat(pi).hasNotPassed(BlockCycleSteps.ARBITRATE).isWaitingAt(BlockCycleSteps.OPEN_VOTE);
        complete(tasks(pi, BlockCycleSteps.OPEN_VOTE).get(0), "cb." + units.get(0), Map.of(BlockCycleVariables.VOTE_OPENED, true));
        for (int i = 0; i < units.size(); i++) {
            Task t = taskFor(pi, BlockCycleSteps.VOTE, "block-member." + units.get(i));
            List<Map<String, Object>> paper = local(t, "secretBallot");
            final int idx = i;
            paper.forEach(c -> c.put("choice", idx < 3 ? "DONG_Y" : "KHONG_DONG_Y"));   // 3 of the 7 cast: not a majority
            if (i < units.size() - 1) {
                complete(t, "tt." + units.get(i), Map.of("secretBallot", JsonVars.json(paper)));
            }
        }
        // the leader closes the vote before the last member votes: that member's ballot is gone, a late one refused
        Task late = taskFor(pi, BlockCycleSteps.VOTE, "block-member." + units.get(units.size() - 1));
        complete(tasks(pi, BlockCycleSteps.CLOSE_VOTE).get(0), "cb." + units.get(0), Map.of(BlockCycleVariables.VOTE_CLOSED, true));
        Assertions.assertThat(tasks(pi, BlockCycleSteps.VOTE)).isEmpty();
        Assertions.assertThatThrownBy(() -> complete(late, "tt." + units.get(units.size() - 1), Map.of()))
                .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Hòm phiếu đã đóng");
        complete(tasks(pi, BlockCycleSteps.CONFIRM_MINUTES).get(0), "cb." + units.get(0), Map.of(BlockCycleVariables.MINUTES_CONFIRMED, true));
        fixture.supervisorAgrees(pi);
        assertThat(pi).isEnded();
        List<String> awards = jdbc.sql("SELECT award_type_code FROM block_cycle_proposal WHERE business_key = ?")
                .param("KTD-" + block + "-" + year).query(String.class).list();
        Assertions.assertThat(awards).isNotEmpty().doesNotContain("CO_TINH").containsOnly("BK_TINH");
    }
}

package vn.tdkt.ballot;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;
import vn.tdkt.workflow.JsonVars;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ballot box through a voting task of the engine: choices submitted in a task reach the totals and nothing
 * else — not the runtime or history tables of Camunda (history level FULL), not the form-field history — and a
 * member votes once.
 */
@IntegrationTest
class SecretBallotTest {

    /** A valid model (the engine refuses others at deployment): layout, a Vietnamese name and a form. */
    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" targetNamespace="http://tdkt.vn/test" id="d">
              <bpmn:process id="ballot-probe" name="Thử hòm phiếu" isExecutable="true" camunda:historyTimeToLive="1">
                <bpmn:startEvent id="s" />
                <bpmn:sequenceFlow id="f1" sourceRef="s" targetRef="vote" />
                <bpmn:userTask id="vote" name="Bỏ phiếu" camunda:assignee="${voter}"
                    camunda:formRef="ballot-probe" camunda:formRefBinding="deployment">
                  <bpmn:extensionElements>
                    <camunda:inputOutput><camunda:inputParameter name="secretBallot" /></camunda:inputOutput>
                    <camunda:executionListener delegateExpression="${secretBallotCaster}" event="end" />
                  </bpmn:extensionElements>
                  <bpmn:multiInstanceLoopCharacteristics camunda:collection="${voters}" camunda:elementVariable="voter" />
                </bpmn:userTask>
                <bpmn:sequenceFlow id="f2" sourceRef="vote" targetRef="e" />
                <bpmn:endEvent id="e" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="diagram">
                <bpmndi:BPMNPlane id="plane" bpmnElement="ballot-probe">
                  <bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="vote_di" bpmnElement="vote"><dc:Bounds x="190" y="78" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="e_di" bpmnElement="e"><dc:Bounds x="350" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="190" y="118" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="290" y="118" /><di:waypoint x="350" y="118" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>""";

    private static final String FORM = """
            {"id": "ballot-probe", "type": "default", "schemaVersion": 16,
             "components": [{"id": "Text_1", "type": "text", "text": "Phiếu bầu thử"}]}""";

    @Autowired ProcessEngine engine;
    @Autowired BallotBox box;
    @Autowired JdbcClient jdbc;

    String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = engine.getRepositoryService().createDeployment().name("ballot-probe")
                .addString("ballot-probe.bpmn", MODEL).addString("ballot-probe.form", FORM).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }

    private static Object ballot(String a, String b) {
        return JsonVars.json(List.of(Map.of("candidateCode", "A", "choice", a), Map.of("candidateCode", "B", "choice", b)));
    }

    private void vote(ProcessInstance pi, String voter, Object ballot) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskAssignee(voter).singleResult();
        TestUsers.as(engine.getIdentityService(), voter, () -> engine.getFormService().submitTaskForm(task.getId(),
                Variables.createVariables().putValue("secretBallot", ballot)));
    }

    @Test
    void ballotsReachOnlyTheTotals() {
        List<String> voters = List.of("chutich", "lanhdao.snv", "thamdinh");
        String session = box.open("TEST", "probe", "Bỏ phiếu thử", List.of(new BallotBox.Candidate("A", "Ứng viên A"),
                new BallotBox.Candidate("B", "Ứng viên B")), Set.copyOf(voters));
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("ballot-probe",
                Variables.createVariables().putValue("voters", voters).putValue("ballotSessionId", session));

        Assertions.assertThatThrownBy(() -> vote(pi, "chutich", JsonVars.json(List.of(Map.of("candidateCode", "A",
                "choice", "DONG_Y"))))).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("từng người");
        vote(pi, "chutich", ballot("DONG_Y", "KHONG_DONG_Y"));
        vote(pi, "lanhdao.snv", ballot("DONG_Y", "DE_TRONG"));
        vote(pi, "thamdinh", ballot("KHONG_DONG_Y", "DONG_Y"));

        // nothing is counted while the box is open: there are only sealed papers, as many as voters who voted
        Assertions.assertThatThrownBy(() -> box.tally(session)).isInstanceOf(IllegalStateException.class);
        Assertions.assertThat(box.turnout(session).voted()).containsExactlyInAnyOrderElementsOf(voters);
        Assertions.assertThat(jdbc.sql("SELECT agree_count + disagree_count + blank_count FROM ballot_candidate"
                + " WHERE session_id = ?").param(session).query(Integer.class).list()).containsOnly(0);
        List<String> papers = jdbc.sql("SELECT sealed FROM ballot_paper WHERE session_id = ?").param(session)
                .query(String.class).list();
        Assertions.assertThat(papers).hasSize(3).allSatisfy(p -> Assertions.assertThat(p).doesNotContain("DONG_Y"));
        Assertions.assertThat(papers.stream().map(String::length).distinct()).as("papers of equal length").hasSize(1);
        Assertions.assertThatThrownBy(() -> box.cast(session, "chutich", Map.of("A", Choice.DONG_Y, "B", Choice.DONG_Y), false))
                .hasMessageContaining("một lần");
        Assertions.assertThatThrownBy(() -> box.cast(session, "canbo.stp", Map.of("A", Choice.DONG_Y, "B", Choice.DONG_Y), false))
                .hasMessageContaining("không có trong danh sách");
        Assertions.assertThatThrownBy(() -> box.cast(session, "thamdinh", Map.of("A", Choice.DONG_Y, "B", Choice.DONG_Y), true))
                .as("a voter in person is never entered as a written ballot").hasMessageContaining("đã bỏ phiếu");

        box.close(session);
        box.close(session);
        Tally tally = box.tally(session);
        Assertions.assertThat(tally.votesCast()).isEqualTo(3);
        Assertions.assertThat(tally.candidates()).extracting(Tally.CandidateTotal::agree, Tally.CandidateTotal::disagree,
                Tally.CandidateTotal::blank).containsExactly(Assertions.tuple(2, 1, 0), Assertions.tuple(1, 1, 1));
        Assertions.assertThatThrownBy(() -> box.cast(session, "chutich", Map.of("A", Choice.DONG_Y, "B", Choice.DONG_Y), false))
                .hasMessageContaining("Hòm phiếu đã đóng");

        // nothing of the engine holds a ballot variable or a choice
        Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableNameLike("secretBallot%").count()).isZero();
        Assertions.assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).list())
                .noneMatch(d -> d.toString().contains("secretBallot"));
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_DETAIL WHERE PROC_INST_ID_ = ? AND NAME_ LIKE 'secretBallot%'")
                .param(pi.getId()).query(Integer.class).single()).isZero();
        Assertions.assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_RU_VARIABLE WHERE PROC_INST_ID_ = ? AND NAME_ LIKE 'secretBallot%'")
                .param(pi.getId()).query(Integer.class).single()).isZero();
        // every value the engine keeps for this instance, inline or in byte arrays
        List<String> kept = new java.util.ArrayList<>();
        for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
            kept.addAll(jdbc.sql("SELECT COALESCE(TEXT_, '') || ' ' || COALESCE(TEXT2_, '') FROM " + table
                    + " WHERE PROC_INST_ID_ = ?").param(pi.getId()).query(String.class).list());
            jdbc.sql("SELECT b.BYTES_ FROM ACT_GE_BYTEARRAY b JOIN " + table + " v ON v.BYTEARRAY_ID_ = b.ID_"
                            + " WHERE v.PROC_INST_ID_ = ?").param(pi.getId()).query(byte[].class).list()
                    .forEach(bytes -> kept.add(new String(bytes, StandardCharsets.UTF_8)));
        }
        Assertions.assertThat(kept).isNotEmpty().noneMatch(v -> v.contains("DONG_Y") || v.contains("DE_TRONG"));
    }
}

package vn.tdkt.performance;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;

import java.util.List;

/**
 * The shape of one commendation proposal without the application: 8 service tasks, 2 decision tables, 6 user tasks,
 * 9 exclusive gateways and 2 boundary timers, in the order the real process meets them. The yardstick of
 * {@link LifecycleRatioBenchmark}: what a plain Camunda engine pays for the same path.
 */
final class ProposalShape {

    static final List<String> USER_TASKS = List.of("submit", "headSign", "intake", "appraise", "approveAppraisal",
            "chairman");

    /** Any deployed form: the application refuses a user task without one (the plain engine never reads it). */
    private static final String FORM = "proposal-dossier";

    private ProposalShape() { }

    /** Each service task does what a thin delegate does at least: reads a variable and writes one. */
    public static class Step implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            Object kind = execution.getVariable("commendationKind");
            execution.setVariable("lastStep" + execution.getCurrentActivityId(), String.valueOf(kind));
        }
    }

    static BpmnModelInstance process(String key) {
        AbstractFlowNodeBuilder<?, ?> b = Bpmn.createExecutableProcess(key).camundaHistoryTimeToLive(3650)
                .startEvent("start")
                .serviceTask("s1").camundaClass(Step.class.getName())
                .userTask("submit").name("Hoàn thiện hồ sơ").camundaCandidateGroups("unit-officer.stp").camundaFormRef(FORM).camundaFormRefBinding("latest")
                .exclusiveGateway("g1").condition("tiếp", "${ok}")
                .userTask("headSign").name("Ký tờ trình").camundaCandidateGroups("unit-head.stp").camundaFormRef(FORM).camundaFormRefBinding("latest")
                .boundaryEvent("t1").timerWithDuration("P30D").endEvent("late1")
                .moveToActivity("headSign")
                .exclusiveGateway("g2").condition("tiếp", "${ok}")
                .serviceTask("s2").camundaClass(Step.class.getName())
                .businessRuleTask("r1").camundaDecisionRef(key + "-documents").camundaResultVariable("requiredCount")
                .camundaMapDecisionResult("singleEntry")
                .userTask("intake").name("Tiếp nhận").camundaCandidateGroups("sa-receiver").camundaFormRef(FORM).camundaFormRefBinding("latest")
                .exclusiveGateway("g3").condition("tiếp", "${ok}")
                .serviceTask("s3").camundaClass(Step.class.getName())
                .userTask("appraise").name("Thẩm định").camundaCandidateGroups("sa-specialist").camundaFormRef(FORM).camundaFormRefBinding("latest")
                .boundaryEvent("t2").timerWithDuration("P30D").endEvent("late2")
                .moveToActivity("appraise")
                .businessRuleTask("r2").camundaDecisionRef(key + "-eligibility").camundaResultVariable("eligible")
                .camundaMapDecisionResult("singleEntry")
                .exclusiveGateway("g4").condition("tiếp", "${ok}")
                .userTask("approveAppraisal").name("Duyệt kết quả thẩm định").camundaCandidateGroups("sa-head").camundaFormRef(FORM).camundaFormRefBinding("latest")
                .exclusiveGateway("g5").condition("tiếp", "${ok}")
                .serviceTask("s4").camundaClass(Step.class.getName())
                .userTask("chairman").name("Quyết định khen thưởng").camundaCandidateGroups("chairman").camundaFormRef(FORM).camundaFormRefBinding("latest")
                .exclusiveGateway("g6").condition("tiếp", "${ok}")
                .serviceTask("s5").camundaClass(Step.class.getName())
                .exclusiveGateway("g7").condition("tiếp", "${ok}")
                .serviceTask("s6").camundaClass(Step.class.getName())
                .exclusiveGateway("g8").condition("tiếp", "${ok}")
                .serviceTask("s7").camundaClass(Step.class.getName())
                .exclusiveGateway("g9").condition("tiếp", "${ok}")
                .serviceTask("s8").camundaClass(Step.class.getName())
                .endEvent("done");
        for (int g = 1; g <= 9; g++) {
            b = b.moveToNode("g" + g).condition("dừng", "${!ok}").endEvent("stopped" + g);
        }
        return b.done();
    }

    /** The documents table (first hit on the kind) and the eligibility table (unique hit on two inputs). */
    static String decisions(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
                    xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" id="%1$s-decisions" name="shape" namespace="bench">
                  <decision id="%1$s-documents" name="documents" camunda:historyTimeToLive="3650">
                    <decisionTable id="documentsTable" hitPolicy="FIRST">
                      <input id="kind"><inputExpression typeRef="string"><text>commendationKind</text></inputExpression></input>
                      <output id="count" name="count" typeRef="integer"/>
                      <rule id="d1"><inputEntry><text>"CONG_TRANG"</text></inputEntry><outputEntry><text>3</text></outputEntry></rule>
                      <rule id="d2"><inputEntry><text>"DOT_XUAT"</text></inputEntry><outputEntry><text>2</text></outputEntry></rule>
                      <rule id="d3"><inputEntry><text>-</text></inputEntry><outputEntry><text>4</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                  <decision id="%1$s-eligibility" name="eligibility" camunda:historyTimeToLive="3650">
                    <decisionTable id="eligibilityTable" hitPolicy="UNIQUE">
                      <input id="type"><inputExpression typeRef="string"><text>awardType</text></inputExpression></input>
                      <input id="years"><inputExpression typeRef="integer"><text>streak</text></inputExpression></input>
                      <output id="ok" name="ok" typeRef="boolean"/>
                      <rule id="e1"><inputEntry><text>"BK_TINH"</text></inputEntry><inputEntry><text>&gt;= 2</text></inputEntry><outputEntry><text>true</text></outputEntry></rule>
                      <rule id="e2"><inputEntry><text>"BK_TINH"</text></inputEntry><inputEntry><text>&lt; 2</text></inputEntry><outputEntry><text>false</text></outputEntry></rule>
                      <rule id="e3"><inputEntry><text>not("BK_TINH")</text></inputEntry><inputEntry><text>-</text></inputEntry><outputEntry><text>false</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                  <dmndi:DMNDI><dmndi:DMNDiagram id="shapeDiagram">
                    <dmndi:DMNShape id="documentsShape" dmnElementRef="%1$s-documents">
                      <dc:Bounds height="80" width="180" x="160" y="100"/></dmndi:DMNShape>
                    <dmndi:DMNShape id="eligibilityShape" dmnElementRef="%1$s-eligibility">
                      <dc:Bounds height="80" width="180" x="400" y="100"/></dmndi:DMNShape>
                  </dmndi:DMNDiagram></dmndi:DMNDI>
                </definitions>
                """.formatted(key);
    }
}

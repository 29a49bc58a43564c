package vn.tdkt.model;

/**
 * Small models as Camunda Modeler saves them (with their layout), for deployment tests: a process of one user
 * task and a one-rule decision table, each with hooks to break exactly one rule.
 */
final class ProbeModels {

    static final String TTL = "camunda:historyTimeToLive=\"1\"";

    private ProbeModels() { }

    /** A valid user task's attributes for the given form: a Vietnamese name, a group, the form in the deployment. */
    static String validTask(String formId) {
        return "name=\"Xét duyệt hồ sơ thử\" camunda:candidateGroups=\"sa-specialist\" camunda:formRef=\"" + formId
                + "\" camunda:formRefBinding=\"deployment\"";
    }

    /**
     * Start → user task {@code Task_Review} (with the given attributes) → end.
     *
     * @param processAttributes extra attributes of the process, normally {@link #TTL}
     */
    static String bpmn(String processId, String processAttributes, String taskAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    id="Definitions_%1$s" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0">
                  <bpmn:process id="%1$s" name="Quy trình thử triển khai" isExecutable="true" %2$s>
                    <bpmn:startEvent id="StartEvent_1" />
                    <bpmn:sequenceFlow id="Flow_1" sourceRef="StartEvent_1" targetRef="Task_Review" />
                    <bpmn:userTask id="Task_Review" %3$s />
                    <bpmn:sequenceFlow id="Flow_2" sourceRef="Task_Review" targetRef="EndEvent_1" />
                    <bpmn:endEvent id="EndEvent_1" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="BPMNDiagram_1">
                    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="%1$s">
                      <bpmndi:BPMNShape id="StartEvent_1_di" bpmnElement="StartEvent_1"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNShape id="EndEvent_1_di" bpmnElement="EndEvent_1"><dc:Bounds x="392" y="102" width="36" height="36" /></bpmndi:BPMNShape>
                      <bpmndi:BPMNEdge id="Flow_1_di" bpmnElement="Flow_1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
                      <bpmndi:BPMNEdge id="Flow_2_di" bpmnElement="Flow_2"><di:waypoint x="340" y="120" /><di:waypoint x="392" y="120" /></bpmndi:BPMNEdge>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(processId, processAttributes, taskAttributes);
    }

    static String form(String formId) {
        return """
                {"executionPlatform": "Camunda Platform", "executionPlatformVersion": "7.24.0", "schemaVersion": 16,
                 "type": "default", "id": "%s",
                 "components": [{"id": "Field_1", "type": "textfield", "key": "comment", "label": "Ý kiến"}]}
                """.formatted(formId);
    }

    /** A one-rule decision table; {@code decisionAttributes} normally {@link #TTL}. */
    static String dmn(String decisionId, String decisionAttributes) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
                    xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Definitions_%1$s" name="Bảng thử" namespace="http://camunda.org/schema/1.0/dmn">
                  <decision id="%1$s" name="Quyết định thử" %2$s>
                    <decisionTable id="Table_1">
                      <input id="Input_1" label="Điểm"><inputExpression id="InputExpression_1" typeRef="integer"><text>score</text></inputExpression></input>
                      <output id="Output_1" label="Đạt" name="passed" typeRef="boolean" />
                      <rule id="Rule_1">
                        <inputEntry id="In_1"><text>&gt;= 50</text></inputEntry>
                        <outputEntry id="Out_1"><text>true</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                  <dmndi:DMNDI>
                    <dmndi:DMNDiagram id="DMNDiagram_1">
                      <dmndi:DMNShape id="DMNShape_1" dmnElementRef="%1$s"><dc:Bounds height="80" width="180" x="160" y="100" /></dmndi:DMNShape>
                    </dmndi:DMNDiagram>
                  </dmndi:DMNDI>
                </definitions>
                """.formatted(decisionId, decisionAttributes);
    }
}

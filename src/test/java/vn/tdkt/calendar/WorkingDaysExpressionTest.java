package vn.tdkt.calendar;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.IntegrationTest;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@code workingDays} bean in real BPMN expressions: a user task's camunda:dueDate and a reminder timer's
 * timeDate, from a String variable, a Date variable and the engine clock. The probe deployment is removed after
 * each test.
 */
@IntegrationTest
class WorkingDaysExpressionTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Valid models (the engine refuses others at deployment): layout, candidate groups and a form. */
    static final String PROBE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="calendar-probe-defs"
                targetNamespace="http://tdkt.vn/test">
              <bpmn:collaboration id="calendar-probe-collaboration">
                <bpmn:participant id="Participant_Probe" processRef="calendar-probe" />
                <bpmn:participant id="Participant_Now" processRef="calendar-probe-now" />
              </bpmn:collaboration>
              <bpmn:process id="calendar-probe" name="Thử hạn theo ngày làm việc" isExecutable="true"
                  camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="Start" />
                <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task_Review" />
                <bpmn:userTask id="Task_Review" name="Thẩm định hồ sơ" camunda:candidateGroups="sa-specialist"
                    camunda:formRef="calendar-probe" camunda:formRefBinding="deployment"
                    camunda:dueDate="${workingDays.dueDate(receivedAt, 10)}" />
                <bpmn:boundaryEvent id="Timer_Reminder" attachedToRef="Task_Review" cancelActivity="false">
                  <bpmn:timerEventDefinition>
                    <bpmn:timeDate>${workingDays.reminderDate(workingDays.dueDate(receivedAt, 10), 2)}</bpmn:timeDate>
                  </bpmn:timerEventDefinition>
                </bpmn:boundaryEvent>
                <bpmn:sequenceFlow id="f2" sourceRef="Task_Review" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
              <bpmn:process id="calendar-probe-now" name="Thử hạn tính từ đồng hồ của engine" isExecutable="true"
                  camunda:historyTimeToLive="P1D">
                <bpmn:startEvent id="StartNow" />
                <bpmn:sequenceFlow id="g1" sourceRef="StartNow" targetRef="Task_Now" />
                <bpmn:userTask id="Task_Now" name="Xử lý trong 1 ngày làm việc" camunda:candidateGroups="sa-specialist"
                    camunda:formRef="calendar-probe" camunda:formRefBinding="deployment"
                    camunda:dueDate="${workingDays.dueDateFromNow(1)}" />
                <bpmn:sequenceFlow id="g2" sourceRef="Task_Now" targetRef="EndNow" />
                <bpmn:endEvent id="EndNow" />
              </bpmn:process>
              <bpmndi:BPMNDiagram id="diagram">
                <bpmndi:BPMNPlane id="plane" bpmnElement="calendar-probe-collaboration">
                  <bpmndi:BPMNShape id="Participant_Probe_di" bpmnElement="Participant_Probe" isHorizontal="true">
                    <dc:Bounds x="50" y="50" width="500" height="200" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_Review_di" bpmnElement="Task_Review"><dc:Bounds x="190" y="78" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Timer_Reminder_di" bpmnElement="Timer_Reminder"><dc:Bounds x="232" y="140" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="350" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="f1_di" bpmnElement="f1"><di:waypoint x="136" y="118" /><di:waypoint x="190" y="118" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="f2_di" bpmnElement="f2"><di:waypoint x="290" y="118" /><di:waypoint x="350" y="118" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNShape id="Participant_Now_di" bpmnElement="Participant_Now" isHorizontal="true">
                    <dc:Bounds x="50" y="300" width="500" height="200" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="StartNow_di" bpmnElement="StartNow"><dc:Bounds x="100" y="350" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="Task_Now_di" bpmnElement="Task_Now"><dc:Bounds x="190" y="328" width="100" height="80" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNShape id="EndNow_di" bpmnElement="EndNow"><dc:Bounds x="350" y="350" width="36" height="36" /></bpmndi:BPMNShape>
                  <bpmndi:BPMNEdge id="g1_di" bpmnElement="g1"><di:waypoint x="136" y="368" /><di:waypoint x="190" y="368" /></bpmndi:BPMNEdge>
                  <bpmndi:BPMNEdge id="g2_di" bpmnElement="g2"><di:waypoint x="290" y="368" /><di:waypoint x="350" y="368" /></bpmndi:BPMNEdge>
                </bpmndi:BPMNPlane>
              </bpmndi:BPMNDiagram>
            </bpmn:definitions>
            """;

    static final String FORM = """
            {"id": "calendar-probe", "type": "default", "schemaVersion": 16,
             "components": [{"id": "Text_1", "type": "text", "text": "Hạn xử lý tính theo ngày làm việc"}]}""";

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired WorkingDaysExpressions workingDays;

    String deploymentId;

    @BeforeEach
    void deploy() {
        deploymentId = repositoryService.createDeployment().name("calendar-probe")
                .addString("calendar-probe.bpmn", PROBE).addString("calendar-probe.form", FORM).deploy().getId();
    }

    @AfterEach
    void undeploy() {
        ClockUtil.reset();
        repositoryService.deleteDeployment(deploymentId, true, true);
    }

    @Test
    void dueDateAndReminderFromAStringVariable() {
        ProcessInstance pi = start(Map.of("receivedAt", "2026-02-10"));
        // 10 working days after Tuesday 10/02/2026 across Tết (14–22/02): Tuesday 03/03/2026 at 17:00
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(at(2026, 3, 3, 17, 0).toInstant());
        Job reminder = managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        assertThat(reminder.getDuedate().toInstant()).isEqualTo(at(2026, 2, 27, 17, 0).toInstant());
    }

    @Test
    void dueDateFromADateVariableInTheEvening() {
        // Friday 13/02/2026 at 20:00: the next working day is Monday 23/02, the tenth is Friday 06/03
        ProcessInstance pi = start(Map.of("receivedAt", at(2026, 2, 13, 20, 0)));
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(at(2026, 3, 6, 17, 0).toInstant());
    }

    @Test
    void dueDateFromNowFollowsTheEngineClock() {
        ClockUtil.setCurrentTime(at(2026, 2, 13, 10, 0));
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("calendar-probe-now");
        assertThat(task(pi).getDueDate().toInstant()).isEqualTo(at(2026, 2, 23, 17, 0).toInstant());
        assertThat(workingDays.dueDateFromNow(0)).isEqualTo(at(2026, 2, 13, 17, 0));
    }

    @Test
    void beanMethodsForOtherExpressions() {
        assertThat(workingDays.isWorkingDay("2026-01-10")).as("make-up Saturday").isTrue();
        assertThat(workingDays.isWorkingDay(at(2026, 2, 17, 9, 0))).as("mùng 1 Tết").isFalse();
        assertThat(workingDays.workingDaysBetween("2026-02-13", "2026-02-23")).isEqualTo(1);
        assertThat(workingDays.reminderDate("2026-02-23", 2)).as("a date alone is due at 17:00")
                .isEqualTo(at(2026, 2, 12, 17, 0));
        assertThat(workingDays.dueDate("2026-02-13T20:00:00+07:00", 1)).isEqualTo(at(2026, 2, 23, 17, 0));
    }

    @Test
    void aBadArgumentFailsTheExpressionWithAVietnameseMessage() {
        assertThatThrownBy(() -> start(Map.of("receivedAt", "13/02/2026")))
                .isInstanceOf(ProcessEngineException.class)
                .satisfies(e -> assertThat(messages(e)).contains("Không đọc được mốc bắt đầu tính hạn '13/02/2026'"));
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("calendar-probe").count()).isZero();
    }

    private ProcessInstance start(Map<String, Object> variables) {
        return runtimeService.startProcessInstanceByKey("calendar-probe", new HashMap<>(variables));
    }

    private Task task(ProcessInstance pi) {
        return taskService.createTaskQuery().processInstanceId(pi.getId()).singleResult();
    }

    private static Date at(int year, int month, int day, int hour, int minute) {
        return Date.from(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, ZONE).toInstant());
    }

    private static String messages(Throwable e) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}

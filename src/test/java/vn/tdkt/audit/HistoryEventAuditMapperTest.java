package vn.tdkt.audit;

import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an engine record keeps beyond its columns: nothing it says elsewhere (the kind says the event type, the
 * instance's own records name its definition, an execution that is the instance itself is not named again), and
 * everything else.
 */
class HistoryEventAuditMapperTest {

    static final Instant NOW = Instant.parse("2026-12-05T02:00:00Z");

    @Test
    void aStepOnTheInstanceItselfKeepsOnlyTheStep() {
        AuditRecord r = HistoryEventAuditMapper.map(activity("pi-1"), "canbo.stp", "DNKT-2026-00001", NOW).orElseThrow();
        assertThat(r.kind()).isEqualTo(AuditKind.ACTIVITY_STARTED);
        assertThat(r.processInstanceId()).isEqualTo("pi-1");
        assertThat(r.businessKey()).isEqualTo("DNKT-2026-00001");
        // the activity's id is the instance id's beginning: said once
        assertThat(r.details()).containsOnlyKeys("activityType", "activityInstanceId")
                .containsEntry("activityInstanceId", "Task_Appraise:ai-7");
        assertThat(ProposalTimelines.activityIdOf("Task_Appraise:ai-7")).isEqualTo("Task_Appraise");
        assertThat(ProposalTimelines.activityIdOf("Task_Vote#multiInstanceBody:ai-9"))
                .isEqualTo("Task_Vote#multiInstanceBody");
    }

    @Test
    void anActivityWhoseInstanceIdDoesNotNameItKeepsItsId() {
        HistoricActivityInstanceEventEntity a = activity("pi-1");
        a.setActivityInstanceId("pi-1");
        AuditRecord r = HistoryEventAuditMapper.map(a, "canbo.stp", null, NOW).orElseThrow();
        assertThat(r.details()).containsEntry("activityId", "Task_Appraise");
        assertThat(ProposalTimelines.activityIdOf("pi-1")).isNull();
    }

    @Test
    void aStepOnABranchNamesItsExecution() {
        AuditRecord r = HistoryEventAuditMapper.map(activity("exec-2"), "canbo.stp", null, NOW).orElseThrow();
        assertThat(r.details()).containsEntry("executionId", "exec-2").doesNotContainKeys("eventType",
                "processDefinitionKey", "processDefinitionVersion");
    }

    @Test
    void theInstancesOwnRecordsNameItsDefinitionAndVersion() {
        HistoricProcessInstanceEventEntity p = new HistoricProcessInstanceEventEntity();
        p.setEventType("start");
        p.setId("pi-1");
        p.setProcessInstanceId("pi-1");
        p.setExecutionId("pi-1");
        p.setProcessDefinitionKey("commendation-proposal");
        p.setProcessDefinitionVersion(3);
        p.setProcessDefinitionName("Đề nghị khen thưởng");
        p.setStartActivityId("StartEvent_Proposal");
        p.setStartTime(Date.from(NOW));
        AuditRecord r = HistoryEventAuditMapper.map(p, "canbo.stp", null, NOW).orElseThrow();
        assertThat(r.kind()).isEqualTo(AuditKind.PROCESS_STARTED);
        assertThat(r.subject()).isEqualTo("Đề nghị khen thưởng (phiên bản 3)");
        assertThat(r.details()).containsEntry("processDefinitionKey", "commendation-proposal")
                .containsEntry("processDefinitionVersion", 3).containsEntry("startActivityId", "StartEvent_Proposal")
                .doesNotContainKeys("eventType", "executionId");
    }

    @Test
    void aVariableKeepsItsValueAndItsScopeWhenTheScopeIsNotTheInstance() {
        HistoricVariableUpdateEventEntity v = variable("update", "pi-1");
        AuditRecord onInstance = HistoryEventAuditMapper.map(v, "thamdinh", null, NOW).orElseThrow();
        assertThat(onInstance.kind()).isEqualTo(AuditKind.VARIABLE_UPDATED);
        assertThat(onInstance.subject()).isEqualTo("appraisalNote");
        assertThat(onInstance.details()).containsEntry("value", "Hồ sơ đầy đủ").containsEntry("type", "string")
                .containsKey("revision").doesNotContainKey("variableInstanceId")
                .doesNotContainKeys("eventType", "executionId", "scopeActivityInstanceId", "processDefinitionKey");

        AuditRecord inTask = HistoryEventAuditMapper.map(variable("update-detail", "Task_Appraise:ai-7"), "thamdinh",
                null, NOW).orElseThrow();
        assertThat(inTask.details()).containsEntry("scopeActivityInstanceId", "Task_Appraise:ai-7")
                .containsEntry("eventType", "update-detail");
    }

    @Test
    void aCreatedVariableSaysNeitherItsEngineIdNorItsFirstRevision() {
        AuditRecord created = HistoryEventAuditMapper.map(variable("create", "pi-1"), "thamdinh", null, NOW)
                .orElseThrow();
        assertThat(created.kind()).isEqualTo(AuditKind.VARIABLE_CREATED);
        assertThat(created.details()).containsEntry("value", "Hồ sơ đầy đủ")
                .doesNotContainKeys("variableInstanceId", "revision");
    }

    @Test
    void aCompletionDoesNotRepeatThatItCompletedButACancellationSaysWhy() {
        AuditRecord completed = HistoryEventAuditMapper.map(task("complete", "completed"), "thamdinh", null, NOW)
                .orElseThrow();
        assertThat(completed.kind()).isEqualTo(AuditKind.TASK_COMPLETED);
        assertThat(completed.details()).containsEntry("taskDefinitionKey", "Task_Appraise")
                .doesNotContainKey("deleteReason");
        AuditRecord deleted = HistoryEventAuditMapper.map(task("delete", "Hồ sơ bị rút"), "canbo.stp", null, NOW)
                .orElseThrow();
        assertThat(deleted.kind()).isEqualTo(AuditKind.TASK_DELETED);
        assertThat(deleted.details()).containsEntry("deleteReason", "Hồ sơ bị rút");
    }

    private static HistoricTaskInstanceEventEntity task(String eventType, String deleteReason) {
        HistoricTaskInstanceEventEntity t = new HistoricTaskInstanceEventEntity();
        t.setEventType(eventType);
        t.setProcessInstanceId("pi-1");
        t.setExecutionId("pi-1");
        t.setTaskId("t-1");
        t.setTaskDefinitionKey("Task_Appraise");
        t.setName("Thẩm định hồ sơ");
        t.setDeleteReason(deleteReason);
        t.setEndTime(Date.from(NOW));
        return t;
    }

    private static HistoricActivityInstanceEventEntity activity(String executionId) {
        HistoricActivityInstanceEventEntity a = new HistoricActivityInstanceEventEntity();
        a.setEventType("start");
        a.setProcessInstanceId("pi-1");
        a.setExecutionId(executionId);
        a.setProcessDefinitionKey("commendation-proposal");
        a.setProcessDefinitionVersion(3);
        a.setActivityId("Task_Appraise");
        a.setActivityName("Thẩm định hồ sơ");
        a.setActivityType("userTask");
        a.setActivityInstanceId("Task_Appraise:ai-7");
        a.setStartTime(Date.from(NOW));
        return a;
    }

    private static HistoricVariableUpdateEventEntity variable(String eventType, String scope) {
        HistoricVariableUpdateEventEntity v = new HistoricVariableUpdateEventEntity();
        v.setEventType(eventType);
        v.setProcessInstanceId("pi-1");
        v.setExecutionId("pi-1");
        v.setProcessDefinitionKey("commendation-proposal");
        v.setProcessDefinitionVersion(3);
        v.setScopeActivityInstanceId(scope);
        v.setVariableInstanceId("var-1");
        v.setVariableName("appraisalNote");
        v.setSerializerName("string");
        v.setTextValue("Hồ sơ đầy đủ");
        v.setRevision(2);
        v.setTimestamp(Date.from(NOW));
        return v;
    }
}

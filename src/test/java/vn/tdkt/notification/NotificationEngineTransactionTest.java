package vn.tdkt.notification;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tdkt.support.IntegrationTest;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A notification queued by a JavaDelegate belongs to the engine command's transaction: the engine and
 * JdbcClient share one DataSource and Spring transaction manager, so the row commits with the step and
 * disappears when the step fails and the command rolls back.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationEngineTransactionTest {

    static final String PROCESS_KEY = "notification-transaction-probe";
    static final String FAIL_VARIABLE = "failAfterNotify";

    @Autowired RepositoryService repositoryService;
    @Autowired RuntimeService runtimeService;
    @Autowired NotificationService notifications;
    @Autowired JdbcClient jdbc;

    private String deploymentId;

    /** Start → "notify" (queues a notification) → "after" (fails when asked to) → end. */
    @BeforeAll
    void deployProbe() {
        NotifyStep.notifications = notifications;
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).name("Thử giao dịch thông báo")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .serviceTask("notify").name("Gửi thông báo").camundaClass(NotifyStep.class)
                .serviceTask("after").name("Bước tiếp theo").camundaClass(AfterStep.class)
                .endEvent()
                .done();
        deploymentId = repositoryService.createDeployment().name(PROCESS_KEY)
                .addModelInstance(PROCESS_KEY + ".bpmn", model).deploy().getId();
    }

    @AfterAll
    void removeProbe() {
        repositoryService.deleteDeployment(deploymentId, true);
        NotifyStep.notifications = null;
    }

    @Test
    void notificationCommitsWithTheStep() {
        String businessKey = "ho-so-" + UUID.randomUUID();
        NotifyStep.inSpringTransaction = false;
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                Map.of(FAIL_VARIABLE, false));

        assertThat(NotifyStep.inSpringTransaction).isTrue();
        assertThat(jdbc.sql("SELECT process_instance_id FROM notification_outbox WHERE business_key = ?")
                .param(businessKey).query(String.class).list()).containsExactly(instance.getId());
        // recipients were resolved inside the running engine command
        assertThat(jdbc.sql("SELECT recipients FROM notification_outbox WHERE business_key = ?").param(businessKey)
                .query(String.class).single()).contains("stp@tayninh.gov.vn", "canbo.stp@tayninh.gov.vn",
                "thutruong.stp@tayninh.gov.vn");
    }

    @Test
    void notificationRollsBackWithAFailedStep() {
        String businessKey = "ho-so-" + UUID.randomUUID();
        assertThatThrownBy(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY, businessKey,
                Map.of(FAIL_VARIABLE, true))).hasMessageContaining("Bước tiếp theo thất bại");

        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ?").param(businessKey)
                .query(Integer.class).single()).isZero();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey).count())
                .isZero();
    }

    /** A process step that queues a notification, as a real JavaDelegate would. */
    public static class NotifyStep implements JavaDelegate {
        static volatile NotificationService notifications;
        static volatile boolean inSpringTransaction;

        @Override
        public void execute(DelegateExecution execution) {
            inSpringTransaction = TransactionSynchronizationManager.isActualTransactionActive();
            notifications.notifyUnit("stp", "Quyết định khen thưởng số 123/QĐ-UBND đã được ký",
                    "Quyết định đã được ký.", execution.getProcessBusinessKey(), execution.getProcessInstanceId());
        }
    }

    /** The step after it, failing when the process variable asks so. */
    public static class AfterStep implements JavaDelegate {
        @Override
        public void execute(DelegateExecution execution) {
            if (Boolean.TRUE.equals(execution.getVariable(FAIL_VARIABLE))) {
                throw new IllegalStateException("Bước tiếp theo thất bại");
            }
        }
    }
}

package vn.tdkt.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.audit.ChainLink;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps no per-change copy of variables (ACT_HI_DETAIL) while every change stays in the audit chain with
 * its value, and the engine's history keeps each variable's last value. Likewise a decision table's evaluation is in
 * the engine's history without its inputs and outputs (ACT_HI_DEC_IN, ACT_HI_DEC_OUT), which the chain keeps, and
 * so are exclusive gateways' activity instances, the user operation log and the log of a task's people.
 */
@IntegrationTest
class HistoryWriterTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired AuditLedger ledger;
    @Autowired Clock clock;

    @Test
    void everyVariableChangeIsInTheChainNotInTheEngineDetails() {
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        ProcessInstance pi = atIntake(f, "Lê Thị Hạnh");

        assertThat(engine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId()).count())
                .isZero();
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
                .variableName(ProposalVariables.HEAD_DECISION).singleResult().getValue()).isEqualTo("APPROVE");
        List<ChainLink> chain = ledger.recordsOf(f.businessKey(pi), pi.getId());
        assertThat(chain).anySatisfy(link -> {
            assertThat(link.kind()).isIn("VARIABLE_CREATED", "VARIABLE_UPDATED");
            assertThat(link.subject()).isEqualTo(ProposalVariables.HEAD_DECISION);
            assertThat(link.payload()).contains("APPROVE");
        });
        assertThat(chain).anySatisfy(link -> {
            assertThat(link.subject()).isEqualTo(ProposalVariables.COMMENDATION_KIND);
            assertThat(link.payload()).contains("CONG_TRANG");
        });
    }

    @Test
    void decisionInputsAndOutputsAreInTheChainNotInTheEngineHistory() {
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        ProcessInstance pi = proposalOf(f, "Trần Văn Bình");

        // the evaluation is in the engine's history: which table, when, in which step
        List<HistoricDecisionInstance> evaluations = engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .processInstanceId(pi.getId()).decisionDefinitionKey("required-documents").includeInputs()
                .includeOutputs().list();
        assertThat(evaluations).hasSize(1);
        assertThat(evaluations.get(0).getActivityId()).isNotBlank();
        // without its clauses
        assertThat(evaluations.get(0).getInputs()).isEmpty();
        assertThat(evaluations.get(0).getOutputs()).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_DEC_IN WHERE DEC_INST_ID_ = ?")
                .param(evaluations.get(0).getId()).query(Long.class).single()).isZero();
        // which the chain keeps, inputs by name and every matched rule's output
        assertThat(ledger.recordsOf(f.businessKey(pi), pi.getId())).anySatisfy(link -> {
            assertThat(link.kind()).isEqualTo("DECISION_EVALUATED");
            assertThat(link.payload()).contains("required-documents", "\"inputs\"", "BK_TINH", "CONG_TRANG",
                    "\"matchedRules\"", "documentType", "TTR");
        });
    }

    @Test
    void gatewaysUserOperationsAndTaskPeopleAreInTheChainNotInTheEngineHistory() {
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        ProcessInstance pi = atIntake(f, "Phạm Thị Thu");

        // the head's signature went through a gateway and was a completed task: the engine keeps no copy of either
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_ACTINST WHERE PROC_INST_ID_ = ? AND ACT_TYPE_ = ?")
                .params(pi.getId(), "exclusiveGateway").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_OP_LOG WHERE PROC_INST_ID_ = ?").param(pi.getId())
                .query(Long.class).single()).as("completions and the start").isZero();
        // an operation on an open task stays in the engine's log: Tasklist shows it on the task's History tab
        String intake = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        TestUsers.as(engine.getIdentityService(), "tiepnhan", () -> engine.getTaskService().claim(intake, "tiepnhan"));
        assertThat(engine.getHistoryService().createUserOperationLogQuery().taskId(intake).list())
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getOperationType()).isEqualTo("Claim");
                    assertThat(entry.getUserId()).isEqualTo("tiepnhan");
                });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM ACT_HI_IDENTITYLINK WHERE PROC_DEF_KEY_ = ? AND TASK_ID_ IN"
                        + " (SELECT ID_ FROM ACT_HI_TASKINST WHERE PROC_INST_ID_ = ?)")
                .params("commendation-proposal", pi.getId()).query(Long.class).single()).isZero();
        // the intake is offered to the receiving officers and held by one, at run time as before
        assertThat(engine.getTaskService().getIdentityLinksForTask(intake)).isNotEmpty();
        // every other activity is in the engine's history as before
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityType("userTask").finished().count()).isGreaterThanOrEqualTo(2);
        // the chain has both
        List<ChainLink> chain = ledger.recordsOf(f.businessKey(pi), pi.getId());
        assertThat(chain).filteredOn(link -> link.kind().equals("ACTIVITY_ENDED")
                && link.payload().contains("\"exclusiveGateway\"")).isNotEmpty();
        assertThat(chain).anySatisfy(link -> {
            assertThat(link.kind()).isEqualTo("IDENTITY_LINK_ADDED");
            assertThat(link.payload()).contains("\"type\":\"candidate\"", "\"groupId\"");
        });
        assertThat(chain).anySatisfy(link -> {
            assertThat(link.kind()).isEqualTo("USER_OPERATION");
            assertThat(link.actor()).isEqualTo("thutruong.stp");
            assertThat(link.payload()).contains("\"operationType\":\"Complete\"");
        });
    }

    /** The same proposal signed by the unit's head and waiting at intake. */
    private ProcessInstance atIntake(ProposalFixture f, String name) {
        ProcessInstance pi = proposalOf(f, name);
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        return pi;
    }

    /** A unit's proposal of a provincial merit award for a new person of the unit, started by its officer. */
    private ProcessInstance proposalOf(ProposalFixture f, String name) {
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = f.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year)), Map.of(year, "XUAT_SAC"));
        return f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
    }
}

package vn.tdkt.engine;

import org.camunda.bpm.engine.ProcessEngine;
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

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine keeps no per-change copy of variables (ACT_HI_DETAIL) while every change stays in the audit chain with
 * its value, and the engine's history keeps each variable's last value.
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
        int year = LocalDate.now(clock).getYear() - 1;
        String nominee = f.person("stp", "Lê Thị Hạnh", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);

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
}

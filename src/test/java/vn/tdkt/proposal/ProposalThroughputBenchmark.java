package vn.tdkt.proposal;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.support.DemoProvinceTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rerunnable measurement, not a test of correctness: N proposals from start to signed decision (uploads, every
 * task, eligibility DMN, decision number, award history, PDF-ready register, outbox), one thread.
 * Run: {@code mvn -B test -Dtest=ProposalThroughputBenchmark -Dbenchmark=true [-Dbenchmark.proposals=200]}
 */
@DemoProvinceTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ProposalThroughputBenchmark {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @Autowired vn.tdkt.audit.AuditLedger ledger;
    @Autowired vn.tdkt.audit.ProposalTimelines timelines;

    @Test
    void proposalsFromStartToDecision() {
        BpmnAwareTests.init(engine);
        ProposalFixture f = new ProposalFixture(engine, jdbc, dossiers);
        int year = LocalDate.now(clock).getYear() - 1;
        int n = Integer.getInteger("benchmark.proposals", 200);
        List<String> nominees = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            nominees.add(f.person("stp", "Cán bộ " + i, Map.of("CSTDCS", List.of(year - 1, year)), Map.of(year, "XUAT_SAC")));
        }
        long chainBefore = ledger.size();
        String lastKey = null;
        String lastInstance = null;
        long t0 = System.nanoTime();
        for (String nominee : nominees) {
            ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
            f.uploadAll(pi, "canbo.stp");
            f.submitDossier(pi);
            f.headApproves(pi);
            f.intakeAccepts(pi);
            f.appraiseAsIs(pi);
            f.headApprovesAppraisal(pi);
            f.chairmanApprovesAll(pi);
            lastKey = f.businessKey(pi);
            lastInstance = pi.getId();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCHMARK commendation-proposal: %d proposals start-to-decision in %.1f s = %.1f proposals/s,"
                + " %.0f ms each (8 steps, 3 uploads, 1 DMN evaluation, 1 decision)%n", n, seconds, n / seconds, seconds * 1000 / n);

        // the audit chain those proposals left: its growth, one timeline, and the check of the whole chain
        long chainAfter = ledger.size();
        long t1 = System.nanoTime();
        int entries = timelines.timeline(lastKey, lastInstance).size();
        double timelineMs = (System.nanoTime() - t1) / 1e6;
        long t2 = System.nanoTime();
        vn.tdkt.audit.ChainVerification check = ledger.verify();
        double verifySeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf("BENCHMARK audit chain: %d records sealed by %d proposals (%.0f each); one timeline of %d rows"
                + " built in %.0f ms; whole chain of %d records verified in %.2f s (%s)%n", chainAfter - chainBefore, n,
                (double) (chainAfter - chainBefore) / n, entries, timelineMs, check.checked(), verifySeconds,
                check.intact() ? "intact" : "BROKEN at " + check.brokenSeq());
        assertThat(check.intact()).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commendation_proposal WHERE status = 'AWARDED'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(n);
    }
}

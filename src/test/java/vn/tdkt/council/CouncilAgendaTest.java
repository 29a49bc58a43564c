package vn.tdkt.council;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.proposal.ProposalVariables;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The council's agenda, read for all waiting proposals at once: each proposal with its unit, award, the vote type its
 * needs-council decision gave, its nominees still in the running and the block cycle that started it — the same as
 * reading each proposal's variables one by one.
 */
@IntegrationTest
class CouncilAgendaTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired Clock clock;
    @Autowired CouncilAgenda agenda;
    @Autowired CouncilSessions sessions;

    ProposalFixture proposals;
    CouncilFixture council;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        int year = LocalDate.now(clock).getYear() - 1;
        proposals = new ProposalFixture(engine, jdbc, dossiers);
        council = new CouncilFixture(engine, jdbc, proposals, year);
    }

    @Test
    void everyWaitingProposalIsListedWithWhatItsOwnVariablesSay() {
        String a = council.provincialFighter("Đặng Thị Mỹ Linh");
        String b = council.provincialFighter("Võ Minh Khang");
        String c = council.provincialFighter("Trần Quốc Bảo");
        ProcessInstance fighters = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", a, b);
        ProcessInstance upward = council.waitingForCouncil("KHEN_CAO", "BK_TTG", c);
        // a proposal a block started carries its cycle's key
        engine.getRuntimeService().setVariable(upward.getId(), ProposalVariables.BLOCK_CYCLE_KEY, "KTD-CHUA-CO");

        Map<String, CouncilAgenda.WaitingProposal> listed = new HashMap<>();
        agenda.waiting().forEach(w -> listed.put(w.processInstanceId(), w));

        for (ProcessInstance p : List.of(fighters, upward)) {
            CouncilAgenda.WaitingProposal w = listed.get(p.getId());
            Assertions.assertThat(w).as("listed: %s", proposals.businessKey(p)).isNotNull();
            Assertions.assertThat(w.proposalKey()).isEqualTo(proposals.businessKey(p));
            Object rule = engine.getRuntimeService().getVariable(p.getId(), ProposalVariables.COUNCIL_RULE);
            Assertions.assertThat(w.voteType()).isEqualTo(((Map<?, ?>) rule).get("voteType"));
            Assertions.assertThat(sessions.agendaRows()).filteredOn(r -> w.proposalKey().equals(r.get("proposalKey")))
                    .singleElement().satisfies(row -> Assertions.assertThat(row.get("blockSupervisorOpinion"))
                            .isEqualTo(agenda.blockSupervisorOpinion(p.getId())));
        }
        CouncilAgenda.WaitingProposal f = listed.get(fighters.getId());
        Assertions.assertThat(f.awardTypeCode()).isEqualTo("CSTD_TINH");
        Assertions.assertThat(f.nominees()).extracting(CouncilAgenda.Nominee::code).containsExactly(a, b);
        Assertions.assertThat(f.blockCycleKey()).isEmpty();
        Assertions.assertThat(f.unitName()).isNotBlank();
        CouncilAgenda.WaitingProposal u = listed.get(upward.getId());
        Assertions.assertThat(u.blockCycleKey()).isEqualTo("KTD-CHUA-CO");
        Assertions.assertThat(u.voteType()).isNotEqualTo(f.voteType());
        Assertions.assertThat(agenda.blockSupervisorOpinion(u)).isEqualTo("Khối chưa được phân công thành viên Hội đồng phụ trách");

        // listed in key order, each once
        List<String> keys = agenda.waiting().stream().map(CouncilAgenda.WaitingProposal::proposalKey).toList();
        Assertions.assertThat(keys).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void aProposalWithNoNomineeLeftInTheRunningIsNotListed() {
        String a = council.provincialFighter("Lý Thanh Hải");
        ProcessInstance p = council.waitingForCouncil("CONG_TRANG", "CSTD_TINH", a);
        jdbc.sql("UPDATE proposal_nominee SET appraisal_eligible = FALSE WHERE business_key = ?")
                .param(proposals.businessKey(p)).update();
        Assertions.assertThat(agenda.waiting()).extracting(CouncilAgenda.WaitingProposal::processInstanceId)
                .doesNotContain(p.getId());
    }
}

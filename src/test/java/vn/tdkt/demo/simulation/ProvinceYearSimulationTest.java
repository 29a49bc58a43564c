package vn.tdkt.demo.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.DemoProvinceTest;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small province-year through the whole application (H2, or PostgreSQL with -Ppostgres): 2 blocks of 3 units,
 * 20 proposals (every plan), council sessions of 3, the proposals' steps on 3 workers side by side (more than this
 * machine's cores, so two steps of different proposals really overlap). Every instance must end as its data says.
 */
@DemoProvinceTest
class ProvinceYearSimulationTest {

    @Autowired ProvinceYearSimulation simulation;
    @Autowired ProcessEngine engine;

    @Test
    void aSmallProvinceYearEndsAsItsDataSays() throws Exception {
        BpmnAwareTests.init(engine);
        Path out = Path.of("target", "simulation-test");
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        SimulationReport r = simulation.run(new SimulationOptions(2, 6, 20, 3, 7L, out, 3),
                new Progress(new PrintStream(console, true, StandardCharsets.UTF_8), true));
        SimulationReportWriter.write(r, out);

        Assertions.assertThat(r.proposalMismatches()).isEmpty();
        Assertions.assertThat(r.proposalStatuses()).containsOnlyKeys("AWARDED", "NOT_AWARDED");
        long awarded = r.proposalsByPlan().entrySet().stream().filter(e -> ProposalPlan.valueOf(e.getKey()).awarded())
                .mapToLong(java.util.Map.Entry::getValue).sum();
        Assertions.assertThat(r.proposalStatuses().get("AWARDED")).isEqualTo(awarded);
        Assertions.assertThat(r.proposalsByPlan()).hasSize(ProposalPlan.values().length);
        Assertions.assertThat(r.rankings()).hasSize(2).allSatisfy(b -> Assertions.assertThat(b.actual())
                .as(b.blockCode()).isEqualTo(b.expected()));
        Assertions.assertThat(r.incidents()).isZero();
        Assertions.assertThat(r.jobsLeft()).isZero();
        Assertions.assertThat(r.auditIntact()).as(r.auditProblem()).isTrue();
        Assertions.assertThat(r.consistent()).isTrue();
        // every registration, block cycle and council session ended; the proposals at their end events
        Assertions.assertThat(r.processes()).filteredOn(p -> !p.state().equals("COMPLETED"))
                .allSatisfy(p -> Assertions.assertThat(p.at()).isEqualTo("Task_CompleteDossier"));
        Assertions.assertThat(r.processes().stream().filter(p -> p.processKey().equals("emulation-registration"))
                .mapToLong(SimulationReport.ProcessEnd::count).sum()).isEqualTo(6);
        Assertions.assertThat(r.processes().stream().filter(p -> p.processKey().equals("block-emulation-cycle")
                && p.state().equals("COMPLETED")).mapToLong(SimulationReport.ProcessEnd::count).sum()).isEqualTo(2);
        Assertions.assertThat(r.councilSessions()).isEqualTo(2);
        Assertions.assertThat(r.awardsByKind()).containsEntry("BK_TINH", r.proposalsByPlan().entrySet().stream()
                .filter(e -> ProposalPlan.valueOf(e.getKey()).awarded() && ProposalPlan.valueOf(e.getKey()).awardType().equals("BK_TINH"))
                .mapToLong(java.util.Map.Entry::getValue).sum());
        Assertions.assertThat(r.pdfs()).isGreaterThanOrEqualTo(2 * awarded + 2 + 2);
        Assertions.assertThat(r.notifications()).isPositive();
        Assertions.assertThat(r.stages()).extracting(SimulationReport.Stage::id).containsExactly("province", "registration",
                "blocks", "dossiers", "intake", "appraisal", "approval", "council", "decision", "documents");
        Assertions.assertThat(console.toString(StandardCharsets.UTF_8)).contains("100%", "Hội đồng TĐKT họp");

        // the files: the JSON's counts agree with each other and with the report; the page draws its charts offline
        JsonNode json = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        Assertions.assertThat(json.path("proposals").asInt()).isEqualTo(20);
        Assertions.assertThat(json.path("workers").asInt()).isEqualTo(3);
        long byPlan = 0;
        for (JsonNode n : json.path("proposalsByPlan")) {
            byPlan += n.asLong();
        }
        long byStatus = 0;
        for (JsonNode n : json.path("proposalStatuses")) {
            byStatus += n.asLong();
        }
        Assertions.assertThat(byPlan).isEqualTo(20);
        Assertions.assertThat(byStatus).isEqualTo(20);
        long stageTasks = 0;
        for (JsonNode s : json.path("stages")) {
            stageTasks += s.path("tasksCompleted").asLong();
        }
        Assertions.assertThat(stageTasks).isEqualTo(json.path("tasksCompleted").asLong()).isPositive();
        String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
        Assertions.assertThat(html).contains("<svg", "Thời gian theo giai đoạn", "Khen thưởng theo loại", "Đúng hạn theo bước")
                .doesNotContain("<script", "http://cdn", "https://");
    }
}

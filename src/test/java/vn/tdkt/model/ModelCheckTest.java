package vn.tdkt.model;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Fails the build when a model of the repository lacks its diagram layout or history time-to-live,
 * or has a dangling formRef, decisionRef or calledElement; and proves the check catches each defect
 * on deliberately broken models.
 */
class ModelCheckTest {

    private final ModelChecker checker = new ModelChecker();

    @Test
    void repositoryModelsAreComplete() {
        Map<String, byte[]> models = ModelResources.fromDirectory(Path.of("."));
        assertThat(models.keySet()).as("processes/ and forms/ hold the models")
                .contains("processes/emulation-registration.bpmn", "forms/registration-start.form");
        List<ModelProblem> problems = checker.check(models);
        assertThat(problems).as("problems in processes/ and forms/").isEmpty();
    }

    @Test
    void brokenModelsAreCaughtOneByOne() {
        List<ModelProblem> problems = checker.check(
                ModelResources.fromDirectory(Path.of("src/test/resources/broken-models")));
        List<String> lines = problems.stream().map(ModelProblem::toString).toList();

        assertThat(lines).anyMatch(l -> l.startsWith("processes/no-layout.bpmn:") && l.contains("BPMNDiagram"));
        assertThat(lines).anyMatch(l -> l.contains("no-layout.bpmn [Start_NoLayout]") && l.contains("không có hình"));
        assertThat(lines).anyMatch(l -> l.contains("no-ttl.bpmn [no-ttl]") && l.contains("historyTimeToLive"));
        assertThat(lines).anyMatch(l -> l.contains("[Task_MissingForm]") && l.contains("\"missing-form\""));
        assertThat(lines).anyMatch(l -> l.contains("[Task_MissingDecision]") && l.contains("\"missing-decision\""));
        assertThat(lines).anyMatch(l -> l.contains("[Call_MissingProcess]") && l.contains("\"missing-process\""));
        assertThat(lines).anyMatch(l -> l.contains("[Task_Bare]") && l.contains("tên tiếng Việt"));
        assertThat(lines).anyMatch(l -> l.contains("[Task_Bare]") && l.contains("nhóm ứng viên"));
        assertThat(lines).anyMatch(l -> l.contains("[Task_Bare]") && l.contains("formRef"));
        assertThat(lines).anyMatch(l -> l.contains("[F4]") && l.contains("BPMNEdge"));
        assertThat(lines).anyMatch(l -> l.contains("no-ttl.dmn [no-ttl-decision]") && l.contains("historyTimeToLive"));
        assertThat(lines).anyMatch(l -> l.contains("no-ttl.dmn [no-ttl-decision]") && l.contains("DMNDI"));
        assertThat(lines).anyMatch(l -> l.startsWith("forms/no-id.form") && l.contains("\"id\""));
        // The well-formed parts raise nothing: the start events carry no form and need none.
        assertThat(lines).noneMatch(l -> l.contains("[Start_Dangling]"));
    }

    @Test
    void unreadableXmlIsAProblemNotACrash() {
        List<ModelProblem> problems = checker.check(Map.of("processes/garbage.bpmn", "<not-xml".getBytes()));
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).contains("không đọc được XML"));
    }

    @Test
    void deployerRefusesBrokenModelsBeforeTouchingTheEngine() {
        ModelDeployer deployer = new ModelDeployer(null); // no engine: it must stop before using one
        assertThatThrownBy(() -> deployer.deploy(
                ModelResources.fromDirectory(Path.of("src/test/resources/broken-models"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing-form");
    }
}

package vn.tdkt.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.tdkt.support.IntegrationTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The latest version of a decision table, kept per node: a version deployed here is used at once; an evaluation
 * through the engine is in the history, an unrecorded one is not; a deleted deployment's version is read again.
 */
@IntegrationTest
class LatestDecisionsTest {

    private static final String KEY = "latest-decisions-check";

    @Autowired LatestDecisions latest;
    @Autowired ProcessEngine engine;

    private final List<String> deployments = new ArrayList<>();

    @AfterEach
    void removeDeployments() {
        deployments.forEach(id -> engine.getRepositoryService().deleteDeployment(id, true));
    }

    @Test
    void aVersionDeployedOnThisNodeIsUsedAtOnce() {
        deploy(1);
        assertThat(value(latest.evaluate(KEY, Map.of("x", 1)))).isEqualTo(1);
        String first = latest.definitionId(KEY);
        deploy(2);
        assertThat(latest.definitionId(KEY)).isNotEqualTo(first);
        assertThat(value(latest.evaluate(KEY, Map.of("x", 1)))).isEqualTo(2);
        assertThat(value(latest.evaluateUnrecorded(KEY, Map.of("x", 1)))).isEqualTo(2);
    }

    @Test
    void onlyTheRecordedEvaluationIsInTheHistory() {
        deploy(7);
        long before = history();
        assertThat(value(latest.evaluateUnrecorded(KEY, Map.of("x", 1)))).isEqualTo(7);
        assertThat(history()).isEqualTo(before);
        assertThat(value(latest.evaluate(KEY, Map.of("x", 1)))).isEqualTo(7);
        assertThat(history()).isEqualTo(before + 1);
    }

    @Test
    void aDeletedVersionIsReadAgain() {
        deploy(3);
        String older = deployments.remove(deployments.size() - 1);
        deploy(4);
        assertThat(value(latest.evaluate(KEY, Map.of("x", 1)))).isEqualTo(4);
        String newest = deployments.remove(deployments.size() - 1);
        engine.getRepositoryService().deleteDeployment(newest, true);   // counted by DeploymentGeneration
        assertThat(value(latest.evaluate(KEY, Map.of("x", 1)))).isEqualTo(3);
        deployments.add(older);
    }

    @Test
    void aVersionDeletedBeforeItsFirstUseIsReadAgainByEveryCaller() {
        deploy(5);
        String older = deployments.remove(deployments.size() - 1);
        deploy(6);
        String known = latest.definitionId(KEY);
        String newest = deployments.remove(deployments.size() - 1);
        engine.getRepositoryService().deleteDeployment(newest, true);

        // a caller of its own (as the legal parameters are read): the engine no longer knows the id it was given
        int version = latest.withLatest(KEY, id -> engine.getRepositoryService().getDecisionDefinition(id).getVersion());
        assertThat(version).isEqualTo(engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(KEY)
                        .latestVersion().singleResult().getVersion());
        assertThat(latest.definitionId(KEY)).isNotEqualTo(known);
        deployments.add(older);
    }

    @Test
    void anUnrecordedEvaluationOfADeletedVersionUsesTheLatestThatIsLeft() {
        deploy(8);
        String older = deployments.remove(deployments.size() - 1);
        deploy(9);
        latest.definitionId(KEY);
        String newest = deployments.remove(deployments.size() - 1);
        engine.getRepositoryService().deleteDeployment(newest, true);

        assertThat(value(latest.evaluateUnrecorded(KEY, Map.of("x", 1)))).isEqualTo(8);
        deployments.add(older);
    }

    @Test
    void aFailureThatIsNotADeletedVersionStands() {
        deploy(10);
        assertThatThrownBy(() -> latest.withLatest(KEY, id -> {
            throw new IllegalArgumentException("không phải do phiên bản bị xóa");
        })).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("không phải");
    }

    private static Object value(org.camunda.bpm.dmn.engine.DmnDecisionResult result) {
        return result.getSingleEntry();
    }

    private long history() {
        return engine.getHistoryService().createHistoricDecisionInstanceQuery().decisionDefinitionKey(KEY).count();
    }

    private void deploy(int output) {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/"
                    xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    xmlns:dmndi="https://www.omg.org/spec/DMN/20191111/DMNDI/"
                    xmlns:dc="http://www.omg.org/spec/DMN/20180521/DC/" id="check" name="Kiểm tra" namespace="check">
                  <decision id="%s" name="Bảng kiểm tra" camunda:historyTimeToLive="1">
                    <decisionTable id="table" hitPolicy="FIRST">
                      <input id="in"><inputExpression typeRef="integer"><text>x</text></inputExpression></input>
                      <output id="out" name="value" typeRef="integer"/>
                      <rule id="r"><inputEntry><text>-</text></inputEntry><outputEntry><text>%d</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                  <dmndi:DMNDI><dmndi:DMNDiagram id="d"><dmndi:DMNShape id="s" dmnElementRef="%1$s">
                    <dc:Bounds height="80" width="180" x="160" y="100"/></dmndi:DMNShape></dmndi:DMNDiagram></dmndi:DMNDI>
                </definitions>
                """.formatted(KEY, output);
        deployments.add(engine.getRepositoryService().createDeployment().name(KEY)
                .addString(KEY + ".dmn", dmn).deploy().getId());
    }
}

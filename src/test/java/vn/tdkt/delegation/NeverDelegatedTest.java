package vn.tdkt.delegation;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Which of the province's user tasks are never delegated: exactly the secret-ballot ones, plus configured ones. */
class NeverDelegatedTest {

    @Test
    void theBallotTasksOfTheDeployedModelsAndNothingElse() {
        Set<String> excluded = new TreeSet<>();
        int tasks = 0;
        for (File file : new File("processes").listFiles((d, n) -> n.endsWith(".bpmn"))) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            String processKey = model.getModelElementsByType(Process.class).iterator().next().getId();
            for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                tasks++;
                if (NeverDelegated.excluded(processKey, task.getId(), ioNames(task), Set.of())) {
                    excluded.add(processKey + ":" + task.getId());
                }
            }
        }
        assertThat(tasks).isGreaterThan(25);
        assertThat(excluded).containsExactly("block-emulation-cycle:Task_Vote", "council-review:Task_Vote",
                "council-review:Task_WrittenBallot");
    }

    @Test
    void configuredTasksAreExcludedByProcessAndTask() {
        Set<String> configured = Set.of("commendation-proposal:Task_ChairmanDecision");
        assertThat(NeverDelegated.excluded("commendation-proposal", "Task_ChairmanDecision", List.of(), configured)).isTrue();
        assertThat(NeverDelegated.excluded("other", "Task_ChairmanDecision", List.of(), configured)).isFalse();
        assertThat(NeverDelegated.excluded("p", "t", List.of("secretBallotX"), Set.of())).isTrue();
        assertThat(NeverDelegated.excluded("p", "t", List.of("ballotPaper"), Set.of())).isFalse();
    }

    private static List<String> ioNames(UserTask task) {
        List<String> names = new ArrayList<>();
        if (task.getExtensionElements() == null) {
            return names;
        }
        for (CamundaInputOutput io : task.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
            io.getCamundaInputParameters().stream().map(CamundaInputParameter::getCamundaName).forEach(names::add);
            io.getCamundaOutputParameters().stream().map(CamundaOutputParameter::getCamundaName).forEach(names::add);
        }
        return names;
    }
}

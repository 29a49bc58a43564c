package vn.tdkt.delegation;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Adds the {@link LeaveTaskListener} to every user task that may be delegated ({@link NeverDelegated} decides). */
public class LeaveParseListener extends AbstractBpmnParseListener {

    private final TaskListener listener;
    private final Set<String> neverDelegated;

    public LeaveParseListener(TaskListener listener, Set<String> neverDelegated) {
        this.listener = listener;
        this.neverDelegated = neverDelegated;
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        String processKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                ? definition.getKey() : null;
        if (NeverDelegated.excluded(processKey, activity.getId(), ioParameterNames(userTaskElement), neverDelegated)) {
            return;
        }
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
            TaskDefinition definition = behavior.getTaskDefinition();
            definition.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            definition.addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, listener);
        }
    }

    static List<String> ioParameterNames(Element userTask) {
        List<String> names = new ArrayList<>();
        Element extensions = userTask.element("extensionElements");
        if (extensions == null) {
            return names;
        }
        Element io = extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "inputOutput");
        if (io == null) {
            return names;
        }
        for (String kind : List.of("inputParameter", "outputParameter")) {
            for (Element parameter : io.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, kind)) {
                names.add(parameter.attribute("name"));
            }
        }
        return names;
    }
}

package vn.tdkt.tasks;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes every user task of every process readable in Tasklist without touching the BPMN files: a parse listener
 * adds a {@link ReadableTaskListener} on {@code create} to each user task, after the listeners the model declares.
 * The services it calls are looked up when a task is created, as they need the engine this plugin configures.
 */
@Component
public class ReadableTasksEnginePlugin extends AbstractProcessEnginePlugin {

    private final ObjectProvider<ReadableTasks> readableTasks;

    public ReadableTasksEnginePlugin(ObjectProvider<ReadableTasks> readableTasks) {
        this.readableTasks = readableTasks;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new UserTaskParseListener(readableTasks));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    static final class UserTaskParseListener extends AbstractBpmnParseListener {

        private final ObjectProvider<ReadableTasks> readableTasks;

        UserTaskParseListener(ObjectProvider<ReadableTasks> readableTasks) {
            this.readableTasks = readableTasks;
        }

        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
                String processKey = activity.getProcessDefinition() instanceof ProcessDefinitionEntity definition
                        ? definition.getKey() : activity.getProcessDefinition().getId();
                String documentation = (String) activity.getProperty(BpmnParse.PROPERTYNAME_DOCUMENTATION);
                behavior.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE,
                        new ReadableTaskListener(processKey, documentation, readableTasks::getObject));
            }
        }
    }
}

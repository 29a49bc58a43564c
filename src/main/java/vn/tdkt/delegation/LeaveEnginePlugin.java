package vn.tdkt.delegation;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Registers {@link LeaveParseListener}: every delegable user task follows its people's substitutions. */
@Component
public class LeaveEnginePlugin extends AbstractProcessEnginePlugin {

    private final TaskRerouting rerouting;
    private final LeaveProperties properties;

    public LeaveEnginePlugin(TaskRerouting rerouting, LeaveProperties properties) {
        this.rerouting = rerouting;
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new LeaveParseListener(new LeaveTaskListener(rerouting), properties.neverDelegatedSet()));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}

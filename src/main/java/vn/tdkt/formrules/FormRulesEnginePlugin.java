package vn.tdkt.formrules;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ProcessDefinitionImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Server-side validation of every form: each user task and each process start event with a Camunda Form gets a
 * {@link FormRulesListener} on its end, whatever process it belongs to, so a client that skips Tasklist (or a
 * diagram deployed from the Modeler tomorrow) is held to the same rules.
 */
@Component
public class FormRulesEnginePlugin extends AbstractProcessEnginePlugin {

    private final DeployedFormRules forms = new DeployedFormRules();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                attach(element, activity);
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (scope instanceof ProcessDefinitionImpl) {
                    attach(element, activity);
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void attach(Element element, ActivityImpl activity) {
        String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
        if (formRef == null || formRef.isBlank() || formRef.contains("${") || formRef.contains("#{")) {
            return;
        }
        String binding = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefBinding");
        String version = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRefVersion");
        Integer pinned = version == null || version.isBlank() || version.contains("${") ? null : Integer.valueOf(version);
        activity.addListener(ExecutionListener.EVENTNAME_END, new FormRulesListener(forms, formRef, binding, pinned));
    }
}

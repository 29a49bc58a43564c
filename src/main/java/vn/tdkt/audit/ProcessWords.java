package vn.tdkt.audit;

import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words of one deployed process definition: its name, each element's name and kind, where its sequence flows
 * lead (with their names, for the branch a gateway took), and the labels of the data its forms show. Built from the
 * BPMN model and the forms its start event and user tasks reference; plain Java, no engine.
 */
final class ProcessWords {

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";

    record Flow(String name, String targetId) { }

    /**
     * @param type         the BPMN element type (userTask, exclusiveGateway, endEvent, boundaryEvent…)
     * @param parentId     the enclosing sub-process, {@code null} at the process's top level
     * @param attachedToId the activity a boundary event is attached to
     */
    record Element(String id, String name, String type, String parentId, String attachedToId, List<Flow> outgoing,
                   String formRef) {
    }

    static final ProcessWords NONE = new ProcessWords(null, null, Map.of(), Map.of());

    private final String key;
    private final String name;
    private final Map<String, Element> elements;
    private final Map<String, FormWords> forms;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> options = new LinkedHashMap<>();

    ProcessWords(String key, String name, Map<String, Element> elements, Map<String, FormWords> formsById) {
        this.key = key;
        this.name = name;
        this.elements = elements;
        this.forms = formsById;
        // labels of the forms in the order the process shows them (start form first); the first label of a key wins
        for (Element e : elements.values()) {
            FormWords f = e.formRef() == null ? null : formsById.get(e.formRef());
            if (f != null) {
                f.labels().forEach(labels::putIfAbsent);
                f.options().forEach((path, byValue) -> byValue.forEach((value, label) ->
                        options.computeIfAbsent(path, p -> new LinkedHashMap<>()).putIfAbsent(value, label)));
            }
        }
        // forms of the deployment that no element of this process references still name shared data
        for (FormWords f : formsById.values()) {
            f.labels().forEach(labels::putIfAbsent);
        }
    }

    /** The process {@code processKey} of the model with the forms of its deployment by form id. */
    static ProcessWords of(BpmnModelInstance model, String processKey, Map<String, FormWords> formsById) {
        Process process = model.getModelElementById(processKey) instanceof Process p ? p : null;
        if (process == null) {
            Collection<Process> all = model.getModelElementsByType(Process.class);
            process = all.isEmpty() ? null : all.iterator().next();
        }
        Map<String, Element> elements = new LinkedHashMap<>();
        if (process != null) {
            collect(process.getFlowElements(), null, elements);
        }
        return new ProcessWords(processKey, process == null ? null : blankToNull(process.getName()),
                Collections.unmodifiableMap(elements), formsById);
    }

    private static void collect(Collection<FlowElement> flowElements, String parentId, Map<String, Element> into) {
        for (FlowElement fe : flowElements) {
            if (fe instanceof SequenceFlow) {
                continue;
            }
            List<Flow> outgoing = new ArrayList<>();
            if (fe instanceof FlowNode node) {
                for (SequenceFlow flow : node.getOutgoing()) {
                    outgoing.add(new Flow(blankToNull(flow.getName()), flow.getTarget() == null ? null
                            : flow.getTarget().getId()));
                }
            }
            String attachedTo = fe instanceof BoundaryEvent b && b.getAttachedTo() != null ? b.getAttachedTo().getId() : null;
            into.put(fe.getId(), new Element(fe.getId(), blankToNull(fe.getName()), fe.getElementType().getTypeName(),
                    parentId, attachedTo, List.copyOf(outgoing), blankToNull(fe.getAttributeValueNs(CAMUNDA_NS, "formRef"))));
            if (fe instanceof org.camunda.bpm.model.bpmn.instance.SubProcess sub) {
                collect(sub.getFlowElements(), sub.getId(), into);
            }
        }
    }

    String key() {
        return key;
    }

    /** The process's name ({@code null} when the model has none). */
    String name() {
        return name;
    }

    Optional<Element> element(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(elements.get(id));
    }

    /** The element's name in the model, {@code null} when it has none or is not in this model. */
    String stepName(String activityId) {
        return element(activityId).map(Element::name).orElse(null);
    }

    /** The label of a variable ({@code name}) or of a field of a list's rows ({@code list.field}), if a form has one. */
    String label(String path) {
        return path == null ? null : labels.get(path);
    }

    /** The label of a row field named {@code field} in any list of the forms. */
    String anyRowFieldLabel(String field) {
        for (Map.Entry<String, String> e : labels.entrySet()) {
            if (e.getKey().endsWith("." + field)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The label of a coded value as the form field at {@code path} offers it. */
    String option(String path, String value) {
        Map<String, String> byValue = path == null ? null : options.get(path);
        return byValue == null ? null : byValue.get(value);
    }

    /** The label of a coded value in any field of any form of the process. */
    String anyOption(String value) {
        for (Map<String, String> byValue : options.values()) {
            if (byValue.containsKey(value)) {
                return byValue.get(value);
            }
        }
        return null;
    }

    /** The label of an answer given at a step, as an option of that step's own form offers it. */
    String answer(String activityId, String value) {
        FormWords form = element(activityId).map(Element::formRef).map(forms::get).orElse(null);
        if (form == null || value == null) {
            return null;
        }
        for (Map<String, String> byValue : form.options().values()) {
            if (byValue.containsKey(value)) {
                return byValue.get(value);
            }
        }
        return null;
    }

    /** Whether an element id of this model, to tell an activity id inside a value from other text. */
    boolean hasElement(String id) {
        return id != null && elements.containsKey(id);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package vn.tdkt.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnDiagram;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.DomElement;
import vn.tdkt.identity.Role;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Checks a set of BPMN, DMN and Camunda Form resources that are deployed together: every diagram
 * carries its layout, every process and decision its history time-to-live, every user task a
 * Vietnamese name, a form that resolves and someone to do it (candidate groups that exist), and every
 * formRef, decisionRef and calledElement resolves as the engine will resolve it: inside the set for
 * binding {@code deployment}, inside the set or among deployed definitions (the {@link ModelContext})
 * otherwise.
 */
public class ModelChecker {

    private static final Set<String> FLOW_NODES = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent", "userTask", "serviceTask", "scriptTask",
            "businessRuleTask", "sendTask", "receiveTask", "manualTask", "task", "callActivity", "subProcess",
            "exclusiveGateway", "parallelGateway", "inclusiveGateway", "eventBasedGateway", "complexGateway",
            "transaction");

    private final ObjectMapper json = new ObjectMapper();

    /** Checks the set alone: nothing deployed yet, the roles' groups as the known groups. */
    public List<ModelProblem> check(Map<String, byte[]> resources) {
        return check(resources, ModelContext.standalone());
    }

    /** @param resources resource name (for example {@code processes/x.bpmn}) to content */
    public List<ModelProblem> check(Map<String, byte[]> resources, ModelContext context) {
        List<ModelProblem> problems = new ArrayList<>();
        Map<String, String> formIds = new HashMap<>();
        Set<String> decisionIds = new HashSet<>();
        Set<String> processIds = new HashSet<>();
        Map<String, BpmnModelInstance> bpmnModels = new HashMap<>();

        resources.forEach((name, content) -> {
            if (isForm(name)) {
                readForm(name, content, formIds, problems);
            } else if (isDmn(name)) {
                DmnModelInstance model = parse(name, content, Dmn::readModelFromStream, problems);
                if (model != null) {
                    checkDmn(name, model, decisionIds, problems);
                }
            } else if (isBpmn(name)) {
                BpmnModelInstance model = parse(name, content, Bpmn::readModelFromStream, problems);
                if (model != null) {
                    bpmnModels.put(name, model);
                    for (Process process : model.getModelElementsByType(Process.class)) {
                        processIds.add(text(process.getId()));
                    }
                }
            }
        });
        Resolution resolution = new Resolution(formIds.keySet(), decisionIds, processIds, context);
        bpmnModels.forEach((name, model) -> checkBpmn(name, model, resolution, problems));
        problems.sort((a, b) -> a.toString().compareTo(b.toString()));
        return problems;
    }

    private void readForm(String name, byte[] content, Map<String, String> formIds, List<ModelProblem> problems) {
        try {
            JsonNode form = json.readTree(content);
            String id = form.path("id").asText("");
            if (id.isBlank()) {
                problems.add(new ModelProblem(name, null, "biểu mẫu không có \"id\" nên không thể tham chiếu bằng formRef"));
            } else if (formIds.containsKey(id)) {
                problems.add(new ModelProblem(name, id, "id biểu mẫu trùng với " + formIds.get(id)));
            } else {
                formIds.put(id, name);
            }
            if (!form.path("components").isArray()) {
                problems.add(new ModelProblem(name, id, "biểu mẫu không có danh sách \"components\""));
            }
        } catch (Exception e) {
            problems.add(new ModelProblem(name, null, "không đọc được JSON của biểu mẫu: " + e.getMessage()));
        }
    }

    private void checkDmn(String name, DmnModelInstance model, Set<String> decisionIds, List<ModelProblem> problems) {
        // the DMN model API has no DMNDI types: the shapes are read from its DOM, any namespace, any depth
        Set<String> shaped = new HashSet<>();
        for (DomElement shape : descendants(model.getDocument().getRootElement(), "DMNShape")) {
            shaped.add(text(shape.getAttribute("dmnElementRef")));
        }
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        if (decisions.isEmpty()) {
            problems.add(new ModelProblem(name, null, "tệp DMN không có quyết định nào"));
        }
        for (Decision decision : decisions) {
            String id = text(decision.getId());
            decisionIds.add(id);
            if (text(decision.getCamundaHistoryTimeToLiveString()).isBlank()) {
                problems.add(new ModelProblem(name, id, "quyết định thiếu thời hạn lưu lịch sử (camunda:historyTimeToLive)"));
            }
            if (!shaped.contains(id)) {
                problems.add(new ModelProblem(name, id, "quyết định không có bố cục sơ đồ (DMNDI), không mở được thành hình vẽ trong Camunda Modeler"));
            }
            if (decision.getExpression() instanceof DecisionTable table) {
                checkLegalRows(name, table, problems);
                checkDated(name, id, table, problems);
            } else {
                checkDated(name, id, null, problems);
            }
        }
    }

    /**
     * The tables that encode law or the province's rules, each of which must pick its rows by the day it judges by:
     * an input reading {@code judgedOn} (docs/adr/0001-rules-by-date.md). Tables computed from them (quorum met, vote
     * outcome) and the task priorities are not rules of law.
     */
    static final Set<String> DATED_TABLES = Set.of("award-eligibility", "legal-parameters", "needs-council",
            "required-documents", "processing-deadline", "vote-rule", "council-quorum-rule", "block-result-to-award",
            "score-classification", "revocation-grounds", "revocation-authority");

    private static void checkDated(String name, String decisionId, DecisionTable table, List<ModelProblem> problems) {
        if (!DATED_TABLES.contains(decisionId)) {
            return;
        }
        boolean dated = table != null && table.getInputs().stream()
                .map(Input::getInputExpression)
                .anyMatch(e -> e != null && text(e.getRawTextContent()).contains("judgedOn"));
        if (!dated) {
            problems.add(new ModelProblem(name, decisionId, "bảng quy định không có cột thời kỳ áp"
                    + " dụng (đầu vào date(judgedOn)): mỗi dòng phải chọn được theo ngày xét"));
        }
    }

    /**
     * A table of legal rules has, on every row, a legal basis (output {@code legalBasis}) and, where the table flags its
     * rules (output {@code confirmed}), the flag: {@code true} (confirmed, the rule blocks) or {@code false}
     * (unconfirmed, it only warns).
     */
    private static void checkLegalRows(String name, DecisionTable table, List<ModelProblem> problems) {
        List<String> outputs = new ArrayList<>();
        for (Output output : table.getOutputs()) {
            outputs.add(text(output.getName()));
        }
        int basis = outputs.indexOf("legalBasis");
        int flag = outputs.indexOf("confirmed");
        if (basis < 0 && flag < 0) {
            return;
        }
        for (Rule rule : table.getRules()) {
            List<OutputEntry> entries = List.copyOf(rule.getOutputEntries());
            String basisText = basis < 0 || basis >= entries.size() ? "" : entryText(entries.get(basis));
            String flagText = flag < 0 || flag >= entries.size() ? "" : entryText(entries.get(flag));
            if (basis >= 0 && (basisText.isEmpty() || basisText.equals("\"\"") || basisText.equals("-"))) {
                problems.add(new ModelProblem(name, text(rule.getId()),
                        "dòng quy định không ghi căn cứ pháp lý (cột legalBasis)"));
            }
            if (flag >= 0 && !flagText.equals("true") && !flagText.equals("false")) {
                problems.add(new ModelProblem(name, text(rule.getId()), "dòng quy định không ghi đã xác nhận hay"
                        + " chưa (cột confirmed: true chặn đề nghị, false chỉ cảnh báo)"));
            }
        }
    }

    private static String entryText(OutputEntry entry) {
        return text(entry.getRawTextContent()).strip();
    }

    private void checkBpmn(String name, BpmnModelInstance model, Resolution resolution, List<ModelProblem> problems) {
        Set<String> shaped = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            shaped.add(text(shape.getAttributeValue("bpmnElement")));
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            shaped.add(text(edge.getAttributeValue("bpmnElement")));
        }
        if (model.getModelElementsByType(BpmnDiagram.class).isEmpty()) {
            problems.add(new ModelProblem(name, null, "tệp BPMN không có bố cục sơ đồ (BPMNDiagram), không mở được thành hình vẽ trong Camunda Modeler"));
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            String processId = text(process.getId());
            // an absent isExecutable counts as executable here (Process.isExecutable() would default it to false)
            boolean executable = !"false".equals(process.getAttributeValue("isExecutable"));
            if (executable && text(process.getCamundaHistoryTimeToLiveString()).isBlank()) {
                problems.add(new ModelProblem(name, processId, "quy trình thiếu thời hạn lưu lịch sử (camunda:historyTimeToLive)"));
            }
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            String local = element.getElementType().getTypeName();
            String id = text(element.getId());
            if ((FLOW_NODES.contains(local) || "sequenceFlow".equals(local)) && !shaped.contains(id)) {
                problems.add(new ModelProblem(name, id, "phần tử không có hình trên sơ đồ (thiếu BPMNShape/BPMNEdge)"));
            }
            if (element instanceof UserTask task) {
                checkUserTask(name, task, resolution, problems);
            } else if (element instanceof StartEvent start) {
                checkFormRef(name, id, start.getCamundaFormRef(), start.getCamundaFormRefBinding(),
                        start.getCamundaFormRefVersion(), resolution, problems, false);
            } else if (element instanceof BusinessRuleTask rule) {
                resolution.check(name, id, ModelContext.Kind.DECISION, "decisionRef", text(rule.getCamundaDecisionRef()),
                        text(rule.getCamundaDecisionRefBinding()), text(rule.getCamundaDecisionRefVersion()), problems);
            } else if (element instanceof CallActivity call) {
                resolution.check(name, id, ModelContext.Kind.PROCESS, "calledElement", text(call.getCalledElement()),
                        text(call.getCamundaCalledElementBinding()), text(call.getCamundaCalledElementVersion()), problems);
            }
        }
    }

    private void checkUserTask(String name, UserTask task, Resolution resolution, List<ModelProblem> problems) {
        String id = text(task.getId());
        String taskName = text(task.getName());
        if (taskName.isBlank()) {
            problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có tên tiếng Việt"));
        } else if (!VietnameseText.hasVietnameseLetter(taskName)) {
            problems.add(new ModelProblem(name, id, "tên nhiệm vụ người dùng \"" + taskName
                    + "\" không phải tên tiếng Việt có dấu (ví dụ \"Thẩm định hồ sơ\")"));
        }
        String candidateGroups = text(task.getCamundaCandidateGroups());
        boolean someone = !text(task.getCamundaAssignee()).isBlank()
                || !candidateGroups.isBlank()
                || !text(task.getCamundaCandidateUsers()).isBlank();
        if (!someone) {
            problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có người được giao hoặc nhóm ứng viên"));
        }
        for (String group : splitOutsideExpressions(candidateGroups)) {
            checkCandidateGroup(name, id, group.trim(), resolution.context, problems);
        }
        checkFormRef(name, id, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), task.getCamundaFormRefVersion(),
                resolution, problems, true);
    }

    /**
     * A literal group must exist in Camunda. {@code unit-head.${unitCode}} names the group of one unit, valid when
     * the literal before {@code .${} is a unit-scoped role; a whole expression is resolved only when the task is
     * created, so it is accepted as it is.
     */
    private static void checkCandidateGroup(String name, String id, String group, ModelContext context,
                                            List<ModelProblem> problems) {
        if (group.isEmpty() || group.startsWith("${") || group.startsWith("#{")) {
            return;
        }
        int expression = expressionStart(group);
        if (expression < 0) {
            if (!context.groupExists(group)) {
                problems.add(new ModelProblem(name, id, "nhóm ứng viên \"" + group
                        + "\" không tồn tại trong Camunda (tạo nhóm ở Camunda Admin hoặc sửa tên nhóm)"));
            }
            return;
        }
        String prefix = group.substring(0, expression);
        boolean unitRole = prefix.endsWith(".") && Role.ofGroupId(prefix.substring(0, prefix.length() - 1))
                .filter(Role::unitScoped).isPresent();
        if (!unitRole) {
            problems.add(new ModelProblem(name, id, "nhóm ứng viên \"" + group + "\": chỉ nhóm của vai trò theo đơn vị ("
                    + String.join(", ", Arrays.stream(Role.values()).filter(Role::unitScoped).map(Role::groupId).toList())
                    + ") được ghép với mã đơn vị, ví dụ unit-head.${unitCode}"));
        }
    }

    private void checkFormRef(String name, String id, String formRef, String binding, String version,
                              Resolution resolution, List<ModelProblem> problems, boolean required) {
        if (text(formRef).isBlank()) {
            if (required) {
                problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có biểu mẫu Camunda (camunda:formRef)"));
            }
            return;
        }
        resolution.check(name, id, ModelContext.Kind.FORM, "formRef", formRef, text(binding), text(version), problems);
    }

    /**
     * Resolves references as the engine does. Binding {@code deployment}: only within the same deployment.
     * {@code latest} (the default when no binding is given), {@code version} and {@code versionTag}: the
     * definition may also be one deployed earlier.
     */
    private record Resolution(Set<String> formIds, Set<String> decisionIds, Set<String> processIds,
                              ModelContext context) {

        void check(String resource, String element, ModelContext.Kind kind, String attribute, String ref,
                   String binding, String version, List<ModelProblem> problems) {
            if (ref.isBlank() || isExpression(ref)) {
                return;
            }
            boolean inSet = switch (kind) {
                case FORM -> formIds.contains(ref);
                case DECISION -> decisionIds.contains(ref);
                case PROCESS -> processIds.contains(ref);
            };
            String what = switch (kind) {
                case FORM -> "biểu mẫu (\"id\" của tệp .form)";
                case DECISION -> "quyết định DMN";
                case PROCESS -> "quy trình";
            };
            if ("deployment".equals(binding)) {
                if (!inSet) {
                    problems.add(new ModelProblem(resource, element, attribute + " \"" + ref + "\" không trỏ tới " + what
                            + " nào trong cùng lần triển khai (" + attribute + "Binding=\"deployment\"): hãy triển khai"
                            + " kèm tệp chứa nó (Camunda Modeler: Include additional files)"));
                }
                return;
            }
            if (inSet) {
                return;
            }
            Integer wanted = null;
            if ("version".equals(binding) && !version.isBlank() && !isExpression(version)) {
                try {
                    wanted = Integer.valueOf(version.trim());
                } catch (NumberFormatException e) {
                    problems.add(new ModelProblem(resource, element, attribute + "Version \"" + version
                            + "\" không phải số phiên bản"));
                    return;
                }
            }
            if (!context.deployed(kind, ref, wanted)) {
                problems.add(new ModelProblem(resource, element, attribute + " \"" + ref + "\" không trỏ tới " + what
                        + " nào trong lần triển khai này hoặc đã triển khai"
                        + (wanted == null ? "" : " (phiên bản " + wanted + ")")));
            }
        }
    }

    /** Splits a comma-separated list, leaving the commas inside {@code ${...}} (method arguments) alone. */
    static List<String> splitOutsideExpressions(String list) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(list.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(list.substring(start));
        return parts;
    }

    private static boolean isExpression(String value) {
        return expressionStart(value) >= 0;
    }

    private static int expressionStart(String value) {
        int dollar = value.indexOf("${");
        int hash = value.indexOf("#{");
        return dollar < 0 ? hash : hash < 0 ? dollar : Math.min(dollar, hash);
    }

    /** The suffixes the engine's deployers accept (BpmnDeployer, DecisionDefinitionDeployer, form deployer). */
    static boolean isBpmn(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    static boolean isDmn(String name) {
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    static boolean isForm(String name) {
        return name.endsWith(".form");
    }

    /**
     * Reads a BPMN or DMN file with Camunda's model API, as the engine will. XML that is not well formed or not valid
     * against the schema is one problem, reported with the parser's own words, not an exception.
     */
    private static <T extends ModelInstance> T parse(String name, byte[] content, Function<InputStream, T> reader,
                                                     List<ModelProblem> problems) {
        try {
            return reader.apply(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            problems.add(new ModelProblem(name, null, "không đọc được XML: " + rootMessage(e)));
            return null;
        }
    }

    /**
     * The message of the innermost cause, the XML parser's diagnosis, without the position the model API's error
     * handler puts before it ({@code Fatal Error: URI=null Line=1: }).
     */
    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        return message == null ? null : PARSER_POSITION.matcher(message).replaceFirst("");
    }

    private static final Pattern PARSER_POSITION = Pattern.compile("^(Fatal Error|Error|Warning): URI=.*? Line=-?\\d+: ");

    /** Descendants of the element with the local name, any namespace, in document order. */
    private static List<DomElement> descendants(DomElement parent, String localName) {
        List<DomElement> found = new ArrayList<>();
        for (DomElement child : parent.getChildElements()) {
            if (localName.equals(child.getLocalName())) {
                found.add(child);
            }
            found.addAll(descendants(child, localName));
        }
        return found;
    }

    /** An absent attribute or text as the empty string, as DOM gave it. */
    private static String text(String value) {
        return value == null ? "" : value;
    }
}

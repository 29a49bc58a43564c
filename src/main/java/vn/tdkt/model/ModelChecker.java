package vn.tdkt.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.tdkt.identity.Role;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a set of BPMN, DMN and Camunda Form resources that are deployed together: every diagram
 * carries its layout, every process and decision its history time-to-live, every user task a
 * Vietnamese name, a form that resolves and someone to do it (candidate groups that exist), and every
 * formRef, decisionRef and calledElement resolves as the engine will resolve it: inside the set for
 * binding {@code deployment}, inside the set or among deployed definitions (the {@link ModelContext})
 * otherwise.
 */
public class ModelChecker {

    static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String BPMNDI_NS = "http://www.omg.org/spec/BPMN/20100524/DI";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";

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
        Map<String, Document> bpmnDocs = new HashMap<>();

        resources.forEach((name, content) -> {
            if (isForm(name)) {
                readForm(name, content, formIds, problems);
            } else if (isDmn(name)) {
                Document doc = parse(name, content, problems);
                if (doc != null) {
                    checkDmn(name, doc, decisionIds, problems);
                }
            } else if (isBpmn(name)) {
                Document doc = parse(name, content, problems);
                if (doc != null) {
                    bpmnDocs.put(name, doc);
                    for (Element process : elements(doc, BPMN_NS, "process")) {
                        processIds.add(process.getAttribute("id"));
                    }
                }
            }
        });
        Resolution resolution = new Resolution(formIds.keySet(), decisionIds, processIds, context);
        bpmnDocs.forEach((name, doc) -> checkBpmn(name, doc, resolution, problems));
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

    private void checkDmn(String name, Document doc, Set<String> decisionIds, List<ModelProblem> problems) {
        Set<String> shaped = new HashSet<>();
        for (Element shape : elementsByLocalName(doc, "DMNShape")) {
            shaped.add(shape.getAttribute("dmnElementRef"));
        }
        List<Element> decisions = elementsByLocalName(doc, "decision");
        if (decisions.isEmpty()) {
            problems.add(new ModelProblem(name, null, "tệp DMN không có quyết định nào"));
        }
        for (Element decision : decisions) {
            String id = decision.getAttribute("id");
            decisionIds.add(id);
            if (decision.getAttributeNS(CAMUNDA_DMN_NS, "historyTimeToLive").isBlank()) {
                problems.add(new ModelProblem(name, id, "quyết định thiếu thời hạn lưu lịch sử (camunda:historyTimeToLive)"));
            }
            if (!shaped.contains(id)) {
                problems.add(new ModelProblem(name, id, "quyết định không có bố cục sơ đồ (DMNDI), không mở được thành hình vẽ trong Camunda Modeler"));
            }
            checkLegalRows(name, decision, problems);
            checkDated(name, decision, problems);
        }
    }

    /**
     * The tables that encode law or the province's rules, each of which must pick its rows by the day it judges by:
     * an input reading {@code judgedOn} (docs/adr/0001-rules-by-date.md). Tables computed from them (quorum met, vote
     * outcome) and the task priorities are not rules of law.
     */
    static final Set<String> DATED_TABLES = Set.of("award-eligibility", "legal-parameters", "needs-council",
            "required-documents", "processing-deadline", "vote-rule", "council-quorum-rule", "block-result-to-award",
            "score-classification");

    private static void checkDated(String name, Element decision, List<ModelProblem> problems) {
        if (!DATED_TABLES.contains(decision.getAttribute("id"))) {
            return;
        }
        boolean dated = childrenByLocalName(decision, "inputExpression").stream()
                .anyMatch(e -> e.getTextContent().contains("judgedOn"));
        if (!dated) {
            problems.add(new ModelProblem(name, decision.getAttribute("id"), "bảng quy định không có cột thời kỳ áp"
                    + " dụng (đầu vào date(judgedOn)): mỗi dòng phải chọn được theo ngày xét"));
        }
    }

    /**
     * A table of legal rules has, on every row, a legal basis (output {@code legalBasis}) and, where the table flags its
     * rules (output {@code confirmed}), the flag: {@code true} (confirmed, the rule blocks) or {@code false}
     * (unconfirmed, it only warns).
     */
    private static void checkLegalRows(String name, Element decision, List<ModelProblem> problems) {
        List<String> outputs = new ArrayList<>();
        for (Element output : childrenByLocalName(decision, "output")) {
            outputs.add(output.getAttribute("name"));
        }
        int basis = outputs.indexOf("legalBasis");
        int flag = outputs.indexOf("confirmed");
        if (basis < 0 && flag < 0) {
            return;
        }
        for (Element rule : childrenByLocalName(decision, "rule")) {
            List<Element> entries = childrenByLocalName(rule, "outputEntry");
            String basisText = basis < 0 || basis >= entries.size() ? "" : entries.get(basis).getTextContent().strip();
            String flagText = flag < 0 || flag >= entries.size() ? "" : entries.get(flag).getTextContent().strip();
            if (basis >= 0 && (basisText.isEmpty() || basisText.equals("\"\"") || basisText.equals("-"))) {
                problems.add(new ModelProblem(name, rule.getAttribute("id"),
                        "dòng quy định không ghi căn cứ pháp lý (cột legalBasis)"));
            }
            if (flag >= 0 && !flagText.equals("true") && !flagText.equals("false")) {
                problems.add(new ModelProblem(name, rule.getAttribute("id"), "dòng quy định không ghi đã xác nhận hay"
                        + " chưa (cột confirmed: true chặn đề nghị, false chỉ cảnh báo)"));
            }
        }
    }

    /** Descendants of the element with the local name, in document order. */
    private static List<Element> childrenByLocalName(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        org.w3c.dom.NodeList nodes = parent.getElementsByTagNameNS("*", localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private void checkBpmn(String name, Document doc, Resolution resolution, List<ModelProblem> problems) {
        Set<String> shaped = new HashSet<>();
        for (Element shape : elements(doc, BPMNDI_NS, "BPMNShape")) {
            shaped.add(shape.getAttribute("bpmnElement"));
        }
        for (Element edge : elements(doc, BPMNDI_NS, "BPMNEdge")) {
            shaped.add(edge.getAttribute("bpmnElement"));
        }
        if (elements(doc, BPMNDI_NS, "BPMNDiagram").isEmpty()) {
            problems.add(new ModelProblem(name, null, "tệp BPMN không có bố cục sơ đồ (BPMNDiagram), không mở được thành hình vẽ trong Camunda Modeler"));
        }
        for (Element process : elements(doc, BPMN_NS, "process")) {
            String processId = process.getAttribute("id");
            boolean executable = !"false".equals(process.getAttribute("isExecutable"));
            if (executable && process.getAttributeNS(CAMUNDA_NS, "historyTimeToLive").isBlank()) {
                problems.add(new ModelProblem(name, processId, "quy trình thiếu thời hạn lưu lịch sử (camunda:historyTimeToLive)"));
            }
        }
        NodeList all = doc.getElementsByTagNameNS(BPMN_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element el = (Element) all.item(i);
            String local = el.getLocalName();
            String id = el.getAttribute("id");
            if ((FLOW_NODES.contains(local) || "sequenceFlow".equals(local)) && !shaped.contains(id)) {
                problems.add(new ModelProblem(name, id, "phần tử không có hình trên sơ đồ (thiếu BPMNShape/BPMNEdge)"));
            }
            switch (local) {
                case "userTask" -> checkUserTask(name, el, resolution, problems);
                case "startEvent" -> checkFormRef(name, el, resolution, problems, false);
                case "businessRuleTask" -> resolution.check(name, id, ModelContext.Kind.DECISION, "decisionRef",
                        el.getAttributeNS(CAMUNDA_NS, "decisionRef"),
                        el.getAttributeNS(CAMUNDA_NS, "decisionRefBinding"),
                        el.getAttributeNS(CAMUNDA_NS, "decisionRefVersion"), problems);
                case "callActivity" -> resolution.check(name, id, ModelContext.Kind.PROCESS, "calledElement",
                        el.getAttribute("calledElement"),
                        el.getAttributeNS(CAMUNDA_NS, "calledElementBinding"),
                        el.getAttributeNS(CAMUNDA_NS, "calledElementVersion"), problems);
                default -> { }
            }
        }
    }

    private void checkUserTask(String name, Element task, Resolution resolution, List<ModelProblem> problems) {
        String id = task.getAttribute("id");
        String taskName = task.getAttribute("name");
        if (taskName.isBlank()) {
            problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có tên tiếng Việt"));
        } else if (!VietnameseText.hasVietnameseLetter(taskName)) {
            problems.add(new ModelProblem(name, id, "tên nhiệm vụ người dùng \"" + taskName
                    + "\" không phải tên tiếng Việt có dấu (ví dụ \"Thẩm định hồ sơ\")"));
        }
        String candidateGroups = task.getAttributeNS(CAMUNDA_NS, "candidateGroups");
        boolean someone = !task.getAttributeNS(CAMUNDA_NS, "assignee").isBlank()
                || !candidateGroups.isBlank()
                || !task.getAttributeNS(CAMUNDA_NS, "candidateUsers").isBlank();
        if (!someone) {
            problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có người được giao hoặc nhóm ứng viên"));
        }
        for (String group : splitOutsideExpressions(candidateGroups)) {
            checkCandidateGroup(name, id, group.trim(), resolution.context, problems);
        }
        checkFormRef(name, task, resolution, problems, true);
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

    private void checkFormRef(String name, Element el, Resolution resolution, List<ModelProblem> problems,
                              boolean required) {
        String id = el.getAttribute("id");
        String formRef = el.getAttributeNS(CAMUNDA_NS, "formRef");
        if (formRef.isBlank()) {
            if (required) {
                problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có biểu mẫu Camunda (camunda:formRef)"));
            }
            return;
        }
        resolution.check(name, id, ModelContext.Kind.FORM, "formRef", formRef,
                el.getAttributeNS(CAMUNDA_NS, "formRefBinding"), el.getAttributeNS(CAMUNDA_NS, "formRefVersion"),
                problems);
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

    private static Document parse(String name, byte[] content, List<ModelProblem> problems) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(new ByteArrayInputStream(content));
        } catch (Exception e) {
            problems.add(new ModelProblem(name, null, "không đọc được XML: " + e.getMessage()));
            return null;
        }
    }

    private static List<Element> elements(Document doc, String ns, String localName) {
        NodeList list = doc.getElementsByTagNameNS(ns, localName);
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static List<Element> elementsByLocalName(Document doc, String localName) {
        return elements(doc, "*", localName);
    }
}

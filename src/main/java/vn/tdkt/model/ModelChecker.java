package vn.tdkt.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a set of BPMN, DMN and Camunda Form resources that are deployed together: every diagram
 * carries its layout, every process and decision its history time-to-live, every user task a
 * Vietnamese name, a form that resolves and someone to do it, and every formRef, decisionRef and
 * calledElement resolves inside the set.
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

    /** @param resources resource name (for example {@code processes/x.bpmn}) to content */
    public List<ModelProblem> check(Map<String, byte[]> resources) {
        List<ModelProblem> problems = new ArrayList<>();
        Map<String, String> formIds = new HashMap<>();
        Set<String> decisionIds = new HashSet<>();
        Set<String> processIds = new HashSet<>();
        Map<String, Document> bpmnDocs = new HashMap<>();

        resources.forEach((name, content) -> {
            if (name.endsWith(".form")) {
                readForm(name, content, formIds, problems);
            } else if (name.endsWith(".dmn")) {
                Document doc = parse(name, content, problems);
                if (doc != null) {
                    checkDmn(name, doc, decisionIds, problems);
                }
            } else if (name.endsWith(".bpmn")) {
                Document doc = parse(name, content, problems);
                if (doc != null) {
                    bpmnDocs.put(name, doc);
                    for (Element process : elements(doc, BPMN_NS, "process")) {
                        processIds.add(process.getAttribute("id"));
                    }
                }
            }
        });
        bpmnDocs.forEach((name, doc) -> checkBpmn(name, doc, formIds, decisionIds, processIds, problems));
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
        }
    }

    private void checkBpmn(String name, Document doc, Map<String, String> formIds, Set<String> decisionIds,
                           Set<String> processIds, List<ModelProblem> problems) {
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
                case "userTask" -> checkUserTask(name, el, formIds, problems);
                case "startEvent" -> checkFormRef(name, el, formIds, problems, false);
                case "businessRuleTask" -> {
                    String ref = el.getAttributeNS(CAMUNDA_NS, "decisionRef");
                    if (!ref.isBlank() && !isExpression(ref) && !decisionIds.contains(ref)) {
                        problems.add(new ModelProblem(name, id, "decisionRef \"" + ref + "\" không trỏ tới quyết định DMN nào trong cùng lần triển khai"));
                    }
                }
                case "callActivity" -> {
                    String ref = el.getAttribute("calledElement");
                    if (!ref.isBlank() && !isExpression(ref) && !processIds.contains(ref)) {
                        problems.add(new ModelProblem(name, id, "calledElement \"" + ref + "\" không trỏ tới quy trình nào trong cùng lần triển khai"));
                    }
                }
                default -> { }
            }
        }
    }

    private void checkUserTask(String name, Element task, Map<String, String> formIds, List<ModelProblem> problems) {
        String id = task.getAttribute("id");
        if (task.getAttribute("name").isBlank()) {
            problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có tên tiếng Việt"));
        }
        boolean someone = !task.getAttributeNS(CAMUNDA_NS, "assignee").isBlank()
                || !task.getAttributeNS(CAMUNDA_NS, "candidateGroups").isBlank()
                || !task.getAttributeNS(CAMUNDA_NS, "candidateUsers").isBlank();
        if (!someone) {
            problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có người được giao hoặc nhóm ứng viên"));
        }
        checkFormRef(name, task, formIds, problems, true);
    }

    private void checkFormRef(String name, Element el, Map<String, String> formIds, List<ModelProblem> problems,
                              boolean required) {
        String id = el.getAttribute("id");
        String formRef = el.getAttributeNS(CAMUNDA_NS, "formRef");
        if (formRef.isBlank()) {
            if (required) {
                problems.add(new ModelProblem(name, id, "nhiệm vụ người dùng không có biểu mẫu Camunda (camunda:formRef)"));
            }
            return;
        }
        if (!"deployment".equals(el.getAttributeNS(CAMUNDA_NS, "formRefBinding"))) {
            problems.add(new ModelProblem(name, id, "formRef \"" + formRef + "\" phải dùng camunda:formRefBinding=\"deployment\""));
        }
        if (!isExpression(formRef) && !formIds.containsKey(formRef)) {
            problems.add(new ModelProblem(name, id, "formRef \"" + formRef + "\" không trỏ tới biểu mẫu nào trong thư mục forms/"));
        }
    }

    private static boolean isExpression(String value) {
        return value.contains("${") || value.contains("#{");
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

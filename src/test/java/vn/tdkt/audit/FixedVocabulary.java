package vn.tdkt.audit;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import vn.tdkt.documents.DocumentType;
import vn.tdkt.registry.award.CommendationKind;
import vn.tdkt.registry.award.RecipientKind;
import vn.tdkt.registry.common.Labelled;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The words of the project's own models without an engine: the BPMN, DMN and form files of processes/ and forms/
 * read as the deployment would have them, the demo province's people and groups, and the province's codes.
 */
final class FixedVocabulary implements TimelineVocabulary {

    static final Map<String, String> USERS = Map.of(
            "canbo.stp", "Lâm Tấn Hiếu",
            "thutruong.stp", "Võ Ngọc Hương",
            "tiepnhan", "Dương Hồng Hạnh",
            "thamdinh", "Dương Ngọc Nam",
            "lanhdao.snv", "Ngô Tấn Cường",
            "chutich", "Phạm Quốc Phúc",
            "admin", "Quản trị hệ thống",
            "phothutruong.stp", "Trần Thị Mai");

    static final Map<String, String> GROUPS = Map.of(
            "unit-officer.stp", "Cán bộ làm công tác TĐKT đơn vị – Sở Tư pháp",
            "unit-head.stp", "Thủ trưởng cơ quan, đơn vị – Sở Tư pháp",
            "sa-receiver", "Bộ phận tiếp nhận hồ sơ (Sở Nội vụ)",
            "sa-specialist", "Chuyên viên thẩm định (Sở Nội vụ)",
            "sa-head", "Lãnh đạo cơ quan thường trực (Sở Nội vụ)",
            "chairman", "Chủ tịch UBND tỉnh - Chủ tịch Hội đồng TĐKT");

    private static final Map<String, ProcessWords> PROCESSES = new HashMap<>();
    private static final Map<String, Map<String, String>> DECISIONS = new HashMap<>();
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        try {
            Map<String, FormWords> forms = new LinkedHashMap<>();
            try (Stream<Path> files = Files.list(Path.of("forms"))) {
                for (Path f : files.sorted().toList()) {
                    FormWords words = FormWords.parse(Files.readAllBytes(f));
                    forms.put(words.id(), words);
                }
            }
            try (Stream<Path> files = Files.list(Path.of("processes"))) {
                for (Path f : files.sorted().toList()) {
                    if (f.toString().endsWith(".bpmn")) {
                        BpmnModelInstance model = Bpmn.readModelFromFile(f.toFile());
                        for (Process p : model.getModelElementsByType(Process.class)) {
                            PROCESSES.put(p.getId(), ProcessWords.of(model, p.getId(), forms));
                        }
                    } else if (f.toString().endsWith(".dmn")) {
                        DmnModelInstance model = Dmn.readModelFromFile(f.toFile());
                        for (Decision d : model.getModelElementsByType(Decision.class)) {
                            Map<String, String> outputs = new LinkedHashMap<>();
                            if (d.getExpression() instanceof DecisionTable table) {
                                for (Output o : table.getOutputs()) {
                                    outputs.put(o.getName(), o.getLabel());
                                }
                            }
                            DECISIONS.put(d.getId(), outputs);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CODES.putAll(Map.of("CSTD_TINH", "Chiến sĩ thi đua cấp tỉnh", "BK_TINH", "Bằng khen của Chủ tịch UBND tỉnh",
                "CSTDCS", "Chiến sĩ thi đua cơ sở", "LDTT", "Lao động tiên tiến"));
        for (Labelled[] values : List.of(DocumentType.values(), CommendationKind.values(), RecipientKind.values())) {
            for (Labelled v : values) {
                CODES.putIfAbsent(((Enum<?>) v).name(), v.label());
            }
        }
    }

    @Override
    public String userName(String userId) {
        return USERS.get(userId);
    }

    @Override
    public String groupName(String groupId) {
        return GROUPS.get(groupId);
    }

    @Override
    public ProcessWords process(String key, Integer version) {
        return key == null ? ProcessWords.NONE : PROCESSES.getOrDefault(key, ProcessWords.NONE);
    }

    /** Decision definition ids are "key:version:uuid" as the engine makes them. */
    @Override
    public Map<String, String> decisionOutputs(String decisionDefinitionId) {
        if (decisionDefinitionId == null) {
            return Map.of();
        }
        return DECISIONS.getOrDefault(decisionDefinitionId.split(":")[0], Map.of());
    }

    @Override
    public String code(String value) {
        return CODES.get(value);
    }
}

package vn.tdkt.model;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.model.ProbeModels.TTL;
import static vn.tdkt.model.ProbeModels.bpmn;
import static vn.tdkt.model.ProbeModels.dmn;
import static vn.tdkt.model.ProbeModels.form;
import static vn.tdkt.model.ProbeModels.validTask;

/**
 * The deploy-time rules of {@link ModelChecker} that need a context (deployed definitions, existing groups):
 * references resolve as the engine resolves them by binding, candidate groups exist or name a unit-scoped role's
 * unit group, user tasks carry Vietnamese names.
 */
class ModelCheckerRulesTest {

    private final ModelChecker checker = new ModelChecker();

    /** A deployed world: one form, one decision, one process, version 1 of each, and one group besides the roles. */
    private final ModelContext deployed = new ModelContext() {
        @Override
        public boolean deployed(Kind kind, String key, Integer version) {
            return Set.of("deployed-form", "deployed-decision", "deployed-process").contains(key)
                    && (version == null || version == 1);
        }

        @Override
        public boolean groupExists(String groupId) {
            return "to-cong-tac".equals(groupId) || ModelContext.standalone().groupExists(groupId);
        }
    };

    private List<String> check(Map<String, String> resources) {
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        resources.forEach((name, content) -> bytes.put(name, content.getBytes(StandardCharsets.UTF_8)));
        return checker.check(bytes, deployed).stream().map(ModelProblem::toString).toList();
    }

    private List<String> task(String taskAttributes) {
        return check(Map.of("p.bpmn", bpmn("p", TTL, taskAttributes), "f.form", form("f")));
    }

    /** Every row of a table of legal rules says its legal basis and whether it is confirmed, or it is not deployed. */
    @Test
    void aLegalRowWithoutBasisOrFlagIsRefused() throws Exception {
        String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes/award-eligibility.dmn"));
        assertThat(check(Map.of("award-eligibility.dmn", table))).isEmpty();
        String noBasis = table.replace("<outputEntry id=\"Out_4_3\"><text>&quot;Quy chế TĐKT của tỉnh (thông lệ)&quot;</text>",
                "<outputEntry id=\"Out_4_3\"><text></text>");
        assertThat(noBasis).isNotEqualTo(table);
        assertThat(check(Map.of("award-eligibility.dmn", noBasis))).singleElement().asString()
                .contains("[Rule_4]", "không ghi căn cứ pháp lý");
        String noFlag = table.replace("<outputEntry id=\"Out_9b_4\"><text>false</text>", "<outputEntry id=\"Out_9b_4\"><text></text>");
        assertThat(noFlag).isNotEqualTo(table);
        assertThat(check(Map.of("award-eligibility.dmn", noFlag))).singleElement().asString()
                .contains("[Rule_9_2024]", "không ghi đã xác nhận hay chưa");
    }

    /** A table of rules that cannot tell one period from another is not deployed (docs/adr/0001-rules-by-date.md). */
    @Test
    void aLawTableWithoutItsValidityColumnIsRefused() throws Exception {
        String table = java.nio.file.Files.readString(java.nio.file.Path.of("processes/needs-council.dmn"));
        assertThat(check(Map.of("needs-council.dmn", table))).isEmpty();
        String undated = table.replace("<text>date(judgedOn)</text>", "<text>\"2026-01-01\"</text>");
        assertThat(undated).isNotEqualTo(table);
        assertThat(check(Map.of("needs-council.dmn", undated))).singleElement().asString()
                .contains("[needs-council]", "không có cột thời kỳ áp dụng");
    }

    @Test
    void aValidDiagramWithItsFormPasses() {
        assertThat(task(validTask("f"))).isEmpty();
    }

    @Test
    void vietnameseNamesOnlyWithAVietnameseLetter() {
        for (String name : List.of("Thẩm định hồ sơ", "Ký tờ trình", "Đi", "Xét duyệt", "Trả lại", "Ghi nhận ý kiến")) {
            assertThat(VietnameseText.hasVietnameseLetter(name)).as(name).isTrue();
        }
        for (String name : List.of("Task_1", "Review dossier", "Xu ly ho so", "", "   ")) {
            assertThat(VietnameseText.hasVietnameseLetter(name)).as(name).isFalse();
        }
        assertThat(VietnameseText.hasVietnameseLetter(null)).isFalse();

        String group = "camunda:candidateGroups=\"sa-specialist\" camunda:formRef=\"f\" camunda:formRefBinding=\"deployment\"";
        assertThat(task("name=\"Task_1\" " + group)).singleElement().asString()
                .contains("[Task_Review]").contains("\"Task_1\"").contains("không phải tên tiếng Việt");
        assertThat(task("name=\"Review dossier\" " + group)).singleElement().asString().contains("không phải tên tiếng Việt");
        assertThat(task(group)).singleElement().asString().contains("không có tên tiếng Việt");
    }

    @Test
    void everyUserTaskOfTheRepositoryHasAVietnameseName() {
        // the same rule over processes/: no task name there is a Modeler default or English
        assertThat(checker.check(ModelResources.fromDirectory(Path.of(".")), deployed)).isEmpty();
    }

    @Test
    void candidateGroupsMustExistOrNameAUnitOfAUnitScopedRole() {
        String rest = "name=\"Xét duyệt\" camunda:formRef=\"f\" camunda:formRefBinding=\"deployment\" ";
        assertThat(task(rest + "camunda:candidateGroups=\"sa-specialist, to-cong-tac\"")).isEmpty();
        assertThat(task(rest + "camunda:candidateGroups=\"unit-head.${unitCode}\"")).isEmpty();
        assertThat(task(rest + "camunda:candidateGroups=\"block-member.${member}\"")).isEmpty();
        assertThat(task(rest + "camunda:candidateGroups=\"${unitGroups}\"")).as("a whole expression").isEmpty();
        assertThat(task(rest + "camunda:candidateGroups=\"sa-head, ${unitGroups.of(unitCode, 'unit-head')}\""))
                .as("a comma inside an expression separates nothing").isEmpty();

        assertThat(task(rest + "camunda:candidateGroups=\"chuyen-vien\"")).singleElement().asString()
                .contains("[Task_Review]").contains("\"chuyen-vien\"").contains("không tồn tại");
        assertThat(task(rest + "camunda:candidateGroups=\"sa-head.${unitCode}\"")).singleElement().asString()
                .contains("sa-head.${unitCode}").contains("unit-officer, unit-head, block-member");
        assertThat(task(rest + "camunda:candidateGroups=\"nhom-la.${unitCode}\"")).hasSize(1);
        assertThat(task(rest + "camunda:candidateGroups=\"unit-head${unitCode}\"")).as("no dot").hasSize(1);
    }

    @Test
    void bindingDeploymentResolvesOnlyInsideTheDeployment() {
        String rest = "name=\"Xét duyệt\" camunda:candidateGroups=\"sa-specialist\" ";
        assertThat(task(rest + "camunda:formRef=\"deployed-form\" camunda:formRefBinding=\"deployment\""))
                .singleElement().asString().contains("\"deployed-form\"").contains("cùng lần triển khai");
        assertThat(task(rest + "camunda:formRef=\"deployed-form\" camunda:formRefBinding=\"latest\"")).isEmpty();
        assertThat(task(rest + "camunda:formRef=\"deployed-form\"")).as("latest is the default").isEmpty();
        assertThat(task(rest + "camunda:formRef=\"deployed-form\" camunda:formRefBinding=\"version\" camunda:formRefVersion=\"1\""))
                .isEmpty();
        assertThat(task(rest + "camunda:formRef=\"deployed-form\" camunda:formRefBinding=\"version\" camunda:formRefVersion=\"7\""))
                .singleElement().asString().contains("phiên bản 7");
        assertThat(task(rest + "camunda:formRef=\"nowhere\" camunda:formRefBinding=\"latest\""))
                .singleElement().asString().contains("\"nowhere\"").contains("đã triển khai");
        assertThat(task(rest)).singleElement().asString().contains("camunda:formRef");
    }

    @Test
    void decisionRefAndCalledElementFollowTheirBindingToo() {
        String process = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://tdkt.vn/test">
                  <bpmn:process id="refs" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:businessRuleTask id="Rule_Latest" camunda:decisionRef="deployed-decision" />
                    <bpmn:businessRuleTask id="Rule_Deployment" camunda:decisionRef="deployed-decision" camunda:decisionRefBinding="deployment" />
                    <bpmn:businessRuleTask id="Rule_Here" camunda:decisionRef="here" camunda:decisionRefBinding="deployment" />
                    <bpmn:callActivity id="Call_Latest" calledElement="deployed-process" />
                    <bpmn:callActivity id="Call_Missing" calledElement="missing-process" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="di"><bpmndi:BPMNPlane id="plane" bpmnElement="refs">
                    %s
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """.formatted(String.join("\n", List.of("Rule_Latest", "Rule_Deployment", "Rule_Here", "Call_Latest", "Call_Missing")
                .stream().map(id -> "<bpmndi:BPMNShape id=\"" + id + "_di\" bpmnElement=\"" + id
                        + "\"><dc:Bounds x=\"0\" y=\"0\" width=\"100\" height=\"80\" /></bpmndi:BPMNShape>").toList()));
        List<String> problems = check(Map.of("refs.bpmn", process, "here.dmn", dmn("here", TTL)));
        assertThat(problems).hasSize(2);
        assertThat(problems).anyMatch(p -> p.contains("[Rule_Deployment]") && p.contains("cùng lần triển khai"));
        assertThat(problems).anyMatch(p -> p.contains("[Call_Missing]") && p.contains("\"missing-process\""));
    }

    @Test
    void timeToLiveOfProcessesAndDecisions() {
        assertThat(check(Map.of("p.bpmn", bpmn("p", "", validTask("f")), "f.form", form("f"))))
                .singleElement().asString().contains("p.bpmn [p]").contains("historyTimeToLive");
        assertThat(check(Map.of("d.dmn", dmn("d", "")))).singleElement().asString()
                .contains("d.dmn [d]").contains("historyTimeToLive");
        assertThat(check(Map.of("d.dmn", dmn("d", TTL)))).isEmpty();
    }

    @Test
    void theEnginesOtherSuffixesAreCheckedAsWell() {
        // BpmnDeployer also deploys *.bpmn20.xml, the DMN deployer *.dmn11.xml: no way around the check
        assertThat(check(Map.of("p.bpmn20.xml", bpmn("p", "", validTask("f")), "f.form", form("f"))))
                .singleElement().asString().contains("historyTimeToLive");
        assertThat(check(Map.of("d.dmn11.xml", dmn("d", "")))).singleElement().asString().contains("historyTimeToLive");
    }
}

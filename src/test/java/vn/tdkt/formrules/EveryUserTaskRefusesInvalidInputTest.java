package vn.tdkt.formrules;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceModificationBuilder;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.council.CouncilFixture;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.TestUsers;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every user task of every process in processes/: the task is put in place (process instance modification,
 * without the steps before it), then completed through /engine-rest with a value its deployed form forbids. The
 * answer must be 400 naming the field, and the task must still be open. Tasks whose input is a secret ballot or a
 * choice the process computes are held to the process's own rules the same way.
 */
@IntegrationTest
class EveryUserTaskRefusesInvalidInputTest {

    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Set<String> USER_VARIABLES = Set.of("initiator", "chairUserId", "voter");

    @Autowired ProcessEngine engine;
    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired Clock clock;

    private final ObjectMapper json = new ObjectMapper();
    private static final List<String> started = new ArrayList<>();
    private static final Map<String, String> seeds = new LinkedHashMap<>();

    @AfterAll
    static void cleanUp(@Autowired ProcessEngine engine) {
        started.forEach(id -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).count() > 0) {
                engine.getRuntimeService().deleteProcessInstance(id, "test cleanup", true, true);
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> everyUserTask() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String processKey = processOf(task).getId();
                    tests.add(DynamicTest.dynamicTest(processKey + " / " + task.getId() + " (" + task.getName() + ")",
                            () -> refusesInvalidInput(processKey, task, model)));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(32);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyStartForm() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
                    if (start.getCamundaFormRef() != null && start.getParentElement() instanceof Process process) {
                        tests.add(DynamicTest.dynamicTest(process.getId() + " / start form " + start.getCamundaFormRef(),
                                () -> startRefusesInvalidInput(process.getId(), start.getCamundaFormRef())));
                    }
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(4);
        return tests.stream();
    }

    private void startRefusesInvalidInput(String processKey, String formRef) throws Exception {
        long before = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count();
        Invalid invalid = invalidInput(formRef, processKey);
        ResponseEntity<String> answer = rest.withBasicAuth("admin", "demo").postForEntity(
                "/engine-rest/process-definition/key/" + processKey + "/submit-form",
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", invalid.variables())), jsonHeaders()), String.class);
        assertThat(answer.getStatusCode().value()).as(processKey + " " + answer.getBody()).isEqualTo(400);
        assertThat(json.readTree(answer.getBody()).path("message").asText()).contains(invalid.expectedInMessage());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(processKey).count())
                .as("no instance started").isEqualTo(before);
    }

    private void refusesInvalidInput(String processKey, UserTask task, BpmnModelInstance model) throws Exception {
        String pi = seeds.computeIfAbsent(processKey, this::seed);
        Task open = moveTo(pi, task.getId(), expressionVariables(model));
        assertThat(open).as("task " + task.getId() + " in place").isNotNull();

        Invalid invalid = invalidInput(task.getCamundaFormRef(), task.getId());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.withBasicAuth(ownUser(open), "demo").postForEntity(
                "/engine-rest/task/" + open.getId() + "/complete",
                new HttpEntity<>(json.writeValueAsString(Map.of("variables", invalid.variables())), headers), String.class);

        assertThat(answer.getStatusCode().value()).as(task.getId() + " " + answer.getBody()).isEqualTo(400);
        String message = json.readTree(answer.getBody()).path("message").asText();
        assertThat(message).as(task.getId()).isNotBlank();
        if (message.startsWith("Chưa lưu được:")) {
            // the form's rules answered: the field broken on purpose is named
            assertThat(message).as(task.getId()).contains(invalid.expectedInMessage());
        }
        assertThat(engine.getTaskService().createTaskQuery().taskId(open.getId()).count())
                .as(task.getId() + " still open").isOne();
    }

    /** The task's own user, as Tasklist would have it: its assignee, else a member of its first candidate group. */
    private String ownUser(Task task) {
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> "candidate".equals(l.getType()) && l.getGroupId() != null)
                .map(l -> engine.getIdentityService().createUserQuery().memberOfGroup(l.getGroupId()).list())
                .filter(users -> !users.isEmpty()).map(users -> users.get(0).getId()).findFirst()
                .orElseThrow(() -> new AssertionError("task " + task.getTaskDefinitionKey() + " has no user of its own"));
    }

    record Invalid(Map<String, Object> variables, String expectedInMessage) { }

    /**
     * One real instance per process, started the way its users start it, so that the steps' own tables and
     * variables exist; it is then moved from task to task (process instance modification, listeners skipped).
     */
    private String seed(String processKey) {
        int year = LocalDate.now(clock).getYear() - 1;
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        ProcessInstance pi = switch (processKey) {
            case "commendation-proposal" -> proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year,
                    proposals.person("stp", "Kiểm Tra Biểu Mẫu", Map.of("CSTDCS", List.of(year - 1, year)),
                            Map.of(year, "XUAT_SAC")));
            case "council-review" -> new CouncilFixture(engine, jdbc, proposals, year).startSession("Phiên kiểm tra biểu mẫu");
            case "emulation-registration" -> TestUsers.as(engine.getIdentityService(), "cb." + newUnit(), () ->
                    engine.getFormService().submitStartForm(engine.getRepositoryService().createProcessDefinitionQuery()
                            .processDefinitionKey("emulation-registration").latestVersion().singleResult().getId(),
                            Variables.createVariables().putValue("emulationYear", year + 2)
                                    .putValue("collectiveTitle", "TTLDTT").putValue("ldttCount", 10)
                                    .putValue("cstdcsCount", 1).putValue("commitment", "Phấn đấu hoàn thành xuất sắc.")));
            case "block-emulation-cycle" -> blockCycle(year);
            default -> throw new AssertionError("no seed for " + processKey);
        };
        started.add(pi.getId());
        return pi.getId();
    }

    /** A block of two new units and its cycle, opened by the leader unit's officer through the API. */
    private ProcessInstance blockCycle(int year) {
        String tag = UUID.randomUUID().toString().substring(0, 4).toLowerCase();
        String block = "F" + tag.toUpperCase();
        List<String> units = List.of(newUnit(), newUnit());
        organisation().block(block, "Khối kiểm tra " + tag, year, units);
        ResponseEntity<String> opened = rest.withBasicAuth("cb." + units.get(0), "demo").postForEntity(
                "/api/blocks/" + block + "/years/" + year + "/cycle", new HttpEntity<>("{}", jsonHeaders()), String.class);
        assertThat(opened.getStatusCode().value()).as(opened.getBody()).isEqualTo(201);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey("KTD-" + block + "-" + year).singleResult();
    }

    /** A unit of its own (nothing registered or proposed yet) with an officer cb.<code> and a head tt.<code>. */
    private String newUnit() {
        String code = "f" + UUID.randomUUID().toString().substring(0, 6).toLowerCase();
        return organisation().staffedUnit(code, "Đơn vị kiểm tra " + code);
    }

    private TestOrganisation organisation() {
        return new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc);
    }

    private static HttpHeaders jsonHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return headers;
    }

    /** The instance's open task of that definition, after moving the instance there if it is elsewhere. */
    private Task moveTo(String pi, String taskKey, Map<String, Object> expressionValues) {
        Task open = openTask(pi, taskKey);
        if (open != null) {
            return open;
        }
        expressionValues.forEach((name, value) -> {
            if (!engine.getRuntimeService().getVariables(pi).containsKey(name)) {
                engine.getRuntimeService().setVariable(pi, name, value);
            }
        });
        ProcessInstanceModificationBuilder move = engine.getRuntimeService().createProcessInstanceModification(pi)
                .startBeforeActivity(taskKey);
        for (String leaf : leaves(engine.getRuntimeService().getActivityInstance(pi))) {
            move = move.cancelActivityInstance(leaf);
        }
        move.execute(true, true);
        return openTask(pi, taskKey);
    }

    private Task openTask(String pi, String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).list()
                .stream().findFirst().orElse(null);
    }

    private static List<String> leaves(ActivityInstance instance) {
        List<String> ids = new ArrayList<>();
        if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
            if (instance.getParentActivityInstanceId() != null) {
                ids.add(instance.getId());
            }
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            ids.addAll(leaves(child));
        }
        for (var transition : instance.getChildTransitionInstances()) {
            ids.add(transition.getId());
        }
        return ids;
    }

    /** The first rule of the task's form broken on purpose; for a ballot or a computed choice, the process's rule. */
    private boolean checkableByForm(FieldRule rule) {
        boolean choice = Set.of("select", "radio", "checklist", "taglist").contains(rule.type());
        return !choice || (rule.allowedValues() != null && !rule.allowedValues().isEmpty());
    }

    private Invalid invalidInput(String formRef, String element) throws IOException {
        String form = Files.readString(formFile(formRef));
        FormRules rules = FormRuleParser.parse(form);
        if (rules.fields().isEmpty()) {
            return processRuleInput(element, form);
        }
        // a choice whose options Tasklist reads from a URL at form open has no fixed list the form's rules can hold
        // it to (the process checks it against the catalogue), so the field broken on purpose is one with its own rule
        FieldRule f = rules.fields().stream().filter(r -> r.listPath() == null).filter(this::checkableByForm)
                .findFirst().orElse(rules.fields().get(0));
        Map<String, Object> value;
        String expected = "«" + f.displayName() + "»";
        Object bad = switch (f.type()) {
            case "number" -> f.max() != null ? f.max() + 1 : f.min() != null ? f.min() - 1 : "không phải số";
            case "select", "radio", "checklist", "taglist" -> "KHONG_CO_LUA_CHON_NAY";
            case "datetime" -> "31/02/2026";
            case "checkbox" -> f.required() ? false : "có lẽ";
            default -> f.required() ? "   " : 12345;
        };
        if (f.listPath() == null) {
            value = Map.of(f.key(), typed(bad));
        } else {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put(f.key(), bad);
            value = Map.of(f.listPath(), Map.of("value", json.writeValueAsString(List.of(row)), "type", "Json"));
        }
        return new Invalid(value, expected);
    }

    private Invalid processRuleInput(String element, String form) {
        assertThat(form).as(element + ": a form without rules must be a secret ballot").contains("\"secretBallot");
        // a ballot with a choice that is not on it: the ballot box refuses it, nothing is cast
        String ballot = "[{\"candidateCode\":\"KHONG_CO\",\"choice\":\"BAY_BA\"}]";
        return new Invalid(Map.of("secretBallot", Map.of("value", ballot, "type", "Json")), "phiếu");
    }

    private static Map<String, Object> typed(Object value) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("value", value);
        if (value instanceof String) {
            v.put("type", "String");
        } else if (value instanceof Boolean) {
            v.put("type", "Boolean");
        } else if (value instanceof Double) {
            v.put("type", "Double");
        } else if (value instanceof Integer) {
            v.put("type", "Integer");
        }
        return v;
    }

    /**
     * Values for what the steps before a task would have set: the names in assignee, candidate group, due date and
     * timer expressions and the multi-instance element variables (a unit code, a user, a date ten days ahead).
     */
    private static Map<String, Object> expressionVariables(BpmnModelInstance model) {
        List<String> texts = new ArrayList<>();
        for (UserTask t : model.getModelElementsByType(UserTask.class)) {
            texts.add(t.getCamundaAssignee());
            texts.add(t.getCamundaCandidateGroups());
            texts.add(t.getCamundaDueDate());
        }
        for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
            texts.add(timer.getTimeDate() == null ? null : timer.getTimeDate().getTextContent());
        }
        Map<String, Object> vars = new LinkedHashMap<>();
        for (MultiInstanceLoopCharacteristics mi : model.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
            if (mi.getCamundaElementVariable() != null) {
                vars.put(mi.getCamundaElementVariable(), USER_VARIABLES.contains(mi.getCamundaElementVariable()) ? "admin" : "stp");
            }
        }
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            Matcher m = EXPRESSION.matcher(text);
            while (m.find()) {
                String name = m.group(1);
                vars.put(name, name.contains("Date") || name.endsWith("At")
                        ? Date.from(Instant.now().plus(10, ChronoUnit.DAYS))
                        : USER_VARIABLES.contains(name) ? "admin" : "stp");
            }
        }
        return vars;
    }

    private static Process processOf(ModelElementInstance element) {
        ModelElementInstance e = element;
        while (!(e instanceof Process)) {
            e = e.getParentElement();
        }
        return (Process) e;
    }

    private static Path formFile(String formRef) throws IOException {
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            return forms.filter(p -> p.toString().endsWith(".form")).filter(p -> {
                try {
                    return formRef.equals(FormRuleParser.parse(Files.readString(p)).formId());
                } catch (IOException e) {
                    return false;
                }
            }).findFirst().orElseThrow(() -> new AssertionError("no form " + formRef));
        }
    }
}

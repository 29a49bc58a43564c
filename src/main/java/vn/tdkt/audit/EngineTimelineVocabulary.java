package vn.tdkt.audit;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.registry.award.CommendationKind;
import vn.tdkt.registry.award.RecipientKind;
import vn.tdkt.registry.common.Labelled;

import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names the readable timeline uses, from the engine: users' and groups' names from Camunda identity, step
 * names, sequence flows and form labels from the deployed process definitions and the forms of their deployment,
 * decision tables' output labels, and the province's codes (award types from the registry, document types and the
 * kinds of commendation). Deployed definitions never change, so their words are kept for good; people, groups and
 * award types are read again for each timeline ({@link #session()}). The engine is asked as the system: an auditor
 * may read the trail without being allowed to list users or read models.
 */
@Component
public class EngineTimelineVocabulary {

    private static final Logger log = LoggerFactory.getLogger(EngineTimelineVocabulary.class);

    private final IdentityService identity;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final Map<String, ProcessWords> processes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, FormWords>> formsByDeployment = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> decisionOutputs = new ConcurrentHashMap<>();

    /** Each document type with its label (published by the documents package). */
    private final Map<String, String> documentTypes;

    EngineTimelineVocabulary(IdentityService identity, RepositoryService repository, JdbcClient jdbc,
                             List<AuditCodeList> codeLists) {
        this.identity = identity;
        this.repository = repository;
        this.jdbc = jdbc;
        this.documentTypes = AuditCodeList.labels(codeLists, AuditCodeList.DOCUMENT_TYPE);
    }

    /** Words for one timeline (or one export): people, groups and codes are read once in it. */
    TimelineVocabulary session() {
        return new Session();
    }

    private final class Session implements TimelineVocabulary {
        private final Map<String, String> users = new HashMap<>();
        private final Map<String, String> groups = new HashMap<>();
        private final Map<String, ProcessWords> latest = new HashMap<>();
        private Map<String, String> codes;

        @Override
        public String userName(String userId) {
            return users.computeIfAbsent(userId, id -> {
                User u = SystemCalls.asSystem(() -> identity.createUserQuery().userId(id).singleResult());
                if (u == null) {
                    return "";
                }
                return ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                        + (u.getLastName() == null ? "" : u.getLastName())).strip();
            }).transform(name -> name.isEmpty() ? null : name);
        }

        @Override
        public String groupName(String groupId) {
            return groups.computeIfAbsent(groupId, id -> {
                Group g = SystemCalls.asSystem(() -> identity.createGroupQuery().groupId(id).singleResult());
                return g == null || g.getName() == null ? "" : g.getName().strip();
            }).transform(name -> name.isEmpty() ? null : name);
        }

        @Override
        public ProcessWords process(String key, Integer version) {
            if (key == null) {
                return ProcessWords.NONE;
            }
            if (version == null) {
                return latest.computeIfAbsent(key, k -> load(k, null));
            }
            return processes.computeIfAbsent(key + ":" + version, k -> load(key, version));
        }

        @Override
        public Map<String, String> decisionOutputs(String decisionDefinitionId) {
            if (decisionDefinitionId == null) {
                return Map.of();
            }
            return decisionOutputs.computeIfAbsent(decisionDefinitionId, EngineTimelineVocabulary.this::outputs);
        }

        @Override
        public String code(String value) {
            if (codes == null) {
                codes = codes();
            }
            return codes.get(value);
        }
    }

    private ProcessWords load(String key, Integer version) {
        try {
            ProcessDefinition definition = SystemCalls.asSystem(() -> {
                ProcessDefinition exact = version == null ? null : repository.createProcessDefinitionQuery()
                        .processDefinitionKey(key).processDefinitionVersion(version).list().stream().findFirst()
                        .orElse(null);
                // a version whose deployment was removed since: the words of the latest version of the process
                return exact != null ? exact : repository.createProcessDefinitionQuery().processDefinitionKey(key)
                        .latestVersion().list().stream().findFirst().orElse(null);
            });
            if (definition == null) {
                return ProcessWords.NONE;
            }
            var model = SystemCalls.asSystem(() -> repository.getBpmnModelInstance(definition.getId()));
            return ProcessWords.of(model, key, forms(definition.getDeploymentId()));
        } catch (RuntimeException e) {
            // the timeline still reads, with the names the records carry themselves
            log.warn("Audit timeline: the words of process {} version {} could not be read: {}", key, version, e.toString());
            return ProcessWords.NONE;
        }
    }

    /** The Camunda Forms of a deployment by form id (deployments never change once made). */
    private Map<String, FormWords> forms(String deploymentId) {
        return formsByDeployment.computeIfAbsent(deploymentId, id -> SystemCalls.asSystem(() -> {
            Map<String, FormWords> forms = new LinkedHashMap<>();
            for (String name : repository.getDeploymentResourceNames(id)) {
                if (!name.endsWith(".form")) {
                    continue;
                }
                try (InputStream in = repository.getResourceAsStream(id, name)) {
                    FormWords form = FormWords.parse(in.readAllBytes());
                    if (form.id() != null) {
                        forms.putIfAbsent(form.id(), form);
                    }
                } catch (Exception e) {
                    log.warn("Audit timeline: form {} of deployment {} could not be read: {}", name, id, e.toString());
                }
            }
            return Map.copyOf(forms);
        }));
    }

    private Map<String, String> outputs(String decisionDefinitionId) {
        try {
            return SystemCalls.asSystem(() -> {
                DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                        .decisionDefinitionId(decisionDefinitionId).singleResult();
                if (definition == null) {
                    return Map.<String, String>of();
                }
                DmnModelInstance model = repository.getDmnModelInstance(decisionDefinitionId);
                Map<String, String> labels = new LinkedHashMap<>();
                for (Decision decision : model.getModelElementsByType(Decision.class)) {
                    // the evaluated table first; required tables of the same model add their outputs after it
                    if (!decision.getId().equals(definition.getKey())) {
                        continue;
                    }
                    if (decision.getExpression() instanceof DecisionTable table) {
                        for (Output output : table.getOutputs()) {
                            String label = output.getLabel() != null ? output.getLabel() : output.getName();
                            if (output.getName() != null && label != null) {
                                labels.putIfAbsent(output.getName(), label.strip());
                            }
                        }
                    }
                }
                for (Decision decision : model.getModelElementsByType(Decision.class)) {
                    if (decision.getExpression() instanceof DecisionTable table) {
                        for (Output output : table.getOutputs()) {
                            if (output.getName() != null && output.getLabel() != null) {
                                labels.putIfAbsent(output.getName(), output.getLabel().strip());
                            }
                        }
                    }
                }
                return Map.copyOf(labels);
            });
        } catch (RuntimeException e) {
            log.warn("Audit timeline: decision {} could not be read: {}", decisionDefinitionId, e.toString());
            return Map.of();
        }
    }

    private Map<String, String> codes() {
        Map<String, String> codes = new HashMap<>();
        jdbc.sql("SELECT code, name FROM award_type").query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list().forEach(e -> codes.putIfAbsent(e.getKey(), e.getValue()));
        documentTypes.forEach(codes::putIfAbsent);
        for (Labelled[] values : new Labelled[][]{CommendationKind.values(), RecipientKind.values()}) {
            for (Labelled v : values) {
                codes.putIfAbsent(((Enum<?>) v).name(), v.label());
            }
        }
        return codes;
    }
}

package vn.tdkt.engine;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Evaluates the latest deployed version of a decision table without asking the database which version that is on
 * every call (Camunda's {@code evaluateDecisionByKey} does): the version is looked up once and kept until this node
 * deploys or deletes anything ({@link DeploymentGeneration}) or, for a version changed from another node, for at most
 * {@code tdkt.rules.latest-version-check} (30 s by default).
 * <p>
 * {@link #evaluate} goes through the engine, so the evaluation is in the history and the audit chain, as every legal
 * decision must be. {@link #evaluateUnrecorded} is for tables whose result is kept elsewhere and whose history would
 * only cost (the task-priority table: the priority is on the task and in its history): it evaluates the same
 * version's model, parsed once, with a DMN engine of its own.
 */
@Service
public class LatestDecisions {

    private record Latest(String definitionId, long generation, long readAtNanos) { }

    private final RepositoryService repository;
    private final DecisionService decisions;
    private final DeploymentGeneration deployments;
    private final long checkNanos;
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();
    private final Map<String, DmnDecision> parsed = new ConcurrentHashMap<>();
    private final DmnEngine unrecorded = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    public LatestDecisions(@Lazy RepositoryService repository, @Lazy DecisionService decisions,
                           DeploymentGeneration deployments,
                           @Value("${tdkt.rules.latest-version-check:30s}") Duration check) {
        this.repository = repository;
        this.decisions = decisions;
        this.deployments = deployments;
        this.checkNanos = check.toNanos();
    }

    /** The id of the latest deployed version of the decision, or an error naming it when none is deployed. */
    public String definitionId(String key) {
        long generation = deployments.current();
        long now = System.nanoTime();
        Latest known = latest.get(key);
        if (known != null && known.generation() == generation && now - known.readAtNanos() < checkNanos) {
            return known.definitionId();
        }
        DecisionDefinition definition = SystemCalls.asSystem(() -> repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(key).latestVersion().singleResult());
        if (definition == null) {
            throw new IllegalStateException("Decision " + key + " is not deployed");
        }
        latest.put(key, new Latest(definition.getId(), generation, now));
        return definition.getId();
    }

    /**
     * Runs {@code use} with the id of the latest version. When it fails because that version's deployment was deleted
     * since the id was read (an administrator removing a faulty version in Cockpit tells no cache), the id is
     * forgotten and {@code use} runs once more with the version that is now the latest.
     */
    public <T> T withLatest(String key, Function<String, T> use) {
        String id = definitionId(key);
        try {
            return use.apply(id);
        } catch (RuntimeException failure) {
            if (!forgetIfGone(key, id)) {
                throw failure;
            }
            return use.apply(definitionId(key));
        }
    }

    /** Evaluates the latest version through the engine: in the history and the audit chain. */
    public DmnDecisionResult evaluate(String key, Map<String, Object> variables) {
        return withLatest(key, id -> SystemCalls.asSystem(() -> decisions.evaluateDecisionById(id).variables(variables)
                .evaluate()));
    }

    /** Evaluates the latest version's model outside the engine: no history, no audit record, no statement. */
    public DmnDecisionResult evaluateUnrecorded(String key, Map<String, Object> variables) {
        return withLatest(key, id -> unrecorded.evaluateDecision(parsed.computeIfAbsent(id, this::parse),
                Variables.fromMap(variables)));
    }

    private DmnDecision parse(String definitionId) {
        DecisionDefinition definition = SystemCalls.asSystem(() -> repository.getDecisionDefinition(definitionId));
        try (InputStream model = SystemCalls.asSystem(() -> repository.getDecisionModel(definitionId))) {
            return unrecorded.parseDecision(definition.getKey(), model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A deployment deleted since the version was read: forget it and read again (true), or the error stands. */
    private boolean forgetIfGone(String key, String id) {
        boolean gone = SystemCalls.asSystem(() -> repository.createDecisionDefinitionQuery().decisionDefinitionId(id)
                .count()) == 0;
        if (gone) {
            latest.remove(key);
            parsed.remove(id);
        }
        return gone;
    }
}

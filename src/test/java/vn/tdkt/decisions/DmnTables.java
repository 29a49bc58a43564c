package vn.tdkt.decisions;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** Loads the repository's decision tables (processes/*.dmn) into a plain DMN engine for fast table tests. */
public final class DmnTables {

    private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    private static final Map<String, DmnDecision> CACHE = new HashMap<>();

    private DmnTables() { }

    public static synchronized DmnDecision decision(String key) {
        return CACHE.computeIfAbsent(key, k -> {
            try (var in = new FileInputStream("processes/" + k + ".dmn")) {
                return ENGINE.parseDecision(k, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public static DmnDecisionResult evaluate(String key, Map<String, Object> variables) {
        return ENGINE.evaluateDecision(decision(key), variables);
    }
}

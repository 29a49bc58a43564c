package vn.tdkt.rules;

import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Service;
import vn.tdkt.engine.LatestDecisions;
import vn.tdkt.engine.SystemCalls;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads the legal parameters in force on a day from the latest deployed version of the DMN table
 * {@code legal-parameters} (hit policy COLLECT, one row per parameter and period). Results are kept per table version
 * and day: a new version deployed from Camunda Modeler is read on the next call.
 */
@Service
public class LegalParameters {

    public static final String DECISION_KEY = "legal-parameters";
    private static final int CACHE_LIMIT = 2_000;

    private final DecisionService decisions;
    private final LatestDecisions latestDecisions;
    private final Map<String, LegalParameterSet> cache = new ConcurrentHashMap<>();

    public LegalParameters(DecisionService decisions, LatestDecisions latestDecisions) {
        this.decisions = decisions;
        this.latestDecisions = latestDecisions;
    }

    /** The parameters in force on the day; each required parameter exactly once, or an error naming it. */
    public LegalParameterSet on(LocalDate day) {
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        return latestDecisions.withLatest(DECISION_KEY,
                latest -> cache.computeIfAbsent(latest + "@" + day, k -> evaluate(latest, day)));
    }

    private LegalParameterSet evaluate(String definitionId, LocalDate day) {
        List<Map<String, Object>> rows = SystemCalls.asSystem(() -> decisions.evaluateDecisionById(definitionId)
                .variables(Map.of(RuleDates.VARIABLE, RuleDates.judgedOn(day))).evaluate().getResultList());
        return fromRows(day, rows);
    }

    /** Builds the set from the table's rows; two rows for one parameter on one day are a table error. */
    public static LegalParameterSet fromRows(LocalDate day, List<Map<String, Object>> rows) {
        Map<String, LegalParameter> parameters = new HashMap<>();
        for (Map<String, Object> row : rows) {
            String code = (String) row.get("parameter");
            LegalParameter p = new LegalParameter(code, row.get("value"), (String) row.get("label"),
                    (String) row.get("legalBasis"), Boolean.TRUE.equals(row.get("confirmed")));
            if (parameters.put(code, p) != null) {
                throw new IllegalStateException("Decision " + DECISION_KEY + " gives " + code + " twice on " + day);
            }
        }
        return new LegalParameterSet(day, parameters);
    }
}

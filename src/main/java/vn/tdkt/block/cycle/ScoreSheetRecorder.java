package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import vn.tdkt.block.scoring.ScoreCalculator;
import vn.tdkt.block.scoring.ScoreSheet;
import vn.tdkt.block.scoring.ScoringRules;
import vn.tdkt.block.scoring.ScoringTable;
import vn.tdkt.block.scoring.ScoringTableStore;
import vn.tdkt.documents.DossierService;
import vn.tdkt.workflow.InputRejectedException;
import vn.tdkt.workflow.JsonVars;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_CODE;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.CHECKER;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.LEADER_UNIT;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBER;
import static vn.tdkt.block.cycle.BlockCycleVariables.SCORE_ITEMS;
import static vn.tdkt.block.cycle.BlockCycleVariables.TARGET;

/**
 * End listener of the scoring tasks (own scoring, cross-check, arbitration): checks the submitted sheet against
 * the block's table on the server (no score above the maximum, none negative, evidence uploaded for criteria that
 * need it) and keeps it as the unit's SELF, CROSS or FINAL sheet. A refused sheet keeps the task open.
 */
@Component("scoreSheetRecorder")
public class ScoreSheetRecorder implements ExecutionListener {

    private final Clock clock;

    private final ScoringTableStore tables;
    private final BlockCycleRepository cycles;
    private final DossierService dossiers;
    private final IdentityService identityService;

    public ScoreSheetRecorder(ScoringTableStore tables, BlockCycleRepository cycles, DossierService dossiers,
                              IdentityService identityService, Clock clock) {

        this.clock = clock;
        this.tables = tables;
        this.cycles = cycles;
        this.dossiers = dossiers;
        this.identityService = identityService;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.isCanceled()) {
            return;
        }
        long blockId = ((Number) execution.getVariable(BLOCK_ID)).longValue();
        int year = ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
        String activity = execution.getCurrentActivityId();
        String kind;
        String unit;
        String scorer;
        switch (activity) {
            case BlockCycleSteps.SELF_SCORE -> {
                kind = "SELF";
                unit = (String) execution.getVariable(MEMBER);
                scorer = unit;
            }
            case BlockCycleSteps.CROSS_CHECK -> {
                kind = "CROSS";
                unit = (String) execution.getVariable(TARGET);
                scorer = (String) execution.getVariable(CHECKER);
            }
            default -> {
                kind = "FINAL";
                unit = (String) execution.getVariable(TARGET);
                scorer = (String) execution.getVariable(LEADER_UNIT);
            }
        }
        ScoringTable table = tables.tableOf(blockId, year);
        List<Map<String, Object>> items = JsonVars.listOfObjects(execution.getVariableLocal(SCORE_ITEMS));
        items = ScoreItems.withKinds(table, items);
        ScoreSheet sheet = ScoreItems.toSheet(unit, items);
        List<String> problems;
        if ("SELF".equals(kind)) {
            String dossier = BlockScores.evidenceDossierKey((String) execution.getVariable(BLOCK_CODE), year, unit);
            var documents = dossiers.current(dossier).stream().map(d -> String.valueOf(d.id())).toList();
            problems = ScoringRules.sheet(table, sheet, documents::contains, ScoreItems.evidence(items));
        } else {
            problems = ScoringRules.sheet(table, sheet, id -> true, ScoreItems.evidence(items));
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        var auth = identityService.getCurrentAuthentication();
        String userId = auth == null ? "he-thong" : auth.getUserId();
        var result = ScoreCalculator.score(table, sheet);
        cycles.saveSheet(blockId, year, unit, kind, scorer, JsonVars.toJson(items), result.finalScore(), userId,
                clock.instant());
        cycles.event(execution.getProcessBusinessKey(), unit, kind, result.finalScore().toPlainString(),
                "SELF".equals(kind) ? null : "chấm bởi " + scorer, userId, clock.instant());
    }
}

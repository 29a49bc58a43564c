package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;
import vn.tdkt.block.scoring.ScoringTableStore;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.workflow.JsonVars;

import java.util.List;
import java.util.Map;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_CODE;
import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;

/**
 * Expression bean {@code blockScores} of the block cycle's task input mappings: the blank sheet of the block's
 * table, the evidence dossier of a member, a unit's name, and the sheets shown to the cross-checker and to the
 * block leader for arbitration.
 */
@Component("blockScores")
public class BlockScores {

    private final ScoringTableStore tables;
    private final BlockCycleRepository cycles;
    private final UnitRepository units;

    public BlockScores(ScoringTableStore tables, BlockCycleRepository cycles, UnitRepository units) {
        this.tables = tables;
        this.cycles = cycles;
        this.units = units;
    }

    public TypedValue blankSheet(DelegateExecution execution) {
        return JsonVars.json(ScoreItems.blank(tables.tableOf(blockId(execution), year(execution))));
    }

    public String evidenceDossier(DelegateExecution execution, String member) {
        return evidenceDossierKey((String) execution.getVariable(BLOCK_CODE), year(execution), member);
    }

    public static String evidenceDossierKey(String blockCode, int year, String member) {
        return "KTD-" + blockCode + "-" + year + "-" + member;
    }

    public String unitName(String code) {
        return units.findByCode(code).map(u -> u.name()).orElse(code);
    }

    /** The target's own sheet with its scores shown as "selfScore" and the score left for the checker. */
    public TypedValue crossCheckSheet(DelegateExecution execution, String target) {
        List<Map<String, Object>> items = sheet(execution, target, "SELF");
        items.forEach(i -> {
            i.put("selfScore", i.get("score"));
            i.put("score", null);
        });
        return JsonVars.json(items);
    }

    /** Both scores of each item, the cross-check's proposed as final. */
    public TypedValue arbitrationSheet(DelegateExecution execution, String target) {
        List<Map<String, Object>> self = sheet(execution, target, "SELF");
        List<Map<String, Object>> cross = sheet(execution, target, "CROSS");
        for (int i = 0; i < self.size(); i++) {
            Map<String, Object> item = self.get(i);
            item.put("selfScore", item.get("score"));
            item.put("crossScore", cross.get(i).get("score"));
            item.put("score", cross.get(i).get("score"));
        }
        return JsonVars.json(self);
    }

    private List<Map<String, Object>> sheet(DelegateExecution execution, String unit, String kind) {
        String json = cycles.sheet(blockId(execution), year(execution), unit, kind).orElseThrow().sheet();
        return JsonVars.listOfObjects(json);
    }

    private static long blockId(DelegateExecution execution) {
        return ((Number) execution.getVariable(BLOCK_ID)).longValue();
    }

    private static int year(DelegateExecution execution) {
        return ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
    }
}

package vn.tdkt.block.cycle;

import org.springframework.stereotype.Component;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.tasks.SubjectPhrases;
import vn.tdkt.tasks.TaskFacts;
import vn.tdkt.tasks.TaskSubjectProvider;

import java.util.Optional;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_NAME;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.MEMBER;
import static vn.tdkt.block.cycle.BlockCycleVariables.TARGET;

/**
 * The subject of a block cycle's tasks: the block and year, preceded by the unit the task is about when there is one
 * (the member signing, reporting, scoring or voting; the member whose sheet is cross-checked or arbitrated; the
 * member the supervising council member visits):
 * "Sở Tư pháp – Khối Nội chính, năm 2026". Unit names come from {@code org_unit}.
 */
@Component
public class BlockCycleTaskSubject implements TaskSubjectProvider {

    private final UnitRepository units;

    public BlockCycleTaskSubject(UnitRepository units) {
        this.units = units;
    }

    @Override
    public String processDefinitionKey() {
        return BlockCycleSteps.PROCESS;
    }

    @Override
    public Optional<String> subject(TaskFacts task) {
        String blockYear = SubjectPhrases.blockYear(task.text(BLOCK_NAME), task.text(EMULATION_YEAR));
        String unitCode = switch (task.taskDefinitionKey()) {
            case BlockCycleSteps.SIGN_PACT, BlockCycleSteps.MID_YEAR_REPORT, BlockCycleSteps.SELF_SCORE, BlockCycleSteps.VOTE -> task.text(MEMBER);
            case BlockCycleSteps.CROSS_CHECK, BlockCycleSteps.ARBITRATE -> task.text(TARGET);
            case BlockCycleSteps.INSPECT_VISIT -> task.text(BlockCycleVariables.INSPECTION_UNIT);
            default -> null;
        };
        String unitName = unitCode == null ? null : units.findByCode(unitCode).map(Unit::name).orElse(unitCode);
        return Optional.ofNullable(SubjectPhrases.whoOfUnit(unitName, blockYear));
    }
}

package vn.tdkt.block.cycle.steps;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.tdkt.block.cycle.BlockCycleProperties;
import vn.tdkt.block.cycle.BlockCycleRepository;
import vn.tdkt.block.cycle.BlockCycleStage;
import vn.tdkt.block.cycle.OfficerRotation;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;

import java.util.Comparator;
import java.util.List;

import static vn.tdkt.block.cycle.BlockCycleVariables.BLOCK_ID;
import static vn.tdkt.block.cycle.BlockCycleVariables.EMULATION_YEAR;
import static vn.tdkt.block.cycle.BlockCycleVariables.LEADER_UNIT;

/**
 * Next year's Khối trưởng and Khối phó by the province's rotation rule, unless already set. Next year's members
 * are this year's when none are set yet.
 */
@Component("rotateOfficersDelegate")
public class RotateOfficersDelegate implements JavaDelegate {

    private final BlockRepository blocks;
    private final UnitRepository units;
    private final BlockCycleRepository cycles;
    private final BlockCycleProperties properties;

    public RotateOfficersDelegate(BlockRepository blocks, UnitRepository units, BlockCycleRepository cycles,
                                  BlockCycleProperties properties) {
        this.blocks = blocks;
        this.units = units;
        this.cycles = cycles;
        this.properties = properties;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long blockId = ((Number) execution.getVariable(BLOCK_ID)).longValue();
        int year = ((Number) execution.getVariable(EMULATION_YEAR)).intValue();
        if (blocks.officers(blockId, year + 1).isEmpty()) {
            List<Long> next = blocks.memberIds(blockId, year + 1);
            if (next.isEmpty() && blocks.heldElsewhere(blockId, year + 1, blocks.memberIds(blockId, year)).isEmpty()) {
                blocks.replaceMembers(blockId, year + 1, blocks.memberIds(blockId, year));
                next = blocks.memberIds(blockId, year + 1);
            }
            List<String> codes = next.stream().map(id -> units.findById(id).orElseThrow())
                    .sorted(Comparator.comparing(Unit::code)).map(Unit::code).toList();
            OfficerRotation.next(properties.rotation(), codes, (String) execution.getVariable(LEADER_UNIT))
                    .ifPresent(o -> blocks.replaceOfficers(blockId, year + 1,
                            units.findByCode(o.leader()).orElseThrow().id(),
                            o.deputy() == null ? null : units.findByCode(o.deputy()).orElseThrow().id()));
        }
        cycles.changeStage(execution.getProcessBusinessKey(), BlockCycleStage.CLOSED);
    }
}

package vn.tdkt.block.cycle;

import org.springframework.stereotype.Component;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.tasks.SubjectPhrases;
import vn.tdkt.tasks.TaskFacts;
import vn.tdkt.tasks.TaskSubjectProvider;

import java.util.Optional;

/**
 * The subject of a block cycle's tasks: the block and year, preceded by the unit the task is about when there is one
 * (the member signing, reporting, scoring or voting; the member whose sheet is cross-checked or arbitrated):
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
        return "block-emulation-cycle";
    }

    @Override
    public Optional<String> subject(TaskFacts task) {
        String blockYear = SubjectPhrases.blockYear(task.text("blockName"), task.text("emulationYear"));
        String unitCode = switch (task.taskDefinitionKey()) {
            case "Task_SignPact", "Task_MidYearReport", "Task_SelfScore", "Task_Vote" -> task.text("member");
            case "Task_CrossCheck", "Task_Arbitrate" -> task.text("target");
            default -> null;
        };
        String unitName = unitCode == null ? null : units.findByCode(unitCode).map(Unit::name).orElse(unitCode);
        return Optional.ofNullable(SubjectPhrases.whoOfUnit(unitName, blockYear));
    }
}

package vn.tdkt.movement;

import org.springframework.stereotype.Component;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.tasks.TaskFacts;
import vn.tdkt.tasks.TaskSubjectProvider;

import java.util.Optional;

/** The subject of a movement's tasks: the movement's name, and the unit for a unit's own task. */
@Component
public class MovementTaskSubject implements TaskSubjectProvider {

    private final UnitRepository units;

    public MovementTaskSubject(UnitRepository units) {
        this.units = units;
    }

    @Override
    public String processDefinitionKey() {
        return MovementVariables.PROCESS;
    }

    @Override
    public Optional<String> subject(TaskFacts task) {
        String name = task.text(MovementVariables.MOVEMENT_NAME);
        if (name == null) {
            return Optional.empty();
        }
        String unit = task.text(MovementVariables.UNIT_CODE);
        return Optional.of(unit == null ? name
                : units.findByCode(unit).map(Unit::name).map(n -> n + " – " + name).orElse(name));
    }
}

package vn.tdkt.movement;

import org.springframework.stereotype.Component;
import vn.tdkt.exemplar.ExampleMovements;

import java.util.List;
import java.util.Optional;

/** The movements a unit's model example may belong to: launched ones the unit takes part in or stands for. */
@Component
public class MovementExampleLinks implements ExampleMovements {

    private final MovementRepository movements;

    public MovementExampleLinks(MovementRepository movements) {
        this.movements = movements;
    }

    @Override
    public List<MovementChoice> ofUnit(String unitCode) {
        return movements.ofUnit(unitCode).stream().filter(m -> m.status().launched()).map(m -> new MovementChoice(m.id(), m.name())).toList();
    }

    @Override
    public Optional<String> name(long movementId) {
        return movements.find(movementId).map(MovementRepository.Movement::name);
    }
}

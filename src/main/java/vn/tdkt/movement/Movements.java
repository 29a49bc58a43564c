package vn.tdkt.movement;

import org.springframework.stereotype.Service;

import java.util.Optional;

/** A small public read of the movements for other capabilities: a movement's name and its standing agency. */
@Service
public class Movements {

    /** A movement as others need it. */
    public record MovementRef(long id, String code, String name, long standingUnitId, String standingUnitCode,
                              String standingUnitName, MovementStatus status) { }

    private final MovementRepository movements;

    public Movements(MovementRepository movements) {
        this.movements = movements;
    }

    public Optional<MovementRef> find(long id) {
        return movements.find(id).map(m -> new MovementRef(m.id(), m.code(), m.name(), m.standingUnitId(),
                m.standingUnitCode(), m.standingUnitName(), m.status()));
    }
}

package vn.tdkt.exemplar;

import java.util.List;
import java.util.Optional;

/**
 * Port: the emulation movements a model example may belong to. A package above this one implements it; without such
 * a bean no movement is offered and every example stands alone.
 */
public interface ExampleMovements {

    /** A movement as a choice of the dossier form. */
    record MovementChoice(long id, String name) { }

    /** The movements the unit takes part in or stands for, newest first. */
    List<MovementChoice> ofUnit(String unitCode);

    /** The name of a movement, when it is on record. */
    Optional<String> name(long movementId);
}

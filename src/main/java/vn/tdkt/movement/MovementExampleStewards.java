package vn.tdkt.movement;

import org.springframework.stereotype.Component;
import vn.tdkt.exemplar.ExampleStewards;
import vn.tdkt.exemplar.ExemplarProperties;
import vn.tdkt.identity.Role;

import java.util.Optional;

/**
 * The movement's standing agency looks after the model examples of its movement: its TĐKT officers vet them and its
 * head approves publishing (and may withdraw). An example of no movement, or of a movement not on record, stays with
 * the Sở Nội vụ's groups of the exemplar's configuration.
 */
@Component
public class MovementExampleStewards implements ExampleStewards {

    private final Movements movements;
    private final ExemplarProperties properties;

    public MovementExampleStewards(Movements movements, ExemplarProperties properties) {
        this.movements = movements;
        this.properties = properties;
    }

    @Override
    public String vettingGroup(Long movementId) {
        return standingUnit(movementId).map(Role.UNIT_OFFICER::unitGroupId).orElseGet(properties::vettingGroup);
    }

    @Override
    public String publishingApprovalGroup(Long movementId) {
        return standingUnit(movementId).map(Role.UNIT_HEAD::unitGroupId)
                .orElseGet(properties::publishingApprovalGroup);
    }

    private Optional<String> standingUnit(Long movementId) {
        if (movementId == null) {
            return Optional.empty();
        }
        return movements.find(movementId).map(Movements.MovementRef::standingUnitCode);
    }
}

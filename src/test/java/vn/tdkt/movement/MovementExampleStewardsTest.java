package vn.tdkt.movement;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import vn.tdkt.exemplar.ExemplarProperties;

import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The standing agency of a movement looks after its examples; without a known movement the Sở's groups do. */
class MovementExampleStewardsTest {

    private static ExemplarProperties properties(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings))
                .bindOrCreate("tdkt.exemplar", ExemplarProperties.class);
    }

    private final Movements movements = mock(Movements.class);

    @Test
    void theStandingUnitsOfficersVetAndItsHeadApproves() {
        when(movements.find(7L)).thenReturn(Optional.of(new Movements.MovementRef(7L, "PTTD-2026-001",
                "Tây Ninh chung sức xây dựng nông thôn mới", 3L, "stp", "Sở Tư pháp", MovementStatus.LAUNCHED)));
        MovementExampleStewards stewards = new MovementExampleStewards(movements, properties(Map.of()));

        assertThat(stewards.vettingGroup(7L)).isEqualTo("unit-officer.stp");
        assertThat(stewards.publishingApprovalGroup(7L)).isEqualTo("unit-head.stp");
    }

    @Test
    void noMovementOrAnUnknownOneStaysWithTheConfiguredGroups() {
        when(movements.find(99L)).thenReturn(Optional.empty());
        ExemplarProperties defaults = properties(Map.of());
        MovementExampleStewards stewards = new MovementExampleStewards(movements, defaults);

        assertThat(stewards.vettingGroup(null)).isEqualTo(defaults.vettingGroup()).isEqualTo("sa-specialist");
        assertThat(stewards.publishingApprovalGroup(null)).isEqualTo(defaults.publishingApprovalGroup())
                .isEqualTo("sa-head");
        assertThat(stewards.vettingGroup(99L)).isEqualTo("sa-specialist");
        assertThat(stewards.publishingApprovalGroup(99L)).isEqualTo("sa-head");
    }

    @Test
    void theConfiguredGroupsAreSettingsNotCode() {
        MovementExampleStewards stewards = new MovementExampleStewards(movements, properties(Map.of(
                "tdkt.exemplar.vetting-group", "sa-officer", "tdkt.exemplar.publishing-approval-group", "sa-deputy")));

        assertThat(stewards.vettingGroup(null)).isEqualTo("sa-officer");
        assertThat(stewards.publishingApprovalGroup(null)).isEqualTo("sa-deputy");
    }
}

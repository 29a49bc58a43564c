package vn.tdkt.notification;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Staff read every notification, a unit's people read their unit's, others none. */
class NotificationAccessTest {

    @Test
    void staffReadEverything() {
        for (String group : List.of("sa-receiver", "sa-specialist", "sa-head", "auditor", "camunda-admin")) {
            assertThat(NotificationAccess.of(List.of("council-member", group))).get()
                    .satisfies(scope -> assertThat(scope.everything()).isTrue());
        }
    }

    @Test
    void unitPeopleReadTheirUnits() {
        assertThat(NotificationAccess.of(List.of("unit-officer", "unit-officer.stp"))).get()
                .satisfies(scope -> assertThat(scope.unitCodes()).containsExactly("stp"));
        assertThat(NotificationAccess.of(List.of("unit-head", "unit-head.stp", "block-member", "block-member.cat")))
                .get().satisfies(scope -> assertThat(scope.unitCodes()).containsExactlyInAnyOrder("stp", "cat"));
    }

    @Test
    void othersReadNothing() {
        assertThat(NotificationAccess.of(List.of("chairman", "council-member"))).isEmpty();
        assertThat(NotificationAccess.of(List.of("unit-officer", "unit-officer."))).isEmpty();
        assertThat(NotificationAccess.of(List.of())).isEmpty();
    }
}

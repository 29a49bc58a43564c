package vn.tdkt.delegation;

import org.junit.jupiter.api.Test;
import vn.tdkt.delegation.ReroutePlanner.Reroute;
import vn.tdkt.delegation.ReroutePlanner.TaskPeople;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a task goes when someone is away, on a small in-memory directory. */
class ReroutePlannerTest {

    final Map<String, Substitution> away = new HashMap<>();
    final Map<String, List<String>> groups = new HashMap<>(Map.of(
            "unit-head.stp", List.of("thutruong.stp"),
            "sa-specialist", List.of("thamdinh", "thamdinh2")));

    final ReroutePlanner.Lookup lookup = new ReroutePlanner.Lookup() {
        @Override
        public Optional<Substitution> inForce(String userId) {
            return Optional.ofNullable(away.get(userId));
        }

        @Override
        public List<String> membersOf(String groupId) {
            return groups.getOrDefault(groupId, List.of());
        }
    };

    void away(String user, String substitute) {
        away.put(user, new Substitution(away.size() + 1, user, substitute, LocalDate.of(2026, 3, 10),
                LocalDate.of(2026, 3, 12), "Nghỉ phép", user, Instant.EPOCH, null, null));
    }

    static TaskPeople task(String assignee, Set<String> users, Set<String> groups) {
        return new TaskPeople(assignee, new LinkedHashSet<>(users), new LinkedHashSet<>(groups));
    }

    static List<String> summary(List<Reroute> plan) {
        return plan.stream().map(r -> r.via() + "→" + r.substitution().substituteId()).toList();
    }

    @Test
    void nobodyAwayChangesNothing() {
        assertThat(ReroutePlanner.plan(task("chutich", Set.of("thamdinh"), Set.of("unit-head.stp")), null, true, lookup))
                .isEmpty();
    }

    @Test
    void anAbsentMemberOfACandidateGroupBringsTheSubstituteInAsCandidate() {
        away("thutruong.stp", "phothutruong.stp");
        assertThat(summary(ReroutePlanner.plan(task(null, Set.of(), Set.of("unit-head.stp")), "canbo.stp", true, lookup)))
                .containsExactly("unit-head.stp→phothutruong.stp");
        assertThat(ReroutePlanner.plan(task(null, Set.of(), Set.of("unit-head.stp")), "canbo.stp", false, lookup))
                .as("only at creation").isEmpty();
    }

    @Test
    void aSubstituteInTheGroupAlreadyIsNotAddedAgain() {
        away("thamdinh", "thamdinh2");
        assertThat(ReroutePlanner.plan(task(null, Set.of(), Set.of("sa-specialist")), null, true, lookup)).isEmpty();
    }

    @Test
    void theAssigneeOnLeaveIsReplacedUnlessTheyActedThemselves() {
        away("chutich", "phochutich");
        assertThat(summary(ReroutePlanner.plan(task("chutich", Set.of(), Set.of()), "thuky.hd", true, lookup)))
                .containsExactly("assignee→phochutich");
        assertThat(summary(ReroutePlanner.plan(task("chutich", Set.of(), Set.of()), null, false, lookup)))
                .as("assigned by the system").containsExactly("assignee→phochutich");
        assertThat(ReroutePlanner.plan(task("chutich", Set.of(), Set.of()), "chutich", false, lookup))
                .as("claimed by the absent user himself").isEmpty();
    }

    @Test
    void candidateUsersOnLeaveBringTheirSubstitutesOnceEach() {
        away("thamdinh", "thamdinh3");
        away("tiepnhan", "thamdinh3");
        assertThat(summary(ReroutePlanner.plan(task(null, Set.of("thamdinh", "tiepnhan"), Set.of("sa-specialist")),
                null, true, lookup))).containsExactly("candidateUser→thamdinh3");
        assertThat(ReroutePlanner.plan(task(null, Set.of("thamdinh", "thamdinh3"), Set.of()), null, true, lookup))
                .as("already a candidate").isEmpty();
    }

    @Test
    void oneLevelOnlyAndNeverToASubstituteWhoIsAway() {
        away("thutruong.stp", "phothutruong.stp");
        away("phothutruong.stp", "thutruong.stp");
        assertThat(ReroutePlanner.plan(task("thutruong.stp", Set.of(), Set.of("unit-head.stp")), null, true, lookup))
                .isEmpty();
    }
}

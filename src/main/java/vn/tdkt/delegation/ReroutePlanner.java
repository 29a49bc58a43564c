package vn.tdkt.delegation;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, for one task event, where the task goes because someone is on leave. Plain logic over a {@link Lookup},
 * so it is tested without an engine.
 *
 * <ul>
 *   <li>The assignee is on leave (a substitution in force today) and did not take the task themselves: the task is
 *   given to the substitute. Someone on leave who claims or creates a task themselves keeps it.</li>
 *   <li>On creation only: a candidate user on leave brings their substitute in as a candidate user; so does a member on
 *   leave of a candidate group, unless the substitute is a member of that group already. The absent user stays a
 *   candidate and stays in the group: both may claim the task.</li>
 *   <li>One level only: a substitute who is on leave themselves gets nothing (the API refuses such chains; this
 *   guards against data that slipped past it), so rerouting can never loop.</li>
 * </ul>
 */
public final class ReroutePlanner {

    private ReroutePlanner() { }

    /** What the planner needs to know about people; the engine-side implementation reads the identity service. */
    public interface Lookup {
        Optional<Substitution> inForce(String userId);

        List<String> membersOf(String groupId);
    }

    /** The people of the task at the event. */
    public record TaskPeople(String assignee, Set<String> candidateUsers, Set<String> candidateGroups) { }

    /**
     * One change: {@code via} is {@code assignee}, {@code candidateUser} or the candidate group through which the
     * absent user would have received the task.
     */
    public record Reroute(Substitution substitution, String via) {
        public boolean assigns() {
            return "assignee".equals(via);
        }
    }

    /**
     * @param actingUser the authenticated user whose action raised the event, {@code null} for the system
     * @param creation   whether the task is being created (candidates are looked at only then)
     */
    public static List<Reroute> plan(TaskPeople task, String actingUser, boolean creation, Lookup lookup) {
        List<Reroute> plan = new ArrayList<>();
        Set<String> reached = new LinkedHashSet<>(task.candidateUsers());
        String assignee = task.assignee();
        if (assignee != null && !assignee.equals(actingUser)) {
            Optional<Substitution> away = lookup.inForce(assignee);
            if (away.isPresent() && available(away.get(), lookup)) {
                plan.add(new Reroute(away.get(), "assignee"));
                reached.add(away.get().substituteId());
            }
        }
        if (!creation) {
            return plan;
        }
        for (String candidate : task.candidateUsers()) {
            lookup.inForce(candidate).filter(s -> available(s, lookup) && reached.add(s.substituteId()))
                    .ifPresent(s -> plan.add(new Reroute(s, "candidateUser")));
        }
        for (String group : task.candidateGroups()) {
            List<String> members = lookup.membersOf(group);
            for (String member : members) {
                lookup.inForce(member).filter(s -> !members.contains(s.substituteId()) && available(s, lookup)
                                && reached.add(s.substituteId()))
                        .ifPresent(s -> plan.add(new Reroute(s, group)));
            }
        }
        return plan;
    }

    private static boolean available(Substitution s, Lookup lookup) {
        return lookup.inForce(s.substituteId()).isEmpty();
    }
}

package vn.tdkt.delegation;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/**
 * {@code tdkt.leave.never-delegated}: user tasks, as {@code processKey:taskId}, that stay with the absent user
 * besides the secret-ballot tasks (see {@link NeverDelegated}).
 */
@ConfigurationProperties(prefix = "tdkt.leave")
public record LeaveProperties(List<String> neverDelegated) {

    public Set<String> neverDelegatedSet() {
        return neverDelegated == null ? Set.of() : Set.copyOf(neverDelegated.stream().map(String::strip).toList());
    }
}

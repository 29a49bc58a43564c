package vn.tdkt.notification;

import vn.tdkt.identity.Role;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which outbox rows a caller may read, from their Camunda groups: the standing agency's staff, auditors and
 * administrators read every row; members of a unit's own groups ({@code unit-officer.stp}, {@code unit-head.stp},
 * {@code block-member.stp}) read the rows addressed to that unit; anybody else reads nothing.
 */
final class NotificationAccess {

    static final List<Role> STAFF = List.of(Role.RECEIVER, Role.SPECIALIST, Role.AGENCY_HEAD, Role.AUDITOR, Role.ADMIN);

    /** Every row ({@code unitCodes} null) or the rows of these units. */
    record Scope(Set<String> unitCodes) {
        boolean everything() {
            return unitCodes == null;
        }
    }

    private NotificationAccess() { }

    /** The caller's scope, or empty when the caller may read no notification at all. */
    static Optional<Scope> of(Collection<String> groupIds) {
        if (STAFF.stream().anyMatch(role -> groupIds.contains(role.groupId()))) {
            return Optional.of(new Scope(null));
        }
        Set<String> units = new TreeSet<>();
        for (String groupId : groupIds) {
            for (Role role : Role.values()) {
                String prefix = role.groupId() + ".";
                if (role.unitScoped() && groupId.startsWith(prefix) && groupId.length() > prefix.length()) {
                    units.add(groupId.substring(prefix.length()));
                }
            }
        }
        return units.isEmpty() ? Optional.empty() : Optional.of(new Scope(Set.copyOf(units)));
    }
}

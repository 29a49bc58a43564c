package vn.tdkt.council;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Who may read the council's sessions, totals and minutes: its members, secretary and chair, the standing
 * agency's head, auditors and administrators. Nobody reads individual ballots: the system has none.
 */
@Component
public class CouncilAccess {

    static final Set<String> READERS = Stream.of(Role.COUNCIL_MEMBER, Role.COUNCIL_SECRETARY, Role.CHAIRMAN, Role.VICE_CHAIRMAN,
            Role.AGENCY_HEAD, Role.AUDITOR, Role.ADMIN).map(Role::groupId).collect(Collectors.toUnmodifiableSet());

    public void checkRead(Authentication caller) {
        Set<String> groups = CurrentUser.groupsOf(caller);
        if (groups.stream().noneMatch(READERS::contains)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Chỉ thành viên, thư ký, chủ tịch Hội đồng TĐKT"
                    + " tỉnh, lãnh đạo Sở Nội vụ, thanh tra và quản trị viên được xem phiên họp của Hội đồng.", List.of());
        }
    }
}

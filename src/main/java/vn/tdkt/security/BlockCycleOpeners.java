package vn.tdkt.security;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.UnitRepository;

import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who opens a block's emulation cycle for a year ({@code POST /api/blocks/{code}/years/{year}/cycle}), after the
 * domain brief (§3.3, §7.2: the block leader — Khối trưởng, a member unit represented by its head — convenes the
 * block and runs its year; the standing agency coordinates the blocks): the head ({@code unit-head.<unit>}) or the
 * TĐKT officer ({@code unit-officer.<unit>}) of the unit leading the block that year, the head of the standing
 * agency ({@code sa-head}), and administrators. Everyone else gets 403 before anything is started. The process
 * checks the same rule when a cycle is started from Tasklist.
 */
@Component
public class BlockCycleOpeners implements AuthorizationManager<RequestAuthorizationContext> {

    static final Pattern PATH = Pattern.compile("/api/blocks/([^/]+)/years/([^/]+)/cycle/?");

    private final BlockRepository blocks;
    private final UnitRepository units;

    public BlockCycleOpeners(BlockRepository blocks, UnitRepository units) {
        this.blocks = blocks;
        this.units = units;
    }

    @Override
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        Authentication auth = authentication.get();
        if (auth == null || !auth.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        String path = context.getRequest().getRequestURI().substring(context.getRequest().getContextPath().length());
        Matcher m = PATH.matcher(path);
        if (!m.matches()) {
            return new AuthorizationDecision(false);
        }
        return new AuthorizationDecision(mayOpen(groups(auth), m.group(1), m.group(2)));
    }

    boolean mayOpen(Set<String> groups, String blockCode, String yearText) {
        if (groups.contains(Role.ADMIN.groupId()) || groups.contains(Role.AGENCY_HEAD.groupId())) {
            return true;
        }
        int year;
        try {
            year = Integer.parseInt(yearText);
        } catch (NumberFormatException e) {
            return false;
        }
        return blocks.findByCode(blockCode)
                .flatMap(block -> blocks.officers(block.id(), year))
                .flatMap(officers -> units.findById(officers.leaderUnitId()))
                .map(leader -> groups.contains(Role.UNIT_HEAD.unitGroupId(leader.code()))
                        || groups.contains(Role.UNIT_OFFICER.unitGroupId(leader.code())))
                .orElse(false);
    }

    private static Set<String> groups(Authentication auth) {
        return CurrentUser.groupsOf(auth);
    }
}

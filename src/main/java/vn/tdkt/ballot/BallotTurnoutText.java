package vn.tdkt.ballot;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.registry.unit.UnitRepository;

import java.util.stream.Collectors;

/**
 * The signature list of an open box as the person who closes it reads it (process variable
 * {@value #VARIABLE}, shown by the closing forms): who has voted — marked when in writing — and who has not,
 * by name. It tells nothing of any choice. A block's voters are member units, a council's are user accounts.
 */
@Component
public class BallotTurnoutText {

    public static final String VARIABLE = "ballotTurnout";

    private final BallotBox box;
    private final IdentityService identity;
    private final UnitRepository units;

    public BallotTurnoutText(BallotBox box, IdentityService identity, UnitRepository units) {
        this.box = box;
        this.identity = identity;
        this.units = units;
    }

    public String text(String sessionId, boolean votersAreUnits) {
        BallotBox.Turnout t = box.turnout(sessionId);
        var modes = box.voters(sessionId);
        String voted = t.voted().stream().map(v -> name(v, votersAreUnits)
                        + (modes.get(v) == BallotBox.VoteMode.WRITTEN ? " (phiếu bằng văn bản)" : ""))
                .collect(Collectors.joining("; "));
        String notVoted = t.notVoted().stream().map(v -> name(v, votersAreUnits)
                        + (modes.get(v) == BallotBox.VoteMode.WRITTEN ? " (chờ nhập phiếu bằng văn bản)" : ""))
                .collect(Collectors.joining("; "));
        return "Đã bỏ phiếu " + t.votesCast() + "/" + t.eligibleVoters() + (voted.isEmpty() ? "." : ": " + voted + ".")
                + "\nChưa bỏ phiếu " + t.notVoted().size() + (notVoted.isEmpty() ? "." : ": " + notVoted + ".");
    }

    private String name(String voter, boolean unit) {
        if (unit) {
            return units.findByCode(voter).map(u -> u.name()).orElse(voter);
        }
        User u = SystemCalls.asSystem(() -> identity.createUserQuery().userId(voter).singleResult());
        return u == null ? voter : (u.getFirstName() + " " + u.getLastName()).trim();
    }
}

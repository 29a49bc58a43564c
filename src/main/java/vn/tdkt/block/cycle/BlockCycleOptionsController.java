package vn.tdkt.block.cycle;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.proposal.ProposalAccess;
import vn.tdkt.registry.block.Block;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.UnitRepository;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocks whose cycle the caller may open, as the choices of the start form "Mở chu kỳ thi đua của khối"
 * (Tasklist reads them when the form opens, custom script form-options.js): for the standing agency every block,
 * for a unit's people the blocks their unit leads this year or next; each by name with its leader unit, never a
 * code to type. The process checks the choice again.
 */
@RestController
public class BlockCycleOptionsController {

    private final BlockRepository blocks;
    private final UnitRepository units;
    private final Clock clock;

    public BlockCycleOptionsController(BlockRepository blocks, UnitRepository units, Clock clock) {
        this.blocks = blocks;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/api/block-cycles/block-options")
    public List<Map<String, String>> options(Authentication caller) {
        Set<String> groups = ProposalAccess.groups(caller);
        boolean provinceWide = ProposalAccess.provinceWide(groups);
        Set<String> own = ProposalAccess.ownUnits(groups);
        int year = LocalDate.now(clock).getYear();
        List<Map<String, String>> options = new ArrayList<>();
        for (Block b : blocks.list()) {
            for (int y : List.of(year, year + 1)) {
                String leader = blocks.officers(b.id(), y).flatMap(o -> units.findById(o.leaderUnitId()))
                        .map(u -> own.contains(u.code()) || provinceWide ? u.name() : null).orElse(null);
                if (leader != null && !options.stream().anyMatch(o -> o.get("value").equals(b.code()))) {
                    options.add(Map.of("label", b.name() + " (khối trưởng năm " + y + ": " + leader + ")", "value", b.code()));
                }
            }
        }
        return options;
    }
}

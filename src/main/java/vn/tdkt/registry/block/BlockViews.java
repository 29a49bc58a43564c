package vn.tdkt.registry.block;

import vn.tdkt.registry.unit.UnitSummary;

import java.util.List;

/** Blocks as the API shows them. */
public final class BlockViews {

    private BlockViews() { }

    public record Summary(String code, String name, String description) {
        static Summary of(Block b) {
            return new Summary(b.code(), b.name(), b.description());
        }
    }

    /** A block in one year: its members, its leader (khối trưởng) and deputy (khối phó). */
    public record Year(String code, String name, String description, int year, List<UnitSummary> members,
                       UnitSummary leader, UnitSummary deputy) {
    }
}

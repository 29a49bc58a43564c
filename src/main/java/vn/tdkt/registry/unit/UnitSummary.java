package vn.tdkt.registry.unit;

/** Code and name of a unit, as other resources show it. */
public record UnitSummary(String code, String name) {

    public static UnitSummary of(Unit unit) {
        return unit == null ? null : new UnitSummary(unit.code(), unit.name());
    }
}

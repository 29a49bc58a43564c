package vn.tdkt.registry.block;

/** A row of emulation_block (khối thi đua). */
public record Block(long id, String code, String name, String description) {
}

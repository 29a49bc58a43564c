package vn.tdkt.registry.block;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.util.List;
import java.util.Optional;

/** Tables emulation_block, block_membership and block_officer. */
@Repository
public class BlockRepository {

    /** Leader and deputy unit ids of a block in a year. */
    public record OfficerIds(long leaderUnitId, Long deputyUnitId) { }

    /** The block that holds a unit in a year. */
    public record Holder(long unitId, String blockCode) { }

    /** Published whenever a block's leader or deputy for a year is set or cleared. */
    public record OfficersChanged(long blockId, int year) { }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public BlockRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Unit ids leading a block in the given year, one per block that has a leader. */
    public List<Long> leaderUnitIds(int year) {
        return jdbc.sql("SELECT DISTINCT leader_unit_id FROM block_officer WHERE emulation_year = ?").param(year)
                .query(Long.class).list();
    }

    public List<Block> list() {
        return jdbc.sql("SELECT id, code, name, description FROM emulation_block ORDER BY code")
                .query(RecordRows.of(Block.class)).list();
    }

    public Optional<Block> findByCode(String code) {
        return jdbc.sql("SELECT id, code, name, description FROM emulation_block WHERE code = ?")
                .param(code).query(RecordRows.of(Block.class)).optional();
    }

    public void insert(String code, String name, String description) {
        jdbc.sql("INSERT INTO emulation_block (code, name, description) VALUES (?, ?, ?)")
                .params(code, name, description).update();
    }

    public List<Long> memberIds(long blockId, int year) {
        return jdbc.sql("SELECT unit_id FROM block_membership WHERE block_id = ? AND emulation_year = ?")
                .params(blockId, year).query(Long.class).list();
    }

    /** Units of the list that another block holds in the year. */
    public List<Holder> heldElsewhere(long blockId, int year, List<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", unitIds.stream().map(id -> "?").toList());
        List<Object> params = new java.util.ArrayList<>();
        params.add(year);
        params.add(blockId);
        params.addAll(unitIds);
        return jdbc.sql("SELECT m.unit_id, b.code AS block_code FROM block_membership m"
                        + " JOIN emulation_block b ON b.id = m.block_id"
                        + " WHERE m.emulation_year = ? AND m.block_id <> ? AND m.unit_id IN (" + marks + ")")
                .params(params).query(RecordRows.of(Holder.class)).list();
    }

    public void replaceMembers(long blockId, int year, List<Long> unitIds) {
        jdbc.sql("DELETE FROM block_membership WHERE block_id = ? AND emulation_year = ?").params(blockId, year).update();
        for (Long unitId : unitIds) {
            jdbc.sql("INSERT INTO block_membership (block_id, unit_id, emulation_year) VALUES (?, ?, ?)")
                    .params(blockId, unitId, year).update();
        }
    }

    public Optional<OfficerIds> officers(long blockId, int year) {
        return jdbc.sql("SELECT leader_unit_id, deputy_unit_id FROM block_officer WHERE block_id = ? AND emulation_year = ?")
                .params(blockId, year).query(RecordRows.of(OfficerIds.class)).optional();
    }

    public void replaceOfficers(long blockId, int year, Long leaderUnitId, Long deputyUnitId) {
        jdbc.sql("DELETE FROM block_officer WHERE block_id = ? AND emulation_year = ?").params(blockId, year).update();
        if (leaderUnitId != null) {
            jdbc.sql("INSERT INTO block_officer (block_id, emulation_year, leader_unit_id, deputy_unit_id)"
                            + " VALUES (?, ?, ?, ?)")
                    .params(blockId, year, leaderUnitId, deputyUnitId).update();
        }
        events.publishEvent(new OfficersChanged(blockId, year));
    }
}

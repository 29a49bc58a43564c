package vn.tdkt.block.cycle;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tdkt.workflow.RecordRows;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The block cycles, their events, their score sheets and the proposals they decide. */
@Repository
public class BlockCycleRepository {

    private final JdbcClient jdbc;

    public BlockCycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record Cycle(String businessKey, long blockId, String blockCode, int year, String processInstanceId,
                        String stage, String ballotSessionId) {

        /** The stored stage as its type. */
        public BlockCycleStage currentStage() {
            return BlockCycleStage.of(stage);
        }
    }

    public record Sheet(String unitCode, String kind, String scoredByUnitCode, String sheet, BigDecimal finalScore) { }

    public record Event(String unitCode, String stage, String outcome, String note, String actor, Instant at) { }

    public record BlockProposal(String unitCode, String unitName, String awardType, int rank, BigDecimal finalScore,
                                BigDecimal voteShare, String proposalKey) { }

    public void insert(String key, long blockId, int year, String processInstanceId) {
        jdbc.sql("INSERT INTO block_cycle (business_key, block_id, emulation_year, process_instance_id, stage)"
                + " VALUES (?, ?, ?, ?, ?)").params(key, blockId, year, processInstanceId, BlockCycleStage.PACT.name())
                .update();
    }

    public boolean exists(long blockId, int year) {
        return jdbc.sql("SELECT COUNT(*) FROM block_cycle WHERE block_id = ? AND emulation_year = ?")
                .params(blockId, year).query(Integer.class).single() > 0;
    }

    public Optional<Cycle> find(String key) {
        // columns named as Cycle's components; YEAR is a keyword of H2, so its alias is quoted
        return jdbc.sql("""
                        SELECT c.business_key, c.block_id, b.code AS block_code, c.emulation_year AS "year",
                               c.process_instance_id, c.stage, c.ballot_session_id
                        FROM block_cycle c JOIN emulation_block b ON b.id = c.block_id
                        WHERE c.business_key = ?""").param(key)
                .query(RecordRows.of(Cycle.class)).optional();
    }

    /**
     * The one place a cycle's stage changes: the move must be one {@link BlockCycleStage#next()} allows from the
     * stored stage (else an {@link IllegalStateException}: a step ran where the process cannot be), and the row is
     * updated only while it still has the stage read. A key without a cycle changes nothing, as before.
     */
    public void changeStage(String key, BlockCycleStage to) {
        Optional<String> stored = jdbc.sql("SELECT stage FROM block_cycle WHERE business_key = ?").param(key)
                .query(String.class).optional();
        if (stored.isEmpty()) {
            return;
        }
        BlockCycleStage from = BlockCycleStage.of(stored.get());
        BlockCycleStage.checkMove(key, from, to);
        if (jdbc.sql("UPDATE block_cycle SET stage = ? WHERE business_key = ? AND stage = ?")
                .params(to.name(), key, from.name()).update() != 1) {
            throw new IllegalStateException("Block cycle " + key + " changed stage while moving from " + from + " to "
                    + to);
        }
    }


    public void ballot(String key, String sessionId) {
        jdbc.sql("UPDATE block_cycle SET ballot_session_id = ? WHERE business_key = ?").params(sessionId, key).update();
    }

    public void event(String key, String unitCode, String stage, String outcome, String note, String actor, Instant at) {
        jdbc.sql("""
                        INSERT INTO block_cycle_event (business_key, unit_code, stage, outcome, note, actor, occurred_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(key, unitCode, stage, outcome, note, actor, Timestamp.from(at)).update();
    }

    public List<Event> events(String key) {
        return jdbc.sql("SELECT unit_code, stage, outcome, note, actor, occurred_at AS at FROM block_cycle_event"
                        + " WHERE business_key = ? ORDER BY occurred_at, id").param(key)
                .query(RecordRows.of(Event.class)).list();
    }

    public void saveSheet(long blockId, int year, String unitCode, String kind, String scorerCode, String sheet,
                          BigDecimal finalScore, String userId, Instant at) {
        jdbc.sql("DELETE FROM block_score_sheet WHERE block_id = ? AND emulation_year = ? AND kind = ?"
                        + " AND unit_id = (SELECT id FROM org_unit WHERE code = ?)")
                .params(blockId, year, kind, unitCode).update();
        jdbc.sql("""
                        INSERT INTO block_score_sheet (block_id, emulation_year, unit_id, kind, scored_by_unit_id, sheet,
                            final_score, submitted_by, submitted_at)
                        SELECT ?, ?, u.id, ?, s.id, ?, ?, ?, ? FROM org_unit u, org_unit s WHERE u.code = ? AND s.code = ?""")
                .params(blockId, year, kind, sheet, finalScore, userId, Timestamp.from(at), unitCode, scorerCode)
                .update();
    }

    public List<Sheet> sheets(long blockId, int year, String kind) {
        return jdbc.sql("""
                        SELECT u.code AS unit_code, s.kind, sc.code AS scored_by_unit_code, s.sheet, s.final_score
                        FROM block_score_sheet s
                        JOIN org_unit u ON u.id = s.unit_id JOIN org_unit sc ON sc.id = s.scored_by_unit_id
                        WHERE s.block_id = ? AND s.emulation_year = ? AND s.kind = ? ORDER BY u.code""")
                .params(blockId, year, kind)
                .query(RecordRows.of(Sheet.class)).list();
    }

    public Optional<Sheet> sheet(long blockId, int year, String unitCode, String kind) {
        return sheets(blockId, year, kind).stream().filter(s -> s.unitCode().equals(unitCode)).findFirst();
    }

    public void addProposal(String key, String unitCode, String awardType, int rank, BigDecimal score,
                            BigDecimal voteShare) {
        jdbc.sql("""
                        INSERT INTO block_cycle_proposal (business_key, unit_id, award_type_code, rank_in_block, final_score,
                            vote_share) SELECT ?, id, ?, ?, ?, ? FROM org_unit WHERE code = ?""")
                .params(key, awardType, rank, score, voteShare, unitCode).update();
    }

    public List<BlockProposal> proposals(String key) {
        return jdbc.sql("""
                        SELECT u.code AS unit_code, u.name AS unit_name, p.award_type_code AS award_type,
                               p.rank_in_block AS rank, p.final_score, p.vote_share, p.proposal_key
                        FROM block_cycle_proposal p JOIN org_unit u ON u.id = p.unit_id WHERE p.business_key = ?
                        ORDER BY p.rank_in_block""").param(key)
                .query(RecordRows.of(BlockProposal.class)).list();
    }

    /** The block's decision to propose this unit for this award, not yet turned into a proposal. */
    public boolean pendingProposal(String key, String unitCode, String awardType) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM block_cycle_proposal p JOIN org_unit u ON u.id = p.unit_id
                        WHERE p.business_key = ? AND LOWER(u.code) = LOWER(?) AND p.award_type_code = ? AND p.proposal_key IS NULL""")
                .params(key, unitCode, awardType).query(Integer.class).single() > 0;
    }

    public void proposalStarted(String key, String unitCode, String proposalKey) {
        jdbc.sql("UPDATE block_cycle_proposal SET proposal_key = ? WHERE business_key = ?"
                        + " AND unit_id = (SELECT id FROM org_unit WHERE code = ?)")
                .params(proposalKey, key, unitCode).update();
    }
}

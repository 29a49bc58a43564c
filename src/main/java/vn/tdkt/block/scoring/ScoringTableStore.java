package vn.tdkt.block.scoring;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Scoring tables per block and year, kept as JSON documents; the template of the brief when none is set. */
@Repository
public class ScoringTableStore {

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public ScoringTableStore(JdbcClient jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    public Optional<ScoringTable> find(long blockId, int year) {
        return jdbc.sql("SELECT definition FROM block_scoring_table WHERE block_id = ? AND emulation_year = ?")
                .params(blockId, year).query(String.class).optional().map(this::parse);
    }

    /** The block's table of the year, or the illustrative template. */
    public ScoringTable tableOf(long blockId, int year) {
        return find(blockId, year).orElseGet(ScoringTemplates::illustrative);
    }

    public void save(long blockId, int year, ScoringTable table, String userId) {
        String definition = write(table);
        Timestamp now = Timestamp.from(Instant.now(clock));
        int updated = jdbc.sql("UPDATE block_scoring_table SET definition = ?, updated_by = ?, updated_at = ?"
                        + " WHERE block_id = ? AND emulation_year = ?")
                .params(definition, userId, now, blockId, year).update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO block_scoring_table (block_id, emulation_year, definition, updated_by, updated_at)"
                    + " VALUES (?, ?, ?, ?, ?)").params(blockId, year, definition, userId, now).update();
        }
    }

    public ScoringTable parse(String definition) {
        try {
            return json.readValue(definition, ScoringTable.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored scoring table is not readable", e);
        }
    }

    public String write(ScoringTable table) {
        try {
            return json.writeValueAsString(table);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

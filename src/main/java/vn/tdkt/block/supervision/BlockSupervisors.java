package vn.tdkt.block.supervision;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.engine.SystemCalls;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.block.Block;
import vn.tdkt.registry.block.BlockRepository;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which council member supervises which block in a year (block_supervisor): the council secretary assigns one of
 * the council's members to each block, with his term on the council; every change is in the audit chain. A
 * supervisor's task in block-emulation-cycle looks the block's supervisor up when it is created.
 */
@Service
public class BlockSupervisors {

    private final JdbcClient jdbc;
    private final BlockRepository blocks;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final Clock clock;

    public BlockSupervisors(JdbcClient jdbc, BlockRepository blocks, IdentityService identity, AuditTrail audit,
                            Clock clock) {
        this.jdbc = jdbc;
        this.blocks = blocks;
        this.identity = identity;
        this.audit = audit;
        this.clock = clock;
    }

    /** One assignment, with the names the page shows. */
    public record Assignment(String blockCode, String blockName, int year, String userId, String fullName,
                             LocalDate termFrom, LocalDate termTo, String assignedBy) { }

    /** Every block with its supervisor in the year (userId null where none is assigned). */
    public List<Assignment> ofYear(int year) {
        Map<String, Assignment> byBlock = new LinkedHashMap<>();
        for (Block b : blocks.list()) {
            byBlock.put(b.code(), new Assignment(b.code(), b.name(), year, null, null, null, null, null));
        }
        rows("WHERE s.emulation_year = ?", year).forEach(a -> byBlock.put(a.blockCode(), a));
        return List.copyOf(byBlock.values());
    }

    /** The blocks a member supervises in the year. */
    public List<Assignment> supervisedBy(String userId, int year) {
        return rows("WHERE s.user_id = ? AND s.emulation_year = ?", userId, year);
    }

    public Optional<Assignment> of(long blockId, int year) {
        return rows("WHERE s.block_id = ? AND s.emulation_year = ?", blockId, year).stream().findFirst();
    }

    /** The supervisor's user id of a block in a year, if one is assigned. */
    public Optional<String> supervisor(long blockId, int year) {
        return of(blockId, year).map(Assignment::userId);
    }

    public boolean supervises(String userId, long blockId, int year) {
        return userId != null && supervisor(blockId, year).filter(userId::equals).isPresent();
    }

    /**
     * Assigns (or replaces) the block's supervisor for the year: he must be a member of the council
     * ({@code council-member}) and the year must fall within the term given.
     */
    @Transactional
    public Assignment assign(String blockCode, int year, String userId, LocalDate termFrom, LocalDate termTo,
                             String actor) {
        Block block = blocks.findByCode(blockCode == null ? "" : blockCode.strip()).orElseThrow(() ->
                Refusal.notFound("BLOCK_NOT_FOUND", "Không tìm thấy khối thi đua có mã '" + blockCode + "'."));
        if (year < 2000 || year > 2100) {
            throw Refusal.invalid("YEAR_INVALID", "Năm thi đua không hợp lệ.");
        }
        if (userId == null || userId.isBlank()) {
            throw Refusal.invalid("SUPERVISOR_MISSING", "Chưa chọn thành viên Hội đồng được phân công.");
        }
        String member = userId.strip();
        if (!isCouncilMember(member)) {
            throw Refusal.invalid("NOT_COUNCIL_MEMBER", "'" + member
                    + "' không phải thành viên Hội đồng Thi đua - Khen thưởng tỉnh: chỉ phân công được thành viên Hội đồng.");
        }
        if (termFrom == null || termTo == null) {
            throw Refusal.invalid("TERM_MISSING", "Phải ghi nhiệm kỳ của thành viên Hội đồng (từ ngày, đến ngày).");
        }
        if (termFrom.isAfter(termTo)) {
            throw Refusal.invalid("TERM_INVALID", "Ngày bắt đầu nhiệm kỳ phải trước ngày kết thúc nhiệm kỳ.");
        }
        if (termTo.getYear() < year || termFrom.getYear() > year) {
            throw Refusal.invalid("TERM_OUTSIDE_YEAR", "Nhiệm kỳ " + termFrom + " – " + termTo
                    + " không bao gồm năm thi đua " + year + ".");
        }
        var now = clock.instant();
        int updated = jdbc.sql("""
                UPDATE block_supervisor SET user_id = ?, term_from = ?, term_to = ?, assigned_by = ?, assigned_at = ?
                WHERE block_id = ? AND emulation_year = ?""")
                .params(member, termFrom, termTo, actor, Timestamp.from(now), block.id(), year).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO block_supervisor (block_id, emulation_year, user_id, term_from, term_to, assigned_by,
                    assigned_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(block.id(), year, member, termFrom, termTo, actor, Timestamp.from(now)).update();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("block", block.code());
        details.put("year", year);
        details.put("supervisor", member);
        details.put("termFrom", termFrom.toString());
        details.put("termTo", termTo.toString());
        audit.record(AuditRecord.domain(AuditKind.BLOCK_SUPERVISOR_ASSIGNED, now, null, null, actor,
                "Phân công thành viên Hội đồng phụ trách " + block.name() + " năm " + year, details));
        return of(block.id(), year).orElseThrow();
    }

    /** A council member the secretary may assign. */
    public record Member(String userId, String fullName) { }

    public List<Member> councilMembers() {
        return SystemCalls.asSystem(() -> identity.createUserQuery().memberOfGroup(Role.COUNCIL_MEMBER.groupId())
                .orderByUserId().asc().list()).stream().map(u -> new Member(u.getId(), fullName(u.getId()))).toList();
    }

    public boolean isCouncilMember(String userId) {
        return SystemCalls.asSystem(() -> identity.createUserQuery().userId(userId)
                .memberOfGroup(Role.COUNCIL_MEMBER.groupId()).count()) > 0;
    }

    /** The member's full name as Camunda knows it (his user id if none). */
    public String fullName(String userId) {
        if (userId == null) {
            return null;
        }
        User u = SystemCalls.asSystem(() -> identity.createUserQuery().userId(userId).singleResult());
        if (u == null) {
            return userId;
        }
        String name = ((u.getFirstName() == null ? "" : u.getFirstName()) + " "
                + (u.getLastName() == null ? "" : u.getLastName())).strip();
        return name.isEmpty() ? userId : name;
    }

    private List<Assignment> rows(String where, Object... params) {
        return jdbc.sql("""
                SELECT b.code, b.name, s.emulation_year, s.user_id, s.term_from, s.term_to, s.assigned_by
                FROM block_supervisor s JOIN emulation_block b ON b.id = s.block_id
                """ + where + " ORDER BY b.code")
                .params(params)
                .query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        fullName(rs.getString(4)), rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(),
                        rs.getString(7)))
                .list();
    }
}

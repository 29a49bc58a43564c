package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.Role;
import vn.tdkt.registry.block.Block;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.workflow.InputRejectedException;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Checks and records a block's cycle for a year: the block exists, has at least two members and a leader that
 * year, has no cycle yet, and the starter is the standing agency or the leader's own people. Opens each member's
 * evidence dossier.
 */
@Service
public class BlockCycleStarter {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final BlockRepository blocks;
    private final UnitRepository units;
    private final BlockCycleRepository cycles;
    private final DossierService dossiers;
    private final IdentityService identityService;
    private final BlockCycleProperties properties;

    public BlockCycleStarter(BlockRepository blocks, UnitRepository units, BlockCycleRepository cycles,
                             DossierService dossiers, IdentityService identityService, BlockCycleProperties properties) {
        this.blocks = blocks;
        this.units = units;
        this.cycles = cycles;
        this.dossiers = dossiers;
        this.identityService = identityService;
        this.properties = properties;
    }

    /** The recorded cycle. */
    public record Started(String key, Block block, int year, Unit leader, List<Unit> members, Date midYear,
                          Date yearEnd) { }

    public Started start(Object blockCode, Object yearValue, String initiator, String processInstanceId) {
        if (!(blockCode instanceof String code) || code.isBlank()) {
            throw new InputRejectedException("Chưa ghi mã khối thi đua.");
        }
        if (!(yearValue instanceof Number n) || n.intValue() < 2000 || n.intValue() > 2100) {
            throw new InputRejectedException("Năm thi đua không hợp lệ.");
        }
        int year = n.intValue();
        Block block = blocks.findByCode(code.strip()).orElseThrow(() ->
                new InputRejectedException("Không tìm thấy khối thi đua có mã '" + code.strip() + "'."));
        List<Unit> members = blocks.memberIds(block.id(), year).stream().map(id -> units.findById(id).orElseThrow())
                .sorted(Comparator.comparing(Unit::code)).toList();
        if (members.size() < 2) {
            throw new InputRejectedException("Khối " + block.name() + " năm " + year + " chưa có đủ 2 đơn vị thành viên.");
        }
        Unit leader = blocks.officers(block.id(), year).flatMap(o -> units.findById(o.leaderUnitId()))
                .orElseThrow(() -> new InputRejectedException("Khối " + block.name() + " năm " + year
                        + " chưa có khối trưởng."));
        if (initiator != null && !mayStart(initiator, leader)) {
            throw new InputRejectedException("Chỉ Sở Nội vụ hoặc đơn vị khối trưởng mở chu kỳ thi đua của khối.");
        }
        if (cycles.exists(block.id(), year)) {
            throw new InputRejectedException("Khối " + block.name() + " đã có chu kỳ thi đua năm " + year + ".");
        }
        String key = "KTD-" + block.code() + "-" + year;
        cycles.insert(key, block.id(), year, processInstanceId);
        for (Unit m : members) {
            dossiers.openDossier(BlockScores.evidenceDossierKey(block.code(), year, m.code()), m.code(), processInstanceId);
        }
        return new Started(key, block, year, leader, members, at(year, properties.midYearReview()),
                at(year, properties.yearEndScoring()));
    }

    private boolean mayStart(String userId, Unit leader) {
        return inGroup(userId, Role.AGENCY_HEAD.groupId()) || inGroup(userId, Role.ADMIN.groupId())
                || inGroup(userId, Role.UNIT_OFFICER.unitGroupId(leader.code()))
                || inGroup(userId, Role.UNIT_HEAD.unitGroupId(leader.code()));
    }

    private boolean inGroup(String userId, String groupId) {
        return identityService.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    private static Date at(int year, String monthDay) {
        LocalDate day = MonthDay.parse("--" + monthDay).atYear(year);
        return Date.from(day.atTime(8, 0).atZone(ZONE).toInstant());
    }
}

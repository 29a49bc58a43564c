package vn.tdkt.registry.block;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.Today;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.registry.unit.UnitService;
import vn.tdkt.registry.unit.UnitSummary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Emulation blocks, their yearly membership and officers. */
@Service
public class BlockService {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final BlockRepository blocks;
    private final UnitRepository units;
    private final UnitService unitService;
    private final Today today;

    public BlockService(BlockRepository blocks, UnitRepository units, UnitService unitService, Today today) {
        this.blocks = blocks;
        this.units = units;
        this.unitService = unitService;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public List<BlockViews.Summary> list() {
        return blocks.list().stream().map(BlockViews.Summary::of).toList();
    }

    @Transactional(readOnly = true)
    public BlockViews.Year get(String code, Integer year) {
        int y = year == null ? today.year() : checkYear(year);
        return yearView(block(code), y);
    }

    @Transactional
    public BlockViews.Year create(BlockRequests.Create r) {
        String code = r.code().strip();
        if (blocks.findByCode(code).isPresent()) {
            throw Refusal.conflict("BLOCK_CODE_EXISTS", "Đã có khối thi đua mang mã '" + code + "'.");
        }
        String description = r.description() == null || r.description().isBlank() ? null : r.description().strip();
        blocks.insert(code, r.name().strip(), description);
        return yearView(block(code), today.year());
    }

    /**
     * Replaces the block's membership of the year. Every unit must exist, be active in that year and not
     * belong to another block that year. Officers who are no longer members lose their office.
     */
    @Transactional
    public BlockViews.Year replaceMembers(String code, int year, BlockRequests.Members r) {
        Block block = block(code);
        checkYear(year);
        Set<String> seen = new LinkedHashSet<>();
        List<Unit> members = new ArrayList<>();
        for (String raw : r.unitCodes()) {
            String unitCode = raw.strip();
            if (!seen.add(unitCode)) {
                throw Refusal.invalid("DUPLICATE_UNIT_IN_LIST",
                        "Mã đơn vị '" + unitCode + "' xuất hiện hơn một lần trong danh sách.");
            }
            Unit unit = unitService.referenced(unitCode);
            if (!unit.activeDuring(year)) {
                throw Refusal.invalid("UNIT_NOT_ACTIVE",
                        "Đơn vị '" + unitCode + "' không hoạt động trong năm " + year + ".");
            }
            members.add(unit);
        }
        List<Long> ids = members.stream().map(Unit::id).toList();
        List<BlockRepository.Holder> elsewhere = blocks.heldElsewhere(block.id(), year, ids);
        if (!elsewhere.isEmpty()) {
            Map<Long, Unit> byId = members.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
            String which = elsewhere.stream()
                    .map(h -> "'" + byId.get(h.unitId()).code() + "' đã thuộc khối '" + h.blockCode() + "'")
                    .collect(Collectors.joining("; "));
            throw Refusal.invalid("UNIT_IN_OTHER_BLOCK", "Mỗi đơn vị chỉ thuộc một khối trong một năm: đơn vị "
                    + which + " trong năm " + year + ".");
        }
        blocks.replaceMembers(block.id(), year, ids);
        blocks.officers(block.id(), year).ifPresent(o -> {
            if (!ids.contains(o.leaderUnitId())) {
                blocks.replaceOfficers(block.id(), year, null, null);
            } else if (o.deputyUnitId() != null && !ids.contains(o.deputyUnitId())) {
                blocks.replaceOfficers(block.id(), year, o.leaderUnitId(), null);
            }
        });
        return yearView(block, year);
    }

    @Transactional
    public BlockViews.Year replaceOfficers(String code, int year, BlockRequests.Officers r) {
        Block block = block(code);
        checkYear(year);
        String leaderCode = r.leaderUnitCode().strip();
        String deputyCode = r.deputyUnitCode() == null || r.deputyUnitCode().isBlank() ? null : r.deputyUnitCode().strip();
        if (leaderCode.equals(deputyCode)) {
            throw Refusal.invalid("OFFICERS_NOT_DISTINCT",
                    "Khối trưởng và khối phó phải là hai đơn vị khác nhau.");
        }
        List<Long> memberIds = blocks.memberIds(block.id(), year);
        Unit leader = member(block, year, leaderCode, memberIds, "khối trưởng");
        Unit deputy = deputyCode == null ? null : member(block, year, deputyCode, memberIds, "khối phó");
        blocks.replaceOfficers(block.id(), year, leader.id(), deputy == null ? null : deputy.id());
        return yearView(block, year);
    }

    private Unit member(Block block, int year, String unitCode, List<Long> memberIds, String office) {
        Unit unit = unitService.referenced(unitCode);
        if (!memberIds.contains(unit.id())) {
            throw Refusal.invalid("OFFICER_NOT_MEMBER", "Đơn vị '" + unitCode + "' không phải thành viên của khối '"
                    + block.code() + "' trong năm " + year + " nên không thể làm " + office + ".");
        }
        return unit;
    }

    private Block block(String code) {
        return blocks.findByCode(code).orElseThrow(() -> Refusal.notFound("BLOCK_NOT_FOUND",
                "Không tìm thấy khối thi đua có mã '" + code + "'."));
    }

    private BlockViews.Year yearView(Block block, int year) {
        List<UnitSummary> members = blocks.memberIds(block.id(), year).stream()
                .map(id -> units.findById(id).orElseThrow()).map(UnitSummary::of)
                .sorted(Comparator.comparing(UnitSummary::code)).toList();
        BlockRepository.OfficerIds officers = blocks.officers(block.id(), year).orElse(null);
        UnitSummary leader = officers == null ? null : UnitSummary.of(units.findById(officers.leaderUnitId()).orElseThrow());
        UnitSummary deputy = officers == null || officers.deputyUnitId() == null ? null
                : UnitSummary.of(units.findById(officers.deputyUnitId()).orElseThrow());
        return new BlockViews.Year(block.code(), block.name(), block.description(), year, members, leader, deputy);
    }

    private static int checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw Refusal.invalid("BAD_YEAR", "Năm thi đua phải trong khoảng " + MIN_YEAR + "–" + MAX_YEAR + ".");
        }
        return year;
    }
}

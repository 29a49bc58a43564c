package vn.tdkt.block.scoring;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.block.Block;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.UnitRepository;

import java.util.List;
import java.util.Set;

/**
 * The block's scoring table of a year: anyone signed in reads it; the block leader's officers or head (Khối
 * trưởng of that year) and administrators change it.
 */
@RestController
@RequestMapping("/api/blocks/{code}/years/{year}/scoring-table")
public class ScoringTableController {

    private final ScoringTableStore store;
    private final BlockRepository blocks;
    private final UnitRepository units;

    public ScoringTableController(ScoringTableStore store, BlockRepository blocks, UnitRepository units) {
        this.store = store;
        this.blocks = blocks;
        this.units = units;
    }

    @GetMapping
    public ScoringTable get(@PathVariable String code, @PathVariable int year) {
        return store.tableOf(block(code).id(), year);
    }

    /** The table as an .xlsx sheet: the template to fill for an import. */
    @GetMapping("/workbook")
    public org.springframework.http.ResponseEntity<byte[]> workbook(@PathVariable String code, @PathVariable int year) {
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        org.springframework.http.ContentDisposition.attachment()
                                .filename("bang-diem-" + code + "-" + year + ".xlsx").build().toString())
                .body(ScoringTableWorkbook.write(store.tableOf(block(code).id(), year)));
    }

    /** Replaces the table by the one of an .xlsx sheet (same columns as the export). */
    @org.springframework.web.bind.annotation.PostMapping("/import")
    public ScoringTable importWorkbook(@PathVariable String code, @PathVariable int year,
                                       @org.springframework.web.bind.annotation.RequestParam("file")
                                       org.springframework.web.multipart.MultipartFile file,
                                       Authentication authentication) throws java.io.IOException {
        return put(code, year, ScoringTableWorkbook.read(file.getInputStream()), authentication);
    }

    @PutMapping
    public ScoringTable put(@PathVariable String code, @PathVariable int year, @RequestBody ScoringTable table,
                            Authentication authentication) {
        Block block = block(code);
        Set<String> groups = CurrentUser.groupsOf(authentication);
        if (!groups.contains(Role.ADMIN.groupId()) && !isLeader(block, year, groups)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Chỉ khối trưởng của khối năm " + year
                    + " hoặc quản trị hệ thống được sửa bảng điểm.", List.of());
        }
        List<String> problems = ScoringRules.table(table);
        if (!problems.isEmpty()) {
            throw Refusal.invalid("INVALID_SCORING_TABLE", String.join(" ", problems), problems);
        }
        store.save(block.id(), year, table, authentication.getName());
        return table;
    }

    private boolean isLeader(Block block, int year, Set<String> groups) {
        return blocks.officers(block.id(), year).flatMap(o -> units.findById(o.leaderUnitId()))
                .map(u -> groups.contains(Role.UNIT_OFFICER.unitGroupId(u.code()))
                        || groups.contains(Role.UNIT_HEAD.unitGroupId(u.code())))
                .orElse(false);
    }

    private Block block(String code) {
        return blocks.findByCode(code).orElseThrow(() -> Refusal.notFound("BLOCK_NOT_FOUND",
                "Không tìm thấy khối thi đua có mã '" + code + "'."));
    }
}

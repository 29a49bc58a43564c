package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.proposal.ProposalAccess;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.web.ApiException;
import vn.tdkt.workflow.JsonVars;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The block cycle through the API: start it; the block dashboard (who has signed, reported, self-scored and been
 * cross-checked; scores and ranking once final; a chart); one unit's sheet; the minutes as PDF. Members of the block
 * and the province's roles read; a member sees another member's own scores only after the cross-check.
 */
@RestController
public class BlockCycleController {

    private static final List<String> AFTER_CROSS_CHECK = List.of("ARBITRATION", "SCORED", "RANKED", "VOTE",
            "MINUTES", "PROPOSED", "CLOSED");
    private static final List<String> RANKED = List.of("RANKED", "VOTE", "MINUTES", "PROPOSED", "CLOSED");

    private final RuntimeService runtimeService;
    private final BlockCycleRepository cycles;
    private final BlockRepository blocks;
    private final UnitRepository units;
    private final BlockRanking ranking;
    private final BlockMinutes minutes;

    public BlockCycleController(RuntimeService runtimeService, BlockCycleRepository cycles, BlockRepository blocks,
                                UnitRepository units, BlockRanking ranking, BlockMinutes minutes) {
        this.runtimeService = runtimeService;
        this.cycles = cycles;
        this.blocks = blocks;
        this.units = units;
        this.ranking = ranking;
        this.minutes = minutes;
    }

    public record Started(String businessKey, String processInstanceId) { }

    public record MemberStatus(String unitCode, String unitName, String registeredTitle, boolean midYearReported,
                               boolean selfScored, String crossCheckedBy, boolean finalScored) { }

    public record Dashboard(String businessKey, String blockCode, int year, String stage, List<MemberStatus> members,
                            List<BlockRanking.Ranked> ranking, List<BlockCycleRepository.BlockProposal> proposals) { }

    @PostMapping("/api/blocks/{code}/years/{year}/cycle")
    public ResponseEntity<Started> start(@PathVariable String code, @PathVariable int year) {
        try {
            ProcessInstance pi = runtimeService.startProcessInstanceByKey("block-emulation-cycle",
                    Map.of("blockCode", code, "emulationYear", year));
            return ResponseEntity.status(HttpStatus.CREATED).body(new Started(pi.getBusinessKey(), pi.getId()));
        } catch (FormFieldValidationException refused) {
            throw ApiException.badRequest("CYCLE_REFUSED", refused.getMessage());
        } catch (AuthorizationException refused) {
            throw forbidden("Bạn không có quyền mở chu kỳ thi đua của khối.");
        }
    }

    @GetMapping("/api/block-cycles/{key}/dashboard")
    public Dashboard dashboard(@PathVariable String key, Authentication authentication) {
        BlockCycleRepository.Cycle c = readable(key, authentication);
        List<BlockCycleRepository.Event> events = cycles.events(key);
        List<MemberStatus> members = blocks.memberIds(c.blockId(), c.year()).stream()
                .map(id -> units.findById(id).orElseThrow()).sorted(java.util.Comparator.comparing(u -> u.code()))
                .map(u -> new MemberStatus(u.code(), u.name(),
                        events.stream().filter(e -> u.code().equals(e.unitCode()) && "PACT".equals(e.stage()))
                                .map(BlockCycleRepository.Event::outcome).findFirst().orElse(null),
                        has(events, u.code(), "MID_YEAR"), has(events, u.code(), "SELF"),
                        cycles.sheet(c.blockId(), c.year(), u.code(), "CROSS")
                                .map(BlockCycleRepository.Sheet::scoredByUnitCode).orElse(null),
                        cycles.sheet(c.blockId(), c.year(), u.code(), "FINAL").isPresent()))
                .toList();
        boolean showRanking = RANKED.contains(c.stage());
        return new Dashboard(key, c.blockCode(), c.year(), c.stage(), members,
                showRanking ? ranking.rank(c.blockId(), c.year()) : List.of(), cycles.proposals(key));
    }

    /** A bar chart of the final scores (SVG), once the ranking exists. */
    @GetMapping(value = "/api/block-cycles/{key}/dashboard.svg", produces = "image/svg+xml")
    public String chart(@PathVariable String key, Authentication authentication) {
        BlockCycleRepository.Cycle c = readable(key, authentication);
        List<BlockRanking.Ranked> ranked = RANKED.contains(c.stage()) ? ranking.rank(c.blockId(), c.year()) : List.of();
        return ScoreChart.svg("Điểm thi đua " + c.blockCode() + " năm " + c.year(), ranked);
    }

    @GetMapping("/api/block-cycles/{key}/sheets/{unit}")
    public List<Map<String, Object>> sheet(@PathVariable String key, @PathVariable String unit,
                                           @RequestParam(defaultValue = "SELF") String kind,
                                           Authentication authentication) {
        BlockCycleRepository.Cycle c = readable(key, authentication);
        if (!List.of("SELF", "CROSS", "FINAL").contains(kind)) {
            throw ApiException.badRequest("UNKNOWN_SHEET_KIND", "Loại bảng điểm phải là SELF, CROSS hoặc FINAL.");
        }
        Set<String> groups = ProposalAccess.groups(authentication);
        boolean own = ProposalAccess.ownUnits(groups).stream().anyMatch(unit::equalsIgnoreCase);
        if (!own && !ProposalAccess.provinceWide(groups) && !AFTER_CROSS_CHECK.contains(c.stage())) {
            throw forbidden("Chưa đến bước chấm chéo: đơn vị khác chưa được xem bảng tự chấm của '" + unit + "'.");
        }
        return cycles.sheet(c.blockId(), c.year(), unit, kind).map(s -> JsonVars.listOfObjects(s.sheet()))
                .orElseThrow(() -> ApiException.notFound("SHEET_NOT_FOUND", "Đơn vị '" + unit + "' chưa có bảng điểm này."));
    }

    @GetMapping("/api/block-cycles/{key}/minutes.pdf")
    public ResponseEntity<byte[]> minutesPdf(@PathVariable String key, Authentication authentication) {
        readable(key, authentication);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"bien-ban-hop-khoi-" + key + ".pdf\"")
                .body(minutes.pdf(key));
    }

    private BlockCycleRepository.Cycle readable(String key, Authentication authentication) {
        BlockCycleRepository.Cycle c = cycles.find(key).orElseThrow(() ->
                ApiException.notFound("CYCLE_NOT_FOUND", "Không tìm thấy chu kỳ thi đua " + key + "."));
        Set<String> groups = ProposalAccess.groups(authentication);
        if (ProposalAccess.provinceWide(groups)) {
            return c;
        }
        Set<String> own = ProposalAccess.ownUnits(groups);
        boolean member = blocks.memberIds(c.blockId(), c.year()).stream()
                .map(id -> units.findById(id).orElseThrow().code()).anyMatch(own::contains);
        if (!member) {
            throw forbidden("Chỉ đơn vị thành viên của khối và cơ quan cấp tỉnh được xem chu kỳ thi đua này.");
        }
        return c;
    }

    private static boolean has(List<BlockCycleRepository.Event> events, String unit, String stage) {
        return events.stream().anyMatch(e -> unit.equals(e.unitCode()) && stage.equals(e.stage()));
    }

    private static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", message, List.of());
    }
}

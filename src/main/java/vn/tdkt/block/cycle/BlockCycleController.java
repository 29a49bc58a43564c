package vn.tdkt.block.cycle;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.ContentDisposition;
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
import vn.tdkt.format.VietnameseNumbers;
import vn.tdkt.proposal.ProposalAccess;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.block.BlockRepository;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.workflow.JsonVars;

import java.math.BigDecimal;
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

    /** From this stage on (ARBITRATION, SCORED and after) the cross-check is done: members see each other's sheets. */
    private static final BlockCycleStage CROSS_CHECKED = BlockCycleStage.ARBITRATION;
    /** From this stage on the final scores and the ranking are shown. */
    private static final BlockCycleStage RANKED = BlockCycleStage.RANKED;
    /** From this stage on the meeting's minutes exist: the vote is closed and counted. */
    private static final BlockCycleStage MINUTES_DRAWN = BlockCycleStage.MINUTES;
    /** The minutes under an address for people (same method, same checks as the /api one). */
    private static final String MINUTES_LINK = "/tai-lieu/khoi-thi-dua/";

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

    /** @param crossCheckedBy the code of the unit that cross-checked this one; {@code crossCheckedByName} its name */
    public record MemberStatus(String unitCode, String unitName, String registeredTitle, boolean midYearReported,
                               boolean selfScored, String crossCheckedBy, String crossCheckedByName,
                               boolean finalScored) { }

    /** One line of the ranking, the scores also as Vietnamese write them ({@code …Text}: 97,5). */
    public record RankLine(int rank, String unitCode, String unitName, BigDecimal finalScore, String finalScoreText,
                           String criteriaText, String bonusText, String penaltiesText, String classification,
                           String classificationName) {
        static RankLine of(BlockRanking.Ranked r) {
            return new RankLine(r.rank(), r.unitCode(), r.unitName(), r.finalScore(),
                    VietnameseNumbers.decimal(r.finalScore()), VietnameseNumbers.decimal(r.criteria()),
                    VietnameseNumbers.decimal(r.bonus()), VietnameseNumbers.decimal(r.penalties()), r.classification(),
                    r.classificationName());
        }
    }

    /** A proposal the block decided on, its score as Vietnamese write it. */
    public record ProposalLine(String unitCode, String unitName, String awardType, int rank, String finalScoreText,
                               String proposalKey) {
        static ProposalLine of(BlockCycleRepository.BlockProposal p) {
            return new ProposalLine(p.unitCode(), p.unitName(), p.awardType(), p.rank(),
                    VietnameseNumbers.decimal(p.finalScore()), p.proposalKey());
        }
    }

    /**
     * @param blockName   the block's name ("Khối Nội chính"), never only its code
     * @param minutesUrl  where the meeting's minutes open (PDF) once the vote is over and they are drawn up; else null
     */
    public record Dashboard(String businessKey, String blockCode, String blockName, int year, String stage,
                            List<MemberStatus> members, List<RankLine> ranking, List<ProposalLine> proposals,
                            String minutesUrl) { }

    @PostMapping("/api/blocks/{code}/years/{year}/cycle")
    public ResponseEntity<Started> start(@PathVariable String code, @PathVariable int year) {
        try {
            ProcessInstance pi = runtimeService.startProcessInstanceByKey(BlockCycleSteps.PROCESS,
                    Map.of(BlockCycleVariables.BLOCK_CODE, code, BlockCycleVariables.EMULATION_YEAR, year));
            return ResponseEntity.status(HttpStatus.CREATED).body(new Started(pi.getBusinessKey(), pi.getId()));
        } catch (FormFieldValidationException refused) {
            throw Refusal.invalid("CYCLE_REFUSED", refused.getMessage());
        } catch (AuthorizationException refused) {
            throw forbidden("Bạn không có quyền mở chu kỳ thi đua của khối.");
        }
    }

    @GetMapping("/api/block-cycles/{key}/dashboard")
    public Dashboard dashboard(@PathVariable String key, Authentication authentication) {
        BlockCycleRepository.Cycle c = readable(key, authentication);
        List<BlockCycleRepository.Event> events = cycles.events(key);
        List<MemberStatus> members = blocks.memberIds(c.blockId(), c.year()).stream()
                .map(id -> units.findById(id).orElseThrow()).sorted(java.util.Comparator.comparing(u -> u.name()))
                .map(u -> {
                    String crossChecker = cycles.sheet(c.blockId(), c.year(), u.code(), "CROSS")
                            .map(BlockCycleRepository.Sheet::scoredByUnitCode).orElse(null);
                    return new MemberStatus(u.code(), u.name(),
                            events.stream().filter(e -> u.code().equals(e.unitCode()) && "PACT".equals(e.stage()))
                                    .map(BlockCycleRepository.Event::outcome).findFirst().orElse(null),
                            has(events, u.code(), "MID_YEAR"), has(events, u.code(), "SELF"), crossChecker,
                            crossChecker == null ? null
                                    : units.findByCode(crossChecker).map(x -> x.name()).orElse(crossChecker),
                            cycles.sheet(c.blockId(), c.year(), u.code(), "FINAL").isPresent());
                })
                .toList();
        boolean showRanking = c.currentStage().reached(RANKED);
        String blockName = blocks.findByCode(c.blockCode()).map(b -> b.name()).orElse(c.blockCode());
        return new Dashboard(key, c.blockCode(), blockName, c.year(), c.stage(), members,
                showRanking ? ranking.rank(c.blockId(), c.year()).stream().map(RankLine::of).toList() : List.of(),
                cycles.proposals(key).stream().map(ProposalLine::of).toList(),
                c.currentStage().reached(MINUTES_DRAWN) ? MINUTES_LINK + key + "/bien-ban.pdf" : null);
    }

    /** A bar chart of the final scores (SVG), once the ranking exists. */
    @GetMapping(value = "/api/block-cycles/{key}/dashboard.svg", produces = "image/svg+xml")
    public String chart(@PathVariable String key, Authentication authentication) {
        BlockCycleRepository.Cycle c = readable(key, authentication);
        List<BlockRanking.Ranked> ranked = c.currentStage().reached(RANKED) ? ranking.rank(c.blockId(), c.year())
                : List.of();
        String blockName = blocks.findByCode(c.blockCode()).map(b -> b.name()).orElse(c.blockCode());
        return ScoreChart.svg("Điểm thi đua " + blockName + " năm " + c.year(), ranked);
    }

    @GetMapping("/api/block-cycles/{key}/sheets/{unit}")
    public List<Map<String, Object>> sheet(@PathVariable String key, @PathVariable String unit,
                                           @RequestParam(defaultValue = "SELF") String kind,
                                           Authentication authentication) {
        BlockCycleRepository.Cycle c = readable(key, authentication);
        if (!List.of("SELF", "CROSS", "FINAL").contains(kind)) {
            throw Refusal.invalid("UNKNOWN_SHEET_KIND", "Loại bảng điểm phải là SELF, CROSS hoặc FINAL.");
        }
        Set<String> groups = ProposalAccess.groups(authentication);
        boolean own = ProposalAccess.ownUnits(groups).stream().anyMatch(unit::equalsIgnoreCase);
        if (!own && !ProposalAccess.provinceWide(groups) && !c.currentStage().reached(CROSS_CHECKED)) {
            throw forbidden("Chưa đến bước chấm chéo: đơn vị khác chưa được xem bảng tự chấm của '" + unit + "'.");
        }
        return cycles.sheet(c.blockId(), c.year(), unit, kind).map(s -> JsonVars.listOfObjects(s.sheet()))
                .orElseThrow(() -> Refusal.notFound("SHEET_NOT_FOUND", "Đơn vị '" + unit + "' chưa có bảng điểm này."));
    }

    @GetMapping({"/api/block-cycles/{key}/minutes.pdf", MINUTES_LINK + "{key}/bien-ban.pdf"})
    public ResponseEntity<byte[]> minutesPdf(@PathVariable String key, Authentication authentication) {
        readable(key, authentication);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename("bien-ban-hop-khoi-" + key + ".pdf").build().toString())
                .body(minutes.pdf(key));
    }

    private BlockCycleRepository.Cycle readable(String key, Authentication authentication) {
        BlockCycleRepository.Cycle c = cycles.find(key).orElseThrow(() ->
                Refusal.notFound("CYCLE_NOT_FOUND", "Không tìm thấy chu kỳ thi đua " + key + "."));
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

    private static Refusal forbidden(String message) {
        return new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", message, List.of());
    }
}

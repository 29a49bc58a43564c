package vn.tdkt.movement;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.proposal.ProposalAccess;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.unit.UnitRepository;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The movements as the units and the standing agency read them: a unit sees the movements it takes part in or stands
 * for (its own participation only); the standing agency and the province-wide roles see every unit's participation
 * and who has not registered or reported; the launch decision as a PDF once launched.
 */
@RestController
@RequestMapping("/api/movements")
public class MovementController {

    /** A movement in a list. */
    public record MovementSummary(long id, String code, String name, String kind, String status, String statusText,
                                  LocalDate startDate, LocalDate midReviewDate, LocalDate endDate,
                                  String standingUnitCode, String standingUnitName, String launchNumber) { }

    /** A unit's participation. */
    public record ParticipantView(String unitCode, String unitName, boolean registered, boolean registrationLate,
                                  boolean reported, boolean reportLate, Integer progressPercent, String proposalKey) { }

    /** A movement with the participation the caller may see. */
    public record MovementDetail(MovementSummary movement, String goal, String criteria, String awardsText,
                                 Instant registrationDue, Instant reportDue, List<ParticipantView> participants) { }

    /** Who has not done his part yet. */
    public record Outstanding(List<ParticipantView> notRegistered, List<ParticipantView> notReported) { }

    private final MovementRepository movements;
    private final UnitRepository units;
    private final LaunchDecisionPdf pdf;
    private final Clock clock;

    public MovementController(MovementRepository movements, UnitRepository units, LaunchDecisionPdf pdf, Clock clock) {
        this.movements = movements;
        this.units = units;
        this.pdf = pdf;
        this.clock = clock;
    }

    /** The units active today, for the draft's taglist. */
    @GetMapping("/unit-options")
    public List<Map<String, String>> unitOptions() {
        return units.list(LocalDate.now(clock), null).stream()
                .map(u -> Map.of("label", u.name(), "value", u.code())).toList();
    }

    /** The movements of the caller's units (every movement for the province-wide roles). */
    @GetMapping
    public List<MovementSummary> mine(Authentication caller) {
        Set<String> groups = ProposalAccess.groups(caller);
        if (ProposalAccess.provinceWide(groups)) {
            return movements.all().stream().map(MovementController::summary).toList();
        }
        Set<String> own = ProposalAccess.ownUnits(groups);
        // a unit taking part sees a movement once launched; its standing agency sees its drafts too
        return own.stream().flatMap(u -> movements.ofUnit(u).stream()).distinct()
                .filter(m -> m.status().launched() || own.contains(m.standingUnitCode()))
                .map(MovementController::summary).toList();
    }

    @GetMapping("/{id}")
    public MovementDetail detail(@PathVariable long id, Authentication caller) {
        MovementRepository.Movement m = readable(id, caller);
        Set<String> groups = ProposalAccess.groups(caller);
        boolean overseer = overseer(m, groups);
        Set<String> own = ProposalAccess.ownUnits(groups);
        List<ParticipantView> visible = movements.participants(id).stream()
                .filter(p -> overseer || own.contains(p.unitCode())).map(MovementController::view).toList();
        return new MovementDetail(summary(m), m.goal(), m.criteria(), m.awardsText(), m.registrationDue(),
                m.reportDue(), visible);
    }

    /** Who has not registered, who has not reported: the standing agency's and the province-wide roles' view. */
    @GetMapping("/{id}/outstanding")
    public Outstanding outstanding(@PathVariable long id, Authentication caller) {
        overseen(id, caller);
        List<MovementRepository.Participant> all = movements.participants(id);
        return new Outstanding(all.stream().filter(p -> !p.registered()).map(MovementController::view).toList(),
                all.stream().filter(p -> !p.reported()).map(MovementController::view).toList());
    }

    /** The units the final review may propose: participants that reported. */
    @GetMapping("/{id}/award-options")
    public List<Map<String, String>> awardOptions(@PathVariable long id, Authentication caller) {
        overseen(id, caller);
        return movements.participants(id).stream().filter(MovementRepository.Participant::reported)
                .map(p -> Map.of("label", p.unitName() + " (hoàn thành " + p.progressPercent() + "%)",
                        "value", p.unitCode())).toList();
    }

    @GetMapping("/{id}/launch-decision.pdf")
    public ResponseEntity<byte[]> launchDecision(@PathVariable long id, Authentication caller) {
        MovementRepository.Movement m = readable(id, caller);
        if (m.launchNumber() == null) {
            throw Refusal.notFound("MOVEMENT_NOT_LAUNCHED", "Phong trào «" + m.name() + "» chưa được phát động.");
        }
        byte[] body = pdf.render(m, movements.participants(id));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("quyet-dinh-phat-dong-" + m.code() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private MovementRepository.Movement readable(long id, Authentication caller) {
        MovementRepository.Movement m = movements.find(id).orElseThrow(() ->
                Refusal.notFound("MOVEMENT_NOT_FOUND", "Không có phong trào thi đua số " + id + "."));
        Set<String> groups = ProposalAccess.groups(caller);
        if (overseer(m, groups)) {
            return m;
        }
        Set<String> own = ProposalAccess.ownUnits(groups);
        boolean takesPart = movements.participants(id).stream().anyMatch(p -> own.contains(p.unitCode()));
        if (takesPart && !m.status().launched()) {
            // a draft (or a refused or withdrawn one) is not shown to the units it names
            throw Refusal.notFound("MOVEMENT_NOT_FOUND", "Không có phong trào thi đua số " + id + ".");
        }
        if (!takesPart) {
            throw Refusal.forbidden("MOVEMENT_NOT_YOURS", "Đơn vị của bạn không tham gia phong trào «" + m.name() + "».");
        }
        return m;
    }

    private MovementRepository.Movement overseen(long id, Authentication caller) {
        MovementRepository.Movement m = readable(id, caller);
        if (!overseer(m, ProposalAccess.groups(caller))) {
            throw Refusal.forbidden("MOVEMENT_STANDING_AGENCY_ONLY", "Chỉ cơ quan thường trực phong trào «" + m.name()
                    + "» và Sở Nội vụ theo dõi tình hình của các đơn vị tham gia.");
        }
        return m;
    }

    private static boolean overseer(MovementRepository.Movement m, Set<String> groups) {
        return ProposalAccess.provinceWide(groups) || ProposalAccess.ownUnits(groups).contains(m.standingUnitCode());
    }

    private static MovementSummary summary(MovementRepository.Movement m) {
        return new MovementSummary(m.id(), m.code(), m.name(), m.kind().name(), m.status().name(), m.status().label(),
                m.startDate(), m.midReviewDate(), m.endDate(), m.standingUnitCode(), m.standingUnitName(),
                m.launchNumber());
    }

    private static ParticipantView view(MovementRepository.Participant p) {
        return new ParticipantView(p.unitCode(), p.unitName(), p.registered(), p.registrationLate(), p.reported(),
                p.reportLate(), p.progressPercent(), p.proposalKey());
    }
}

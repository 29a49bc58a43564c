package vn.tdkt.movement;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.awarddecision.DecisionNumbering;
import vn.tdkt.awarddecision.RegisterEntry;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalStartRules;
import vn.tdkt.registry.award.AwardType;
import vn.tdkt.registry.award.AwardTypeRepository;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitRepository;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Checks and records what the emulation-movement process's steps submit: the draft, launch, units' answers, reviews. */
@Service
public class MovementService {

    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final MovementRepository movements;
    private final UnitRepository units;
    private final UserProfileRepository profiles;
    private final IdentityService identity;
    private final DecisionNumbering register;
    private final AwardTypeRepository awardTypes;
    private final AuditTrail audit;
    private final Clock clock;

    public MovementService(MovementRepository movements, UnitRepository units, UserProfileRepository profiles,
                           IdentityService identity, DecisionNumbering register, AwardTypeRepository awardTypes,
                           AuditTrail audit, Clock clock) {
        this.movements = movements;
        this.units = units;
        this.profiles = profiles;
        this.identity = identity;
        this.register = register;
        this.awardTypes = awardTypes;
        this.audit = audit;
        this.clock = clock;
    }

    /** A checked draft, recorded: what the chairman's form shows. */
    public record Drafted(long id, String code, String standingUnitCode, String standingUnitName,
                          List<String> participants, String participantNames, String periodText, MovementKind kind) { }

    /**
     * Checks the draft of the initiator (an officer of the standing agency: the TĐKT officer of his unit, or the Sở
     * Nội vụ's specialist) and records it, new or revised; refuses with every problem listed.
     */
    public Drafted draft(String initiator, Long existingId, MovementRules.DraftInput input, String processInstanceId) {
        if (initiator == null) {
            throw new InputRejectedException("Phong trào thi đua phải do cán bộ của cơ quan thường trực dự thảo.", 403);
        }
        UnitRef unit = profiles.unitOf(initiator).orElseThrow(() -> new InputRejectedException(
                "Tài khoản '" + initiator + "' chưa thuộc đơn vị nào nên không thể dự thảo phong trào.", 403));
        boolean officer = member(initiator, Role.UNIT_OFFICER.unitGroupId(unit.code()))
                || member(initiator, Role.SPECIALIST.groupId());
        if (!officer) {
            throw new InputRejectedException("Chỉ cán bộ làm công tác thi đua, khen thưởng của cơ quan thường trực"
                    + " (hoặc chuyên viên Sở Nội vụ) mới dự thảo phong trào thi đua.", 403);
        }
        LocalDate today = LocalDate.now(clock);
        Map<String, String> active = new LinkedHashMap<>();
        units.list(today, null).forEach(u -> active.put(u.code(), u.name()));
        MovementRules.Checked checked = MovementRules.checkDraft(input, today, active);
        if (!checked.ok()) {
            throw new InputRejectedException("Dự thảo phong trào chưa hợp lệ: " + String.join(" ", checked.problems()));
        }
        MovementRules.Draft d = checked.draft();
        long id;
        String code;
        if (existingId == null) {
            code = movements.nextCode(today.getYear());
            id = movements.insert(code, d, unit.id(), initiator, processInstanceId, clock.instant());
        } else {
            id = existingId;
            movements.updateDraft(id, d);
            movements.changeStatus(id, MovementStatus.SUBMITTED);
            code = movements.find(id).orElseThrow().code();
        }
        List<Long> ids = d.participantCodes().stream()
                .map(c -> units.findByCode(c).map(Unit::id).orElseThrow()).toList();
        movements.replaceParticipants(id, ids);
        String names = String.join("; ", d.participantCodes().stream().map(active::get).toList());
        return new Drafted(id, code, unit.code(), unit.name(), d.participantCodes(), names,
                period(d.startDate(), d.endDate()), d.kind());
    }

    static String period(LocalDate start, LocalDate end) {
        return "Từ " + VN_DATE.format(start) + " đến " + VN_DATE.format(end);
    }

    /** The chairman returned the draft. */
    public void returned(long id) {
        movements.changeStatus(id, MovementStatus.RETURNED);
    }

    /** The draft ends without a launch: refused by the chairman or withdrawn by its drafter. */
    public void close(long id, MovementStatus as) {
        if (as != MovementStatus.REFUSED && as != MovementStatus.WITHDRAWN) {
            throw new IllegalArgumentException("A draft closes as refused or withdrawn: " + as);
        }
        movements.changeStatus(id, as);
    }

    /** A launch: the number from the outgoing register, the signer and the units' deadlines. */
    public record Launched(String number, LocalDate on) { }

    /**
     * Launches the movement: takes the launch decision's number from the office's outgoing register (sổ đăng ký văn
     * bản đi), records the signer (the chairman, or a vice-chairman signing for him) and the units' deadlines.
     */
    public Launched launch(long id, String approver, Instant registrationDue, Instant reportDue) {
        MovementRepository.Movement m = movements.find(id).orElseThrow();
        LocalDate today = LocalDate.now(clock);
        String by = approver == null ? "he-thong" : approver;
        RegisterEntry entry = register.take(today, "Quyết định phát động " + m.name(), by, RegisterEntry.Source.OFFICE);
        boolean vice = approver != null && !member(approver, Role.CHAIRMAN.groupId())
                && member(approver, Role.VICE_CHAIRMAN.groupId());
        String title = vice ? "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" : "CHỦ TỊCH";
        movements.launched(id, entry.number(), today, by, fullName(approver), title, registrationDue, reportDue);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("movementId", id);
        details.put("number", entry.number());
        details.put("what", "Quyết định phát động số " + entry.number() + " ngày " + VN_DATE.format(today));
        audit.record(AuditRecord.domain(AuditKind.MOVEMENT_LAUNCHED, clock.instant(), m.code(), m.processInstanceId(),
                by, m.name(), details));
        return new Launched(entry.number(), today);
    }

    /** A unit's registration, checked and recorded. */
    public void register(long id, String unitCode, Object plan, String by) {
        List<String> problems = MovementRules.checkRegistration(plan);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        MovementRepository.Participant p = participant(id, unitCode);
        movements.registered(id, p.unitId(), by, MovementRules.text(plan), clock.instant());
        participation(id, by, p.unitName() + " đăng ký tham gia");
    }

    /** A unit's progress report, checked and recorded. */
    public void report(long id, String unitCode, Object report, Object percent, String by) {
        List<String> problems = MovementRules.checkReport(report, percent);
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        MovementRepository.Participant p = participant(id, unitCode);
        int share = MovementRules.wholeNumber(percent);
        movements.reported(id, p.unitId(), by, MovementRules.text(report), share, clock.instant());
        participation(id, by, p.unitName() + " báo cáo tiến độ, hoàn thành " + share + "% chỉ tiêu");
    }

    /** A unit missed its registration or report deadline. */
    public void late(long id, String unitCode, boolean report) {
        MovementRepository.Participant p = participant(id, unitCode);
        movements.late(id, p.unitId(), report);
        participation(id, null, p.unitName() + (report ? " quá hạn báo cáo tiến độ" : " quá hạn đăng ký tham gia"));
    }

    /** The mid-term review's report. */
    public void midReview(long id, Object report, String by) {
        List<String> problems = MovementRules.checkReview(report, "Báo cáo sơ kết");
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        movements.reviewed(id, false, MovementRules.text(report), by, clock.instant());
        reviewed(id, by, "Sơ kết phong trào");
    }

    /**
     * The final review: the report and the units proposed for an award (participants that reported, an active award
     * of the province's chairman); returns how many units are proposed.
     */
    public int finalReview(long id, Object report, Object awardedCodes, Object awardTypeCode, String by) {
        List<String> problems = new ArrayList<>(MovementRules.checkReview(report, "Báo cáo tổng kết"));
        List<String> codes = ProposalStartRules.codesOf(awardedCodes);
        List<MovementRepository.Participant> chosen = new ArrayList<>();
        AwardType type = null;
        if (!codes.isEmpty()) {
            String code = MovementRules.text(awardTypeCode);
            type = code == null ? null : awardTypes.find(code).filter(AwardType::active).orElse(null);
            if (type == null) {
                problems.add("Chọn hình thức khen thưởng đề nghị cho các đơn vị tiêu biểu.");
            }
            Map<String, MovementRepository.Participant> byCode = new LinkedHashMap<>();
            movements.participants(id).forEach(p -> byCode.put(p.unitCode(), p));
            for (String c : codes) {
                MovementRepository.Participant p = byCode.get(c);
                if (p == null) {
                    problems.add("Đơn vị '" + c + "' không tham gia phong trào này.");
                } else if (!p.reported()) {
                    problems.add(p.unitName() + " chưa báo cáo kết quả thực hiện phong trào nên chưa đề nghị khen thưởng.");
                } else {
                    chosen.add(p);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException(String.join(" ", problems));
        }
        for (MovementRepository.Participant p : chosen) {
            movements.awardProposed(id, p.unitId(), type.code());
        }
        movements.reviewed(id, true, MovementRules.text(report), by, clock.instant());
        reviewed(id, by, "Tổng kết phong trào" + (chosen.isEmpty() ? ", không đề nghị khen thưởng"
                : ", đề nghị " + type.name() + " cho " + String.join(", ",
                chosen.stream().map(MovementRepository.Participant::unitName).toList())));
        return chosen.size();
    }

    /** How the units stand: registered, reported, late; the text the review forms show. */
    public String participationSummary(long id) {
        List<MovementRepository.Participant> all = movements.participants(id);
        List<String> lines = new ArrayList<>();
        long registered = all.stream().filter(MovementRepository.Participant::registered).count();
        long reported = all.stream().filter(MovementRepository.Participant::reported).count();
        lines.add(all.size() + " đơn vị tham gia; " + registered + " đã đăng ký; " + reported + " đã báo cáo.");
        for (MovementRepository.Participant p : all) {
            lines.add("- " + p.unitName() + ": " + (p.registered() ? "đã đăng ký" : "chưa đăng ký")
                    + (p.registrationLate() ? " (trễ hạn)" : "") + "; "
                    + (p.reported() ? "đã báo cáo, hoàn thành " + p.progressPercent() + "%" : "chưa báo cáo")
                    + (p.reportLate() ? " (trễ hạn)" : "") + ".");
        }
        return String.join("\n", lines);
    }

    private MovementRepository.Participant participant(long id, String unitCode) {
        return movements.participant(id, unitCode).orElseThrow(() -> new InputRejectedException(
                "Đơn vị '" + unitCode + "' không tham gia phong trào này.", 403));
    }

    private void participation(long id, String by, String what) {
        MovementRepository.Movement m = movements.find(id).orElseThrow();
        audit.record(AuditRecord.domain(AuditKind.MOVEMENT_PARTICIPATION, clock.instant(), m.code(),
                m.processInstanceId(), by, m.name(), Map.of("movementId", id, "what", what)));
    }

    private void reviewed(long id, String by, String what) {
        MovementRepository.Movement m = movements.find(id).orElseThrow();
        audit.record(AuditRecord.domain(AuditKind.MOVEMENT_REVIEWED, clock.instant(), m.code(), m.processInstanceId(),
                by, m.name(), Map.of("movementId", id, "what", what)));
    }

    private boolean member(String userId, String groupId) {
        return identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0;
    }

    private String fullName(String userId) {
        if (userId == null) {
            return "";
        }
        User u = identity.createUserQuery().userId(userId).singleResult();
        return u == null ? userId : (u.getFirstName() + " " + u.getLastName()).strip();
    }
}

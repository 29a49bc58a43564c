package vn.tdkt.revocation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.awarddecision.DecisionNumbering;
import vn.tdkt.awarddecision.RegisterEntry;
import vn.tdkt.identity.Role;
import vn.tdkt.notification.NotificationService;
import vn.tdkt.registry.award.DecidingLevel;
import vn.tdkt.workflow.InputRejectedException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks and records what the award-revocation process's steps submit: the request, the opinions of the agency head,
 * the council and the chairman, the annulment written on the registry (so that no later eligibility counts the
 * award), the running proposals it touches flagged to their specialist, and each unit's recovery.
 */
@Service
public class RevocationService {

    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");


    private final RevocationRepository revocations;
    private final IdentityService identity;
    private final RuntimeService runtime;
    private final DecisionNumbering register;
    private final NotificationService notifications;
    private final AuditTrail audit;
    private final Clock clock;

    public RevocationService(RevocationRepository revocations, IdentityService identity, RuntimeService runtime,
                             DecisionNumbering register, NotificationService notifications, AuditTrail audit,
                             Clock clock) {
        this.revocations = revocations;
        this.identity = identity;
        this.runtime = runtime;
        this.register = register;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** A checked request, recorded: what the following forms show and the gateways read. */
    public record Started(long id, String code, String decisionNumber, String awardeesText, String groundsText,
                          boolean throughCouncil, boolean aboveProvince, List<String> recoveryUnits,
                          Set<RevocationGround> grounds, String decidingLevel) { }

    /**
     * Checks the request of a specialist of the standing agency and records it; refuses with every problem listed
     * (nothing is recorded then).
     */
    public Started start(String initiator, RevocationRules.Request request, String processInstanceId) {
        if (initiator == null || !member(initiator, Role.SPECIALIST.groupId())) {
            throw new InputRejectedException("Chỉ chuyên viên thẩm định của cơ quan thường trực (Sở Nội vụ) mới đề nghị"
                    + " hủy bỏ quyết định khen thưởng.", 403);
        }
        RevocationRules.Checked c = RevocationRules.check(request);
        List<String> problems = new ArrayList<>(c.problems());
        List<RevocationRepository.AwardLine> awards = List.of();
        if (c.decisionNumber() != null && !revocations.decisionExists(c.decisionNumber(), c.decisionDate())) {
            problems.add("Không có quyết định khen thưởng số " + c.decisionNumber() + " ngày "
                    + VN_DATE.format(c.decisionDate()) + " trong sổ khen thưởng.");
        } else if (c.decisionNumber() != null && !c.awardIds().isEmpty()) {
            awards = revocations.awards(c.awardIds());
            Set<Long> found = awards.stream().map(RevocationRepository.AwardLine::id).collect(Collectors.toSet());
            c.awardIds().stream().filter(id -> !found.contains(id)).forEach(id ->
                    problems.add("Khen thưởng số " + id + " không có trong sổ khen thưởng."));
            for (RevocationRepository.AwardLine a : awards) {
                if (!a.decisionNumber().equals(c.decisionNumber()) || !a.decisionDate().equals(c.decisionDate())) {
                    problems.add("«" + a.recipientName() + "» (" + a.awardTypeName() + ") không thuộc quyết định số "
                            + c.decisionNumber() + ".");
                } else if (a.annulledOn() != null) {
                    problems.add("Khen thưởng của «" + a.recipientName() + "» đã bị hủy bỏ ngày "
                            + VN_DATE.format(a.annulledOn()) + ".");
                } else {
                    revocations.runningRevocationOf(a.id()).ifPresent(code -> problems.add("Khen thưởng của «"
                            + a.recipientName() + "» đang được xem xét hủy bỏ trong hồ sơ " + code + "."));
                }
            }
            List<String> levels = awards.stream().map(RevocationService::levelLabel).distinct().toList();
            if (levels.size() > 1) {
                problems.add("Các khen thưởng chọn thuộc thẩm quyền quyết định khác nhau (" + String.join(", ", levels)
                        + "): lập hồ sơ hủy bỏ riêng cho từng cấp.");
            }
        }
        if (!problems.isEmpty()) {
            throw new InputRejectedException("Đề nghị hủy bỏ chưa hợp lệ: " + String.join(" ", problems));
        }
        LocalDate today = LocalDate.now(clock);
        boolean above = aboveProvince(awards.get(0));
        boolean council = revocations.wentThroughCouncil(c.awardIds());
        String code = revocations.nextCode(today.getYear());
        String grounds = c.grounds().stream().map(Enum::name).collect(Collectors.joining(","));
        long id = revocations.insert(new RevocationRepository.NewRevocation(code, processInstanceId,
                c.decisionNumber(), c.decisionDate(), grounds, c.source(), c.complaintRef(), c.reasons(), c.evidence(),
                council, above, initiator, clock.instant()));
        awards.forEach(a -> revocations.insertItem(id, a));
        String names = awards.stream().map(a -> a.recipientName() + " (" + a.awardTypeName() + " năm " + a.awardYear()
                + ")").collect(Collectors.joining("; "));
        String groundsText = c.grounds().stream().map(RevocationGround::label).collect(Collectors.joining("; "));
        List<String> units = new ArrayList<>(awards.stream().map(RevocationRepository.AwardLine::recipientUnitCode)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        record(AuditKind.REVOCATION_STARTED, id, initiator, "Đề nghị hủy bỏ khen thưởng: " + names
                + " (quyết định số " + c.decisionNumber() + "); căn cứ: " + groundsText + "; nguồn: "
                + c.source().label() + (c.complaintRef() == null ? "" : " (" + c.complaintRef() + ")"));
        return new Started(id, code, c.decisionNumber(), names, groundsText, council, above, units, c.grounds(),
                awards.get(0).decidingLevel());
    }

    private static String levelLabel(RevocationRepository.AwardLine a) {
        for (DecidingLevel level : DecidingLevel.values()) {
            if (level.name().equals(a.decidingLevel())) {
                return "cấp " + level.label().toLowerCase(java.util.Locale.ROOT);
            }
        }
        return String.valueOf(a.decidingLevel());
    }

    /**
     * Records who signs the annulment, as the revocation-authority table (D16) concluded for the awards' deciding
     * level: the stored {@code above_province} is true when the centre annuls. A unit head annuls only the awards of
     * his own unit, so a request naming the awards of several units is refused (nothing is recorded then).
     */
    public String authority(long id, RevocationVariables.Authority authority, String legalBasis, boolean confirmed,
                            List<String> units, String level) {
        if (authority == null) {
            throw new InputRejectedException("Bảng thẩm quyền hủy bỏ khen thưởng (revocation-authority) không có dòng"
                    + " cho khen thưởng cấp «" + level + "» vào ngày đề nghị: quản trị viên cần bổ sung bảng.");
        }
        if (authority == RevocationVariables.Authority.UNIT_HEAD && units.size() != 1) {
            throw new InputRejectedException("Đề nghị hủy bỏ chưa hợp lệ: khen thưởng cấp cơ sở do thủ trưởng từng cơ"
                    + " quan, đơn vị quyết định và hủy bỏ; các khen thưởng chọn thuộc " + units.size() + " đơn vị ("
                    + String.join(", ", units) + "): lập hồ sơ hủy bỏ riêng cho từng đơn vị.");
        }
        revocations.aboveProvince(id, authority == RevocationVariables.Authority.CENTRAL);
        String text = authority.label() + (authority == RevocationVariables.Authority.UNIT_HEAD
                ? " (" + revocations.unitName(units.get(0)) + ")" : "") + ". Căn cứ: " + legalBasis
                + (confirmed ? "" : " (chưa xác nhận)");
        record(AuditKind.REVOCATION_REVIEWED, id, null, "Thẩm quyền hủy bỏ theo bảng D16: " + text);
        return text;
    }

    static boolean aboveProvince(RevocationRepository.AwardLine a) {
        return DecidingLevel.TRUNG_UONG.name().equals(a.decidingLevel());
    }

    /** The specialist's appraisal, submitted to the agency head. */
    public void appraised(long id, String opinion, String by) {
        revocations.changeStatus(id, RevocationStatus.WAITING_HEAD);
        record(AuditKind.REVOCATION_REVIEWED, id, by, "Thẩm định đề nghị hủy bỏ: " + opinion);
    }

    /** The agency head approved (on to the council or the chairman) or returned the request to the specialist. */
    public void headAnswered(long id, boolean approved, String comment, String by) {
        headAnswered(id, approved, comment, by, RevocationStatus.WAITING_CHAIRMAN);
    }

    /** As above; {@code signer} is the status of waiting for the one who signs (the chairman or the unit head). */
    public void headAnswered(long id, boolean approved, String comment, String by, RevocationStatus signer) {
        RevocationRepository.Revocation r = find(id);
        RevocationStatus next = !approved ? RevocationStatus.APPRAISAL
                : r.throughCouncil() ? RevocationStatus.COUNCIL : signer;
        revocations.changeStatus(id, next);
        record(AuditKind.REVOCATION_REVIEWED, id, by, (approved ? "Lãnh đạo Sở đồng ý trình hủy bỏ"
                : "Lãnh đạo Sở trả lại để thẩm định lại") + (comment == null ? "" : ": " + comment));
    }

    /** The council's opinion, recorded by its secretary. */
    public void council(long id, boolean agrees, String ref, LocalDate date, String by) {
        council(id, agrees, ref, date, by, RevocationStatus.WAITING_CHAIRMAN);
    }

    /** As above, then waiting for the one who signs. */
    public void council(long id, boolean agrees, String ref, LocalDate date, String by, RevocationStatus signer) {
        revocations.council(id, agrees ? "AGREE" : "DISAGREE", ref, date);
        revocations.changeStatus(id, signer);
        record(AuditKind.REVOCATION_REVIEWED, id, by, "Hội đồng Thi đua – Khen thưởng tỉnh "
                + (agrees ? "đồng ý" : "không đồng ý") + " hủy bỏ (" + ref + ", ngày " + VN_DATE.format(date) + ")");
    }

    /** The request ends with nothing changed in the registry: refused by the head, the chairman or the centre. */
    public void refuse(long id, String by, String who, String comment) {
        revocations.changeStatus(id, RevocationStatus.REFUSED);
        revocations.closed(id, clock.instant());
        record(AuditKind.REVOCATION_REFUSED, id, by, who + " không hủy bỏ khen thưởng"
                + (comment == null ? "" : ": " + comment));
    }

    /** The chairman signed the tờ trình upward: the awards wait for the central decision. */
    public void forwarded(long id, String by) {
        revocations.changeStatus(id, RevocationStatus.FORWARDED);
        record(AuditKind.REVOCATION_REVIEWED, id, by, (vice(by) ? "Phó Chủ tịch UBND tỉnh (KT. Chủ tịch)"
                : "Chủ tịch UBND tỉnh") + " ký tờ trình đề nghị cấp Trung ương hủy bỏ khen thưởng");
    }

    /** An annulment: the decision that annulled, its day and who signed. */
    public record Annulled(String number, LocalDate on) { }

    /**
     * The chairman (or a vice-chairman for him) signs the annulment decision: its number from the office's outgoing
     * register, the annulment written on each award, the running proposals naming a recipient flagged, the units
     * told to return the object and bonus.
     */
    public Annulled annulInProvince(long id, String signer) {
        RevocationRepository.Revocation r = find(id);
        LocalDate today = LocalDate.now(clock);
        String by = signer == null ? "he-thong" : signer;
        RegisterEntry entry = register.take(today, "Quyết định hủy bỏ quyết định khen thưởng số " + r.decisionNumber(),
                by, RegisterEntry.Source.OFFICE);
        String title = vice(signer) ? "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" : "CHỦ TỊCH";
        revocations.annulment(id, entry.number(), today, by, fullName(signer), title);
        applyAnnulment(r, entry.number(), today, by);
        return new Annulled(entry.number(), today);
    }

    /** The title a unit head's annulment is recorded with (the unit issues it on its own paper: no PDF here). */
    public static final String UNIT_HEAD_TITLE = "Thủ trưởng ";

    /**
     * The head of the unit whose head decided the awards signed the annulment: numbered with his own decision's
     * number and day (not the province's outgoing register), then written on the registry exactly as the chairman's.
     */
    public Annulled annulByUnitHead(long id, String signer, String number, LocalDate on, String unitCode) {
        RevocationRepository.Revocation r = find(id);
        String by = signer == null ? "he-thong" : signer;
        revocations.annulment(id, number, on, by, fullName(signer), UNIT_HEAD_TITLE + revocations.unitName(unitCode));
        applyAnnulment(r, number, on, by);
        return new Annulled(number, on);
    }

    /** The central decision recorded: annulled (the registry changes) or not (nothing changes). */
    public void central(long id, boolean annulled, String number, LocalDate date, String by) {
        RevocationRepository.Revocation r = find(id);
        if (!annulled) {
            refuse(id, by, "Cấp Trung ương" + (number == null ? "" : " (văn bản số " + number + ")"), null);
            return;
        }
        revocations.annulment(id, number, date, null, null, null);
        applyAnnulment(r, number, date, by);
    }

    private void applyAnnulment(RevocationRepository.Revocation r, String number, LocalDate on, String by) {
        List<RevocationRepository.Item> items = revocations.items(r.id());
        revocations.annul(items.stream().map(RevocationRepository.Item::awardRecordId).toList(), on, number,
                r.grounds());
        revocations.changeStatus(r.id(), RevocationStatus.RECOVERY);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("number", number);
        details.put("awards", items.stream().map(RevocationRepository.Item::awardRecordId).toList());
        record(AuditKind.REVOCATION_ANNULLED, r.id(), by, "Hủy bỏ khen thưởng theo quyết định số " + number
                + " ngày " + VN_DATE.format(on) + ": " + items.stream().map(i -> i.displayName() + " ("
                + i.awardTypeName() + " năm " + i.awardYear() + ")").collect(Collectors.joining("; ")), details);
        for (RevocationRepository.AwardLine a : revocations.awards(items.stream()
                .map(RevocationRepository.Item::awardRecordId).toList())) {
            for (RevocationRepository.RunningProposal p : revocations.runningProposalsOf(a.personId(), a.unitId())) {
                String message = "Khen thưởng «" + a.awardTypeName() + "» năm " + a.awardYear() + " của «"
                        + p.nomineeName() + "» đã bị hủy bỏ theo quyết định số " + number + " ngày "
                        + VN_DATE.format(on) + ": kiểm tra lại điều kiện, tiêu chuẩn của đề nghị này.";
                revocations.flagProposal(p.businessKey(), r.id(), message, clock.instant());
                if (p.processInstanceId() != null && runtime.createProcessInstanceQuery()
                        .processInstanceId(p.processInstanceId()).count() > 0) {
                    // shown by the proposal's appraisal form
                    runtime.setVariable(p.processInstanceId(), vn.tdkt.proposal.ProposalVariables.REVOCATION_WARNING,
                            String.join("\n", revocations.flagsOf(p.businessKey())));
                }
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("proposal", p.businessKey());
                d.put("what", message);
                audit.record(AuditRecord.domain(AuditKind.REVOCATION_PROPOSAL_FLAGGED, clock.instant(), p.businessKey(),
                        p.processInstanceId(), by, "Đề nghị " + p.businessKey() + " cần thẩm định lại", d));
                notifySpecialists("Cảnh báo: hồ sơ " + p.businessKey() + " có khen thưởng đã bị hủy bỏ", message,
                        p.businessKey(), p.processInstanceId());
            }
        }
        for (String unit : items.stream().map(RevocationRepository.Item::recipientUnitCode).distinct().toList()) {
            notifications.notifyUnit(unit, "Quyết định hủy bỏ khen thưởng số " + number, "Khen thưởng theo quyết"
                    + " định số " + r.decisionNumber() + " của cá nhân, tập thể thuộc đơn vị đã bị hủy bỏ theo quyết định"
                    + " số " + number + " ngày " + VN_DATE.format(on) + ". Đề nghị đơn vị thu hồi hiện vật, tiền thưởng"
                    + " và ghi nhận kết quả thu hồi trong Tasklist (việc «Thu hồi hiện vật, tiền thưởng»).",
                    r.code(), r.processInstanceId());
        }
    }

    /** The recovery deadline given to the units. */
    public void recoveryDue(long id, Instant due) {
        revocations.recoveryDue(id, due);
    }

    /** A unit's recovery, checked and recorded. */
    public void recovery(long id, String unitCode, RevocationRules.Recovery recovery, String by) {
        revocations.recovery(id, unitCode, recovery);
        revocations.confirmed(id, unitCode, false);
        record(AuditKind.REVOCATION_RECOVERY, id, by, "Đơn vị " + unitCode + " ghi nhận thu hồi: hiện vật "
                + (recovery.objectReturned() ? "đã nộp lại" : "chưa nộp lại") + ", tiền thưởng nộp lại "
                + String.format("%,d", recovery.bonusRefunded()).replace(',', '.') + " đồng ngày "
                + VN_DATE.format(recovery.refundDate()) + " (chứng từ " + recovery.receiptRef() + ")");
    }

    /** The specialist confirmed a unit's recovery complete, or returned it to the unit. */
    public void confirm(long id, String unitCode, boolean confirmed, String comment, String by) {
        revocations.confirmed(id, unitCode, confirmed);
        record(AuditKind.REVOCATION_RECOVERY, id, by, (confirmed ? "Xác nhận đơn vị " + unitCode + " đã thu hồi xong"
                : "Trả lại đơn vị " + unitCode + " để thu hồi, ghi nhận lại") + (comment == null ? "" : ": " + comment));
    }

    /** A unit's recovery deadline passed with its task open. */
    public void overdue(long id, String unitCode) {
        revocations.overdue(id, unitCode);
        RevocationRepository.Revocation r = find(id);
        record(AuditKind.REVOCATION_RECOVERY_OVERDUE, id, null, "Đơn vị " + unitCode + " quá hạn thu hồi hiện vật,"
                + " tiền thưởng (hạn " + (r.recoveryDue() == null ? "đã định" : VN_DATE.format(
                r.recoveryDue().atZone(clock.getZone()))) + ")");
    }

    /** Every unit's recovery confirmed: the revocation is complete. */
    public void complete(long id) {
        revocations.changeStatus(id, RevocationStatus.COMPLETED);
        revocations.closed(id, clock.instant());
        record(AuditKind.REVOCATION_COMPLETED, id, null, "Hoàn thành thu hồi hiện vật, tiền thưởng");
    }

    RevocationRepository.Revocation find(long id) {
        return revocations.find(id).orElseThrow(() -> new IllegalStateException("revocation " + id + " not found"));
    }

    void notifySpecialists(String subject, String body, String businessKey, String processInstanceId) {
        List<String> to = identity.createUserQuery().memberOfGroup(Role.SPECIALIST.groupId()).list().stream()
                .map(User::getEmail).filter(e -> e != null && !e.isBlank()).toList();
        notifications.notifyAddresses(to, subject, body, businessKey, processInstanceId);
    }

    private void record(AuditKind kind, long id, String by, String what) {
        record(kind, id, by, what, new LinkedHashMap<>());
    }

    private void record(AuditKind kind, long id, String by, String what, Map<String, Object> details) {
        RevocationRepository.Revocation r = find(id);
        details.put("revocationId", id);
        details.put("what", what);
        audit.record(AuditRecord.domain(kind, clock.instant(), r.code(), r.processInstanceId(), by,
                "Hủy bỏ khen thưởng " + r.code() + " (quyết định số " + r.decisionNumber() + ")", details));
    }

    boolean vice(String userId) {
        return userId != null && !member(userId, Role.CHAIRMAN.groupId())
                && member(userId, Role.VICE_CHAIRMAN.groupId());
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

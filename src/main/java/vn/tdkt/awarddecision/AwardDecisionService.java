package vn.tdkt.awarddecision;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.award.AwardRecordRequest;
import vn.tdkt.registry.award.AwardRecordService;
import vn.tdkt.registry.award.AwardRecordView;
import vn.tdkt.registry.award.AwardType;
import vn.tdkt.registry.award.AwardTypeService;
import vn.tdkt.registry.award.CommendationKind;
import vn.tdkt.registry.award.DecidingLevel;
import vn.tdkt.registry.common.CodeLists;
import vn.tdkt.registry.person.Person;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.registry.unit.Unit;
import vn.tdkt.registry.unit.UnitService;
import vn.tdkt.workflow.YearlySequences;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static vn.tdkt.awarddecision.DecisionRequestValidator.blank;

/**
 * The register of the chairman's commendation decisions. {@link #issue} numbers a decision, enters it with its
 * awardees and records each award in the award history, all or nothing.
 * <p>
 * The bean is named {@value #BEAN_NAME}: "decisionService" is the process engine's DMN service.
 */
@Service(AwardDecisionService.BEAN_NAME)
public class AwardDecisionService {

    public static final String BEAN_NAME = "commendationDecisionService";

    private static final int MAX_LEGAL_BASES_LENGTH = 4000;

    private final DecisionRepository decisions;
    private final DecisionNumbering numbering;
    private final AwardRecordService awards;
    private final AwardTypeService types;
    private final PersonService persons;
    private final UnitService units;
    private final Clock clock;
    private final DecisionProperties properties;
    private final String provinceName;
    private final AuditTrail audit;
    private final YearlySequences sequences;

    public AwardDecisionService(DecisionRepository decisions, DecisionNumbering numbering, AwardRecordService awards,
                           AwardTypeService types, PersonService persons, UnitService units, Clock clock,
                           DecisionProperties properties,
                           @Value("${tdkt.province-name:Tây Ninh}") String provinceName, AuditTrail audit,
                           YearlySequences sequences) {
        this.decisions = decisions;
        this.numbering = numbering;
        this.awards = awards;
        this.types = types;
        this.persons = persons;
        this.units = units;
        this.clock = clock;
        this.properties = properties;
        this.provinceName = provinceName;
        this.audit = audit;
        this.sequences = sequences;
    }

    /** A person or unit of the request, looked up in the registry. */
    private record Resolved(String personCode, Long personId, String unitCode, Long unitId, String displayName,
                            String positionAndUnit, String achievementSummary, String achievementRef,
                            String gender) { }

    /** What a request gives once checked and looked up: the decision's wording and its awardees. */
    private record Prepared(AwardType type, CommendationKind kind, String ownerUnitCode, List<Resolved> awardees,
                            String subject, String achievement, List<String> legalBases, String signerTitle) { }

    /**
     * Issues a decision: takes the next number of the issuing year, writes the decision and its awardees (each
     * with the next number of the year's certificate register), and records every award through
     * {@link AwardRecordService#create}. Any refusal (unknown code, an award the recipient already holds for the
     * year, an achievement already rewarded, ...) is thrown as a 400 {@link Refusal} and undoes everything,
     * the numbers included.
     * <p>
     * Runs in a savepoint when the caller has a transaction (a process engine command, for example), so a
     * caller that catches the refusal keeps a usable transaction; otherwise in a transaction of its own.
     * The number's row lock is held until the transaction ends, so issuers of the same year take turns and the
     * history's duplicate checks see each other's awards.
     */
    @Transactional(propagation = Propagation.NESTED)
    public IssuedDecision issue(DecisionRequest r) {
        DecisionRequestValidator.check(r, false);
        LocalDate signedOn = r.signedOn() != null ? r.signedOn() : LocalDate.now(clock);
        int year = r.year() != null ? r.year() : signedOn.getYear();
        if (signedOn.getYear() != year) {
            throw Refusal.invalid("SIGNED_OUTSIDE_ISSUING_YEAR", "Ngày ký " + VietnameseDates.longForm(signedOn)
                    + " không thuộc năm ban hành " + year + ".");
        }
        Prepared p = prepare(r, signedOn);

        // the number comes from the office's register, entered there as the application's with the subject
        RegisterEntry entry = numbering.take(signedOn, p.subject(), r.signerUserId().strip(), RegisterEntry.Source.APP);
        DecisionNumber number = new DecisionNumber(year, entry.sequence(), numbering.format().symbol(),
                numbering.format().minDigits());
        long id = decisions.insert(new DecisionRepository.NewDecision(number, signedOn, r.signerUserId().strip(),
                r.signerName().strip(), p.signerTitle(), p.subject(), p.type().code(), r.awardYear(), p.kind(),
                p.achievement(), p.legalBases(), trimmed(r.businessKey()), p.ownerUnitCode(),
                trimmed(r.processInstanceId())));
        numbering.attach(entry.id(), id);
        int seq = 0;
        for (Resolved a : p.awardees()) {
            AwardRecordView record = awards.create(new AwardRecordRequest(p.type().code(), a.personCode(),
                    a.unitCode(), r.awardYear(), p.kind().name(), number.text(), signedOn, p.type().decider(),
                    a.achievementRef()));
            int register = sequences.next(YearlySequences.Sequence.CERTIFICATE_REGISTER, year);
            decisions.insert(new DecisionRepository.NewAwardee(id, ++seq, a.personId(), a.unitId(), a.displayName(),
                    a.positionAndUnit(), a.achievementSummary(), record.id(), year, register));
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("decisionId", id);
        details.put("number", number.text());
        details.put("signedOn", signedOn.toString());
        details.put("signer", r.signerName().strip());
        details.put("signerTitle", p.signerTitle());
        details.put("awardType", p.type().code());
        details.put("awardYear", r.awardYear());
        details.put("awardees", p.awardees().stream().map(Resolved::displayName).toList());
        audit.record(AuditRecord.domain(AuditKind.DECISION_ISSUED, clock.instant(), trimmed(r.businessKey()),
                trimmed(r.processInstanceId()), r.signerUserId().strip(), "Quyết định số " + number.text(), details));
        return new IssuedDecision(id, number.text(), signedOn);
    }

    /**
     * The decision the request would issue, without issuing it: same checks and wording as {@link #issue}, no number,
     * no signing day, no register entry, nothing written. The signer is optional (a draft is not signed yet).
     */
    @Transactional(readOnly = true)
    public DecisionView draft(DecisionRequest r) {
        DecisionRequestValidator.check(r, true);
        LocalDate today = LocalDate.now(clock);
        int year = r.year() != null ? r.year() : today.getYear();
        Prepared p = prepare(r, today);
        List<DecisionView.Awardee> awardees = new ArrayList<>();
        for (Resolved a : p.awardees()) {
            awardees.add(new DecisionView.Awardee(0, awardees.size() + 1, a.personCode(), a.unitCode(),
                    a.displayName(), a.positionAndUnit(), a.achievementSummary(), null, a.gender(), null));
        }
        String ownerUnitName = p.ownerUnitCode() == null ? null : units.referenced(p.ownerUnitCode()).name();
        return new DecisionView(0, null, 0, year, null, trimmed(r.signerUserId()), trimmed(r.signerName()),
                p.signerTitle(), p.subject(), p.type().code(), p.type().name(), p.type().category().name(),
                r.awardYear(), p.kind().name(), p.kind().label(), p.achievement(), p.legalBases(),
                trimmed(r.businessKey()), p.ownerUnitCode(), ownerUnitName, trimmed(r.processInstanceId()), null,
                awardees);
    }

    private Prepared prepare(DecisionRequest r, LocalDate signedOn) {
        AwardType type = chairmansAward(r.awardTypeCode().strip());
        CommendationKind kind = CodeLists.parseOrDefault(CommendationKind.class, r.commendationKind(),
                CommendationKind.CONG_TRANG, "UNKNOWN_COMMENDATION_KIND", "hình thức khen (commendationKind)");
        if (r.submission() != null && r.submission().date().isAfter(signedOn)) {
            throw Refusal.invalid("SUBMISSION_AFTER_DECISION", "Tờ trình số " + r.submission().number().strip()
                    + " " + VietnameseDates.longForm(r.submission().date()) + " ghi ngày sau ngày ký quyết định ("
                    + VietnameseDates.longForm(signedOn) + ").");
        }
        String ownerUnitCode = blank(r.ownerUnitCode()) ? null : units.referenced(r.ownerUnitCode().strip()).code();
        List<Resolved> awardees = r.awardees().stream().map(a -> resolve(a, signedOn)).toList();
        String subject = blank(r.subject()) ? DecisionWording.subject(type.name(), type.category(), r.awardYear())
                : r.subject().strip();
        String achievement = blank(r.achievementText())
                ? DecisionWording.achievement(kind, r.awardYear(), provinceName) : r.achievementText().strip();
        List<String> legalBases = legalBases(r, signedOn);
        String signerTitle = String.join(" / ", DecisionWording.signerLines(r.signerTitle()));
        return new Prepared(type, kind, ownerUnitCode, awardees, subject, achievement, legalBases, signerTitle);
    }

    @Transactional(readOnly = true)
    public Optional<DecisionView> find(long id) {
        return decisions.find(id);
    }

    /** A decision named in the path: 404 when unknown. */
    @Transactional(readOnly = true)
    public DecisionView get(long id) {
        return decisions.find(id).orElseThrow(() -> Refusal.notFound("DECISION_NOT_FOUND",
                "Không tìm thấy quyết định có mã " + id + "."));
    }

    /** Numbers restart every year, so a number ("123/QĐ-UBND") names a decision together with its year. */
    @Transactional(readOnly = true)
    public Optional<DecisionView> findByNumber(String number, int issuingYear) {
        if (number == null) {
            return Optional.empty();
        }
        // "7/QĐ-UBND" as typed finds "07/QĐ-UBND" as registered
        return decisions.findByNumber(issuingYear, numbering.format().registered(number));
    }

    @Transactional(readOnly = true)
    public List<DecisionSummary> listByYear(int issuingYear) {
        return decisions.listByYear(issuingYear);
    }

    /** The decisions that answer one proposal, oldest first. */
    @Transactional(readOnly = true)
    public List<DecisionView> byBusinessKey(String businessKey) {
        return blank(businessKey) ? List.of() : decisions.byBusinessKey(businessKey.strip());
    }

    private AwardType chairmansAward(String code) {
        AwardType type = types.referenced(code);
        if (!type.active()) {
            throw Refusal.invalid("AWARD_TYPE_INACTIVE", "'" + type.name() + "' (" + type.code()
                    + ") không còn được áp dụng.");
        }
        if (type.decidingLevel() != DecidingLevel.TINH) {
            throw Refusal.invalid("AWARD_NOT_DECIDED_BY_CHAIRMAN", "'" + type.name() + "' (" + type.code()
                    + ") do " + type.decider() + " quyết định, không thuộc thẩm quyền của Chủ tịch UBND tỉnh.");
        }
        return type;
    }

    private Resolved resolve(DecisionRequest.Awardee a, LocalDate signedOn) {
        String summary = trimmed(a.achievementSummary());
        String ref = trimmed(a.achievementRef());
        if (!blank(a.personCode())) {
            Person p = persons.referenced(a.personCode().strip());
            String position = !blank(a.positionAndUnit()) ? a.positionAndUnit().strip()
                    : blank(p.jobTitle()) ? p.unitName() : p.jobTitle() + ", " + p.unitName();
            return new Resolved(p.code(), p.id(), null, null, p.fullName(), position, summary, ref,
                    p.gender() == null ? null : p.gender().name());
        }
        Unit u = units.referenced(a.unitCode().strip());
        u.endedRefusal(signedOn).ifPresent(refusal -> {
            throw Refusal.invalid("UNIT_ENDED", refusal);
        });
        return new Resolved(null, null, u.code(), u.id(), u.name(), trimmed(a.positionAndUnit()), summary, ref, null);
    }

    /**
     * The configured legal bases in force on the day of signing (today for a draft), then the council's minutes when
     * the proposal went through the council, then the proposal line (the unit's tờ trình and the standing agency's).
     */
    private List<String> legalBases(DecisionRequest r, LocalDate signedOn) {
        List<String> lines = new ArrayList<>(properties.legalBasesOn(signedOn));
        if (r.councilMinutes() != null) {
            lines.add(DecisionWording.councilLine(r.councilMinutes()));
        }
        lines.add(DecisionWording.proposalLine(r.submission(), properties.proposer(), r.proposalReference()));
        if (String.join(DecisionRepository.LINE_SEPARATOR, lines).length() > MAX_LEGAL_BASES_LENGTH) {
            throw Refusal.invalid("INVALID_DECISION", "Phần căn cứ của quyết định vượt quá "
                    + MAX_LEGAL_BASES_LENGTH + " ký tự.");
        }
        return lines;
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}

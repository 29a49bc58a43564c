package vn.tdkt.delegation;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tdkt.audit.AuditKind;
import vn.tdkt.audit.AuditRecord;
import vn.tdkt.audit.AuditTrail;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitRef;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.registry.common.Today;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Naming, listing and cancelling substitutes: gathers the facts, applies {@link SubstitutionRules}, writes the row and
 * its audit record in one transaction. A refusal is a 400 with every broken rule and changes nothing.
 */
@Service
public class SubstitutionService {

    private final SubstitutionRepository repository;
    private final IdentityService identityService;
    private final UserProfileRepository profiles;
    private final Today today;
    private final AuditTrail audit;

    public SubstitutionService(SubstitutionRepository repository, IdentityService identityService,
                               UserProfileRepository profiles, Today today, AuditTrail audit) {
        this.repository = repository;
        this.identityService = identityService;
        this.profiles = profiles;
        this.today = today;
        this.audit = audit;
    }

    /** A substitution as the API shows it, with both people's names and its state today. */
    public record SubstitutionView(long id, String userId, String userName, String substituteId,
                                   String substituteName, LocalDate fromDate, LocalDate toDate, String reason,
                                   String status, String statusLabel, String createdBy, Instant createdAt,
                                   String cancelledBy, Instant cancelledAt) { }

    @Transactional
    public SubstitutionView name(SubstitutionRules.Request request, String actor) {
        String userId = strip(request.userId());
        String substituteId = strip(request.substituteId());
        SubstitutionRules.Request r = new SubstitutionRules.Request(userId, substituteId, request.fromDate(),
                request.toDate(), request.reason());
        repository.lockUsers(userId, substituteId);
        LocalDate day = today.date();
        SubstitutionRules.Facts facts = new SubstitutionRules.Facts(day, person(userId, day), person(substituteId, day),
                userId == null ? List.of() : repository.openOf(userId),
                substituteId == null ? List.of() : repository.openOf(substituteId),
                userId == null ? List.of() : repository.openCoveredBy(userId));
        List<SubstitutionRules.Violation> violations = SubstitutionRules.check(r, facts);
        if (!violations.isEmpty()) {
            throw Refusal.invalid("SUBSTITUTION_REFUSED", "Không thể ủy quyền: "
                    + violations.stream().map(SubstitutionRules.Violation::message).collect(Collectors.joining(" ")),
                    violations);
        }
        Instant now = today.now();
        String reason = r.reason().strip();
        long id = repository.insert(userId, substituteId, r.fromDate(), r.toDate(), reason, actor, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("substitutionId", id);
        details.put("userId", userId);
        details.put("substituteId", substituteId);
        details.put("fromDate", r.fromDate().toString());
        details.put("toDate", r.toDate().toString());
        details.put("reason", reason);
        audit.record(AuditRecord.domain(AuditKind.SUBSTITUTE_NAMED, now, key(id), null, actor,
                userId + " → " + substituteId, details));
        return view(repository.find(id).orElseThrow(), day);
    }

    /**
     * Cancels it (kept, marked cancelled). Only its absent user or an administrator may; one that ended already or
     * was cancelled before is refused. Tasks already given to the substitute stay with them.
     */
    @Transactional
    public SubstitutionView cancel(long id, String actor, boolean admin) {
        Substitution s = repository.find(id).orElseThrow(() -> Refusal.notFound("SUBSTITUTION_NOT_FOUND",
                "Không có ủy quyền số " + id + "."));
        if (!admin && !s.userId().equals(actor)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "FORBIDDEN", "Chỉ người ủy quyền hoặc quản trị viên"
                    + " được hủy ủy quyền số " + id + ".", List.of());
        }
        repository.lockUsers(s.userId());
        LocalDate day = today.date();
        Substitution current = repository.find(id).orElseThrow();
        if (current.cancelled()) {
            throw Refusal.invalid("ALREADY_CANCELLED", "Ủy quyền số " + id + " đã bị hủy trước đó.");
        }
        if (current.toDate().isBefore(day)) {
            throw Refusal.invalid("ALREADY_ENDED", "Ủy quyền số " + id + " đã hết hạn ngày "
                    + SubstitutionRules.day(current.toDate()) + ", không cần hủy.");
        }
        Instant now = today.now();
        repository.cancel(id, actor, now);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("substitutionId", id);
        details.put("userId", current.userId());
        details.put("substituteId", current.substituteId());
        details.put("fromDate", current.fromDate().toString());
        details.put("toDate", current.toDate().toString());
        audit.record(AuditRecord.domain(AuditKind.SUBSTITUTION_CANCELLED, now, key(id), null, actor,
                current.userId() + " → " + current.substituteId(), details));
        return view(repository.find(id).orElseThrow(), day);
    }

    /**
     * One person the user may name as substitute, for a list picked by name: {@code label} is "Họ tên — chức vụ, đơn
     * vị"; {@code value} is the account the API takes.
     */
    public record SubstituteOption(String value, String label, String fullName, String position, String unitName) { }

    /**
     * Everyone who may stand in for the user on any day ({@link SubstitutionRules#standInViolations}): they hold each
     * of the user's delegable roles, in the same unit for a unit's roles, and are active. Whether they are away on
     * the chosen days is checked when the substitution is named. Sorted by name as Vietnamese sort it.
     */
    public List<SubstituteOption> options(String userId) {
        LocalDate day = today.date();
        SubstitutionRules.Person user = person(userId, day);
        List<Role> delegable = user.exists() ? SubstitutionRules.delegableRoles(user) : List.of();
        if (delegable.isEmpty()) {
            return List.of();
        }
        java.text.Collator vietnamese = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi"));
        return identityService.createUserQuery().memberOfGroup(delegable.get(0).groupId()).list().stream()
                .map(User::getId)
                .filter(id -> !id.equals(userId))
                .map(id -> person(id, day))
                .filter(p -> SubstitutionRules.standInViolations(user, p, delegable).isEmpty())
                .map(p -> option(p, delegable))
                .sorted(java.util.Comparator.comparing(SubstituteOption::fullName, vietnamese))
                .toList();
    }

    private SubstituteOption option(SubstitutionRules.Person p, List<Role> delegable) {
        String name = fullName(p.userId());
        String unitName = profiles.unitOf(p.userId()).map(UnitRef::name).orElse(null);
        String position = profiles.jobTitleOf(p.userId()).orElseGet(() -> positionByRoles(p, delegable));
        String label = (name == null || name.isBlank() ? p.userId() : name) + " — " + position
                + (unitName == null ? "" : ", " + unitName);
        return new SubstituteOption(p.userId(), label, name == null ? p.userId() : name, position, unitName);
    }

    /**
     * Without a job title in the registry, what the roles say. A unit-head who is not in the unit's signing group
     * ({@code unit-head.<unit>}) is its deputy head (the convention of the deputy's account, see docs/processes.md).
     */
    static String positionByRoles(SubstitutionRules.Person p, List<Role> delegable) {
        return delegable.stream().map(r -> r == Role.UNIT_HEAD && p.unitCode() != null
                        && !p.groupIds().contains(Role.UNIT_HEAD.unitGroupId(p.unitCode()))
                        ? "Phó thủ trưởng cơ quan, đơn vị" : r.vietnameseName())
                .collect(Collectors.joining("; "));
    }

    /** The user's substitutions, whether they are away or standing in. */
    public List<SubstitutionView> involving(String userId) {
        LocalDate day = today.date();
        return repository.involving(userId).stream().map(s -> view(s, day)).toList();
    }

    public List<SubstitutionView> search(String userId, LocalDate inForceOn) {
        LocalDate day = today.date();
        return repository.search(strip(userId), inForceOn).stream().map(s -> view(s, day)).toList();
    }

    /** The audit chain's key of a substitution's own records. */
    public static String key(long id) {
        return "UQ-" + id;
    }

    private SubstitutionRules.Person person(String userId, LocalDate day) {
        if (userId == null || identityService.createUserQuery().userId(userId).count() == 0) {
            return SubstitutionRules.Person.missing(userId);
        }
        Set<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId).collect(Collectors.toSet());
        UnitRef unit = profiles.unitOf(userId).orElse(null);
        boolean unitActive = unit == null || unit.validTo() == null || !unit.validTo().isBefore(day);
        return new SubstitutionRules.Person(userId, true, groups, unit == null ? null : unit.code(), unitActive);
    }

    private SubstitutionView view(Substitution s, LocalDate day) {
        Substitution.Status status = s.statusOn(day);
        return new SubstitutionView(s.id(), s.userId(), fullName(s.userId()), s.substituteId(),
                fullName(s.substituteId()), s.fromDate(), s.toDate(), s.reason(), status.name(), status.label(),
                s.createdBy(), s.createdAt(), s.cancelledBy(), s.cancelledAt());
    }

    private String fullName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        return user == null ? null : (user.getFirstName() + " " + user.getLastName()).strip();
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}

package vn.tdkt.delegation;

import vn.tdkt.identity.Role;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may stand in for whom, and when: plain rules over facts gathered beforehand, so they are tested without a
 * database. Every rule broken is reported (in Vietnamese), so the user can fix everything at once.
 *
 * <p>The role rule: the substitute must hold every <em>delegable</em> role of the absent user (membership of the
 * role's group, e.g. {@code unit-head}), and for a unit-scoped role ({@code unit-officer}, {@code unit-head}) work in
 * the same unit. So the head of Sở Tư pháp may be replaced by a deputy head of Sở Tư pháp, never by its TĐKT officer
 * (who prepares the dossiers the head signs) nor by another unit's head. Roles that are not delegable are not
 * required: a council or block member's only tasks are secret votes (never delegated), the block leader's work goes
 * to its unit's officers, auditors and administrators have no tasks.
 */
public final class SubstitutionRules {

    /** Roles whose tasks may go to a substitute. */
    public static final Set<Role> DELEGABLE = Collections.unmodifiableSet(EnumSet.of(Role.UNIT_OFFICER,
            Role.UNIT_HEAD, Role.RECEIVER, Role.SPECIALIST, Role.AGENCY_HEAD, Role.COUNCIL_SECRETARY, Role.CHAIRMAN,
            Role.VICE_CHAIRMAN));

    static final int MAX_REASON = 500;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SubstitutionRules() { }

    /** A user as the rules see them: whether the account exists, its groups, its unit and whether that is active. */
    public record Person(String userId, boolean exists, Set<String> groupIds, String unitCode, boolean unitActive) {
        public static Person missing(String userId) {
            return new Person(userId, false, Set.of(), null, false);
        }

        boolean holds(Role role) {
            return groupIds.contains(role.groupId());
        }
    }

    public record Request(String userId, String substituteId, LocalDate fromDate, LocalDate toDate, String reason) { }

    /**
     * @param today            the province's today
     * @param user             the absent user
     * @param substitute       the named substitute
     * @param userRanges       the absent user's substitutions not cancelled
     * @param substituteRanges the substitute's own substitutions not cancelled (when they are away themselves)
     * @param userCovers       substitutions not cancelled in which the absent user stands in for someone else
     */
    public record Facts(LocalDate today, Person user, Person substitute, List<Substitution> userRanges,
                        List<Substitution> substituteRanges, List<Substitution> userCovers) { }

    public record Violation(String code, String message) { }

    public static List<Violation> check(Request r, Facts f) {
        List<Violation> v = new ArrayList<>();
        if (r.reason() == null || r.reason().isBlank()) {
            v.add(new Violation("REASON_REQUIRED", "Cần nêu lý do vắng mặt."));
        } else if (r.reason().strip().length() > MAX_REASON) {
            v.add(new Violation("REASON_TOO_LONG", "Lý do vắng mặt không được dài quá " + MAX_REASON + " ký tự."));
        }
        boolean datesKnown = r.fromDate() != null && r.toDate() != null;
        if (!datesKnown) {
            v.add(new Violation("DATES_REQUIRED", "Cần ngày bắt đầu (fromDate) và ngày kết thúc (toDate) vắng mặt."));
        } else {
            if (r.toDate().isBefore(r.fromDate())) {
                v.add(new Violation("RANGE_REVERSED", "Ngày kết thúc " + day(r.toDate())
                        + " không được trước ngày bắt đầu " + day(r.fromDate()) + "."));
            }
            if (r.fromDate().isBefore(f.today())) {
                v.add(new Violation("IN_THE_PAST", "Không ủy quyền cho ngày đã qua: ngày bắt đầu " + day(r.fromDate())
                        + " trước hôm nay (" + day(f.today()) + ")."));
            }
        }
        if (!f.user().exists()) {
            v.add(new Violation("USER_NOT_FOUND", "Không có tài khoản '" + r.userId() + "'."));
            return v;
        }
        List<Role> delegable = delegableRoles(f.user());
        if (delegable.isEmpty()) {
            v.add(new Violation("NOTHING_TO_DELEGATE", "Tài khoản '" + r.userId()
                    + "' không giữ vai trò nào có việc chuyển được cho người thay thế."));
        }
        if (r.substituteId() == null || r.substituteId().isBlank()) {
            v.add(new Violation("SUBSTITUTE_REQUIRED", "Cần chọn người thay thế (substituteId)."));
            return v;
        }
        if (r.substituteId().equals(r.userId())) {
            v.add(new Violation("SELF_SUBSTITUTE", "Không thể ủy quyền cho chính mình."));
            return v;
        }
        Person sub = f.substitute();
        if (!sub.exists()) {
            v.add(new Violation("SUBSTITUTE_NOT_FOUND", "Không có tài khoản người thay thế '" + r.substituteId() + "'."));
            return v;
        }
        v.addAll(standInViolations(f.user(), sub, delegable));
        if (datesKnown && !r.toDate().isBefore(r.fromDate())) {
            for (Substitution s : f.userRanges()) {
                if (s.overlaps(r.fromDate(), r.toDate())) {
                    v.add(new Violation("OVERLAP", "Trùng thời gian với ủy quyền số " + s.id() + " (" + range(s)
                            + ", người thay thế '" + s.substituteId() + "'): hãy hủy ủy quyền đó trước."));
                }
            }
            for (Substitution s : f.substituteRanges()) {
                if (s.overlaps(r.fromDate(), r.toDate())) {
                    v.add(new Violation("SUBSTITUTE_AWAY", "Người thay thế '" + r.substituteId()
                            + "' cũng vắng mặt " + range(s) + " (ủy quyền số " + s.id()
                            + "): không ủy quyền nối tiếp, hãy chọn người khác."));
                }
            }
            for (Substitution s : f.userCovers()) {
                if (s.overlaps(r.fromDate(), r.toDate())) {
                    v.add(new Violation("USER_COVERS_OTHER", "'" + r.userId() + "' đang là người thay thế cho '"
                            + s.userId() + "' " + range(s) + " (ủy quyền số " + s.id() + "): không ủy quyền nối tiếp,"
                            + " '" + s.userId() + "' cần chọn người khác trước."));
                }
            }
        }
        return v;
    }

    /** The roles of the user whose tasks may go to a substitute. */
    public static List<Role> delegableRoles(Person user) {
        return DELEGABLE.stream().filter(user::holds).toList();
    }

    /**
     * Whether an existing account may stand in for the user, whatever the days: it is active, holds each of the user's
     * delegable roles, and for a unit-scoped role works in the same unit. The list of substitutes a user may pick from
     * (the leave page) is every account for which this is empty.
     */
    public static List<Violation> standInViolations(Person user, Person sub, List<Role> delegable) {
        List<Violation> v = new ArrayList<>();
        if (sub.groupIds().isEmpty() || !sub.unitActive()) {
            v.add(new Violation("SUBSTITUTE_INACTIVE", "Tài khoản '" + sub.userId()
                    + "' không còn hoạt động (không giữ vai trò nào hoặc đơn vị đã kết thúc hoạt động)."));
        }
        for (Role role : delegable) {
            if (!sub.holds(role)) {
                v.add(new Violation("SUBSTITUTE_LACKS_ROLE", "Người thay thế '" + sub.userId()
                        + "' không giữ vai trò \"" + role.vietnameseName() + "\" (" + role.groupId()
                        + ") của người vắng mặt."));
            } else if (role.unitScoped() && (user.unitCode() == null || !user.unitCode().equals(sub.unitCode()))) {
                v.add(new Violation("SUBSTITUTE_OTHER_UNIT", "Người thay thế '" + sub.userId()
                        + "' phải cùng đơn vị" + (user.unitCode() == null ? "" : " (" + user.unitCode() + ")")
                        + " với người vắng mặt để thay vai trò \"" + role.vietnameseName() + "\"."));
            }
        }
        return v;
    }

    static String day(LocalDate date) {
        return DAY.format(date);
    }

    static String range(Substitution s) {
        return "từ " + day(s.fromDate()) + " đến " + day(s.toDate());
    }
}

package vn.tdkt.sla;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tdkt.identity.CurrentUser;
import vn.tdkt.identity.Role;
import vn.tdkt.refusal.Refusal;

import java.util.List;
import java.util.Set;

/**
 * "Tiến độ xử lý hồ sơ" for the leaders: where the commendation dossiers are late ({@link SlaService}). Read-only, for
 * the standing agency's head ({@code sa-head}), the chairman and vice-chairmen, auditors and administrators; anyone
 * else signed in is refused (403), anyone not signed in gets 401. Filters: {@code unit}, {@code block}, {@code award}
 * (codes) and {@code year} (the achievement year for the list, the calendar year of the months for the chart); a
 * value that names nothing is refused with 400 and a Vietnamese message.
 */
@RestController
@RequestMapping("/api/sla")
public class SlaController {

    /** Who may read the SLA view. */
    public static final Set<Role> READERS = Set.of(Role.AGENCY_HEAD, Role.CHAIRMAN, Role.VICE_CHAIRMAN, Role.AUDITOR,
            Role.ADMIN);
    /** Who reads a dossier's timeline on the audit page (the others read its steps on the SLA page). */
    private static final Set<Role> AUDIT_READERS = Set.of(Role.AUDITOR, Role.ADMIN);

    private final SlaService sla;
    private final JdbcClient jdbc;

    public SlaController(SlaService sla, JdbcClient jdbc) {
        this.sla = sla;
        this.jdbc = jdbc;
    }

    /** The open steps of the running dossiers, most overdue first, with the counts per step. */
    @GetMapping("/dossiers")
    public SlaService.DossierView dossiers(@RequestParam(required = false) String unit,
                                           @RequestParam(required = false) String block,
                                           @RequestParam(required = false) String award,
                                           @RequestParam(required = false) String year,
                                           Authentication caller) {
        Set<String> groups = allowed(caller);
        return sla.dossiers(SlaFilter.of(jdbc, unit, block, award, year), has(groups, AUDIT_READERS));
    }

    /** Per month of {@code year} (default this year): dossiers finished, finished late, overdue at the month's end. */
    @GetMapping("/monthly")
    public SlaService.MonthlyView monthly(@RequestParam(required = false) String year,
                                          @RequestParam(required = false) String unit,
                                          @RequestParam(required = false) String block,
                                          @RequestParam(required = false) String award,
                                          Authentication caller) {
        allowed(caller);
        Integer y = SlaFilter.year(year, "Năm");
        SlaFilter filter = SlaFilter.of(jdbc, unit, block, award, null);
        return sla.monthly(y == null ? sla.currentYear() : y, filter);
    }

    /** One dossier's steps, first to last, with each step's deadline and lateness in working days. */
    @GetMapping("/dossiers/{businessKey}/steps")
    public List<SlaService.StepRecord> steps(@PathVariable String businessKey, Authentication caller) {
        allowed(caller);
        return sla.steps(businessKey).orElseThrow(() ->
                Refusal.notFound("PROPOSAL_NOT_FOUND", "Không có hồ sơ số '" + businessKey + "'."));
    }

    private static Set<String> allowed(Authentication caller) {
        Set<String> groups = CurrentUser.groupsOf(caller);
        if (!has(groups, READERS)) {
            throw Refusal.forbidden("SLA_FORBIDDEN", "Trang tiến độ xử lý hồ sơ dành cho lãnh đạo Sở Nội vụ, Chủ tịch và"
                    + " Phó Chủ tịch UBND tỉnh, thanh tra và quản trị viên.");
        }
        return groups;
    }

    private static boolean has(Set<String> groups, Set<Role> roles) {
        return roles.stream().anyMatch(r -> groups.contains(r.groupId()));
    }
}

package vn.tdkt.home;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.identity.UnitRef;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each role does and where it does it, for the home page: the role's Vietnamese name, a sentence on its work,
 * and links to its Tasklist filters, the project's pages that serve it and (for the roles that have them) Cockpit
 * and Admin. Decided here, on the server, from the caller's groups: a Tasklist filter is linked only when the engine
 * lets the caller read it (the lookups run under the caller's engine authentication), and a page only for the roles
 * the page's API serves.
 */
@Component
public class RoleGuide {

    public static final String TASKLIST = "/camunda/app/tasklist/default/";
    public static final String COCKPIT = "/camunda/app/cockpit/default/";
    public static final String ADMIN = "/camunda/app/admin/default/";
    public static final String UNIT_PROPOSALS_PAGE = "/pages/ho-so-don-vi.html";
    public static final String DOSSIER_PAGE = "/pages/ho-so.html";
    public static final String BLOCK_PAGE = "/pages/khoi-thi-dua.html";
    public static final String AUDIT_PAGE = "/pages/kiem-tra.html";
    public static final String LEAVE_PAGE = "/pages/uy-quyen.html";
    public static final String REGISTER_PAGE = "/pages/so-van-ban.html";
    public static final String MOVEMENTS_PAGE = "/pages/phong-trao.html";
    public static final String REVOCATIONS_PAGE = "/pages/huy-bo-khen-thuong.html";
    public static final String SUPERVISION_PAGE = "/pages/phan-cong-khoi.html";
    public static final String STATISTICS_PAGE = "/pages/thong-ke.html";
    /** Where dossiers are late: the leaders' SLA view (vn.tdkt.sla.SlaController.READERS). */
    public static final String SLA_PAGE = "/pages/han-xu-ly.html";
    /** The public page of the published model examples (no sign-in needed). */
    public static final String EXAMPLES_PAGE = "/guong-dien-hinh";

    /** A link of the home page; {@code kind} is tasklist (a filter), page (the project's pages) or webapp. */
    public record Link(String label, String href, String kind) { }

    /** One role of the caller: its group, Vietnamese name, what it does and its links. */
    public record RoleCard(String groupId, String name, String duties, List<Link> links) { }

    /** The caller's guide: a card per role (in the order of {@link Role}), links every role shares. */
    public record Guide(List<RoleCard> roles, List<Link> common, String myTasksUrl) { }

    private static final Map<Role, String> DUTIES = new EnumMap<>(Map.ofEntries(
            Map.entry(Role.UNIT_OFFICER, "Lập đề nghị khen thưởng và đăng ký thi đua của đơn vị, tải lên hồ sơ, hoàn thiện"
                    + " hồ sơ khi bị trả lại và theo dõi các hồ sơ của đơn vị đến khi có quyết định."),
            Map.entry(Role.UNIT_HEAD, "Ký duyệt bản đăng ký thi đua và tờ trình đề nghị khen thưởng của đơn vị, hoặc trả lại"
                    + " cán bộ TĐKT kèm lý do; ký quyết định hủy bỏ khen thưởng cấp cơ sở do mình đã quyết định."),
            Map.entry(Role.BLOCK_LEADER, "Điều hành chu kỳ thi đua của khối: chốt ký giao ước, tổng hợp sơ kết, phân xử"
                    + " chấm điểm, mở và đóng bỏ phiếu suy tôn, xác nhận biên bản."),
            Map.entry(Role.BLOCK_MEMBER, "Ký giao ước thi đua, báo cáo sơ kết 6 tháng, tự chấm điểm, chấm chéo và bỏ phiếu"
                    + " suy tôn trong khối."),
            Map.entry(Role.RECEIVER, "Tiếp nhận hồ sơ đề nghị khen thưởng của các đơn vị, hoặc trả lại để bổ sung."),
            Map.entry(Role.SPECIALIST, "Thẩm định hồ sơ, lấy ý kiến hiệp y, xem xét ý kiến góp ý của nhân dân và ghi nhận"
                    + " quyết định khen thưởng của Trung ương."),
            Map.entry(Role.AGENCY_HEAD, "Duyệt kết quả thẩm định, chỉ đạo xử lý hồ sơ quá hạn, mở chu kỳ thi đua của khối;"
                    + " theo dõi tiến trình trong Cockpit (chỉ xem)."),
            Map.entry(Role.COUNCIL_MEMBER, "Bỏ phiếu kín các trường hợp trình Hội đồng Thi đua - Khen thưởng tỉnh."),
            Map.entry(Role.COUNCIL_SECRETARY, "Tổ chức phiên họp Hội đồng: chọn hồ sơ trình, điểm danh, nhập phiếu bằng văn"
                    + " bản, đóng bỏ phiếu và lập biên bản."),
            Map.entry(Role.CHAIRMAN, "Quyết định khen thưởng, ký tờ trình đề nghị khen cao và xác nhận biên bản phiên họp"
                    + " Hội đồng."),
            Map.entry(Role.VICE_CHAIRMAN, "Ký thay Chủ tịch (KT. CHỦ TỊCH) quyết định khen thưởng và tờ trình đề nghị"
                    + " khen cao theo phân công của Chủ tịch UBND tỉnh."),
            Map.entry(Role.AUDITOR, "Thanh tra, kiểm tra hồ sơ khen thưởng: dòng thời gian của từng hồ sơ, xuất CSV và PDF;"
                    + " theo dõi tiến trình trong Cockpit (chỉ xem)."),
            Map.entry(Role.ADMIN, "Quản trị người dùng, nhóm và quyền, triển khai quy trình, theo dõi toàn bộ hệ thống.")));

    /** Roles that may pick any unit on the unit's proposals page (the rest see their own unit). */
    public static final Set<Role> UNIT_PAGE_CHOOSERS = vn.tdkt.proposal.UnitProposalsController.UNIT_CHOOSERS;

    private final FilterService filters;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final String officeUnitCode;

    public RoleGuide(FilterService filters, JdbcClient jdbc, Clock clock,
                     vn.tdkt.awarddecision.DecisionProperties decisions) {
        this.filters = filters;
        this.jdbc = jdbc;
        this.clock = clock;
        this.officeUnitCode = decisions.register().officeUnitCode();
    }

    public static String duties(Role role) {
        return DUTIES.get(role);
    }

    /** @param groups the caller's group ids; @param unit the caller's unit, if any */
    public Guide of(Set<String> groups, UnitRef unit) {
        return of(null, groups, unit);
    }

    /** @param userId the caller (for the blocks a council member supervises), null when not known */
    public Guide of(String userId, Set<String> groups, UnitRef unit) {
        List<Role> roles = Arrays.stream(Role.values()).filter(r -> groups.contains(r.groupId())).toList();
        List<RoleCard> cards = new ArrayList<>();
        for (Role role : roles) {
            List<Link> links = new ArrayList<>();
            filter(role.tasklistFilterName()).ifPresent(links::add);
            links.addAll(pages(role, groups, unit));
            if (role == Role.COUNCIL_MEMBER) {
                links.addAll(supervisedBlocks(userId));
            }
            cards.add(new RoleCard(role.groupId(), role.vietnameseName(), duties(role), List.copyOf(links)));
        }
        List<Link> common = new ArrayList<>();
        Optional<Link> mine = filter(TasklistFilters.MY_TASKS);
        mine.ifPresent(common::add);
        filter(TasklistFilters.GROUP_TASKS).ifPresent(common::add);
        filter(TasklistFilters.DUE_SOON).ifPresent(common::add);
        if (!roles.isEmpty()) {
            common.add(new Link("Ủy quyền khi vắng mặt", LEAVE_PAGE, "page"));
        }
        common.add(new Link("Gương điển hình tiên tiến", EXAMPLES_PAGE, "page"));
        return new Guide(List.copyOf(cards), List.copyOf(common), mine.map(Link::href).orElse(null));
    }

    private List<Link> pages(Role role, Set<String> groups, UnitRef unit) {
        List<Link> links = new ArrayList<>();
        switch (role) {
            case UNIT_OFFICER, UNIT_HEAD -> {
                if (ownUnitGroup(groups, unit)) {
                    links.add(new Link("Theo dõi hồ sơ của đơn vị", UNIT_PROPOSALS_PAGE, "page"));
                    links.add(new Link("Phong trào thi đua của đơn vị", MOVEMENTS_PAGE, "page"));
                    links.add(new Link("Hủy bỏ khen thưởng, thu hồi của đơn vị", REVOCATIONS_PAGE, "page"));
                }
                links.add(new Link("Tra cứu hồ sơ theo số", DOSSIER_PAGE, "page"));
                // the office of the provincial People's Committee keeps the register and the signed originals
                if (unit != null && unit.code().equalsIgnoreCase(officeUnitCode) && ownUnitGroup(groups, unit)) {
                    links.add(new Link("Sổ văn bản đi và bản chính đã ký", REGISTER_PAGE, "page"));
                }
            }
            case BLOCK_LEADER, BLOCK_MEMBER -> links.add(new Link("Bảng theo dõi khối thi đua", blockPage(unit), "page"));
            case RECEIVER, SPECIALIST -> {
                links.add(new Link("Theo dõi hồ sơ của các đơn vị", UNIT_PROPOSALS_PAGE, "page"));
                links.add(new Link("Tra cứu hồ sơ theo số", DOSSIER_PAGE, "page"));
                links.add(new Link("Phong trào thi đua", MOVEMENTS_PAGE, "page"));
                if (role == Role.SPECIALIST) {
                    links.add(new Link("Báo cáo thống kê thi đua, khen thưởng", STATISTICS_PAGE, "page"));
                }
                links.add(new Link("Hủy bỏ khen thưởng, thu hồi", REVOCATIONS_PAGE, "page"));
            }
            case AGENCY_HEAD -> {
                links.add(new Link("Theo dõi hồ sơ của các đơn vị", UNIT_PROPOSALS_PAGE, "page"));
                links.add(new Link("Bảng theo dõi khối thi đua", BLOCK_PAGE, "page"));
                links.add(new Link("Phong trào thi đua", MOVEMENTS_PAGE, "page"));
                links.add(new Link("Báo cáo thống kê thi đua, khen thưởng", STATISTICS_PAGE, "page"));
                links.add(new Link("Hủy bỏ khen thưởng, thu hồi", REVOCATIONS_PAGE, "page"));
                links.add(new Link("Tiến độ xử lý hồ sơ", SLA_PAGE, "page"));
                links.add(new Link("Cockpit (theo dõi tiến trình, chỉ xem)", COCKPIT, "webapp"));
            }
            case COUNCIL_SECRETARY -> {
                links.add(new Link("Tra cứu hồ sơ theo số", DOSSIER_PAGE, "page"));
                links.add(new Link("Hủy bỏ khen thưởng, thu hồi", REVOCATIONS_PAGE, "page"));
                links.add(new Link("Phân công thành viên Hội đồng phụ trách khối", SUPERVISION_PAGE, "page"));
            }
            case CHAIRMAN -> {
                links.add(new Link("Tra cứu hồ sơ theo số", DOSSIER_PAGE, "page"));
                links.add(new Link("Phong trào thi đua", MOVEMENTS_PAGE, "page"));
                links.add(new Link("Hủy bỏ khen thưởng, thu hồi", REVOCATIONS_PAGE, "page"));
                links.add(new Link("Tiến độ xử lý hồ sơ", SLA_PAGE, "page"));
            }
            case VICE_CHAIRMAN -> {
                links.add(new Link("Phong trào thi đua", MOVEMENTS_PAGE, "page"));
                links.add(new Link("Hủy bỏ khen thưởng, thu hồi", REVOCATIONS_PAGE, "page"));
                links.add(new Link("Tiến độ xử lý hồ sơ", SLA_PAGE, "page"));
            }
            case AUDITOR -> {
                links.add(new Link("Thanh tra, kiểm tra hồ sơ", AUDIT_PAGE, "page"));
                links.add(new Link("Theo dõi hồ sơ của các đơn vị", UNIT_PROPOSALS_PAGE, "page"));
                links.add(new Link("Phong trào thi đua", MOVEMENTS_PAGE, "page"));
                links.add(new Link("Báo cáo thống kê thi đua, khen thưởng", STATISTICS_PAGE, "page"));
                links.add(new Link("Hủy bỏ khen thưởng, thu hồi", REVOCATIONS_PAGE, "page"));
                links.add(new Link("Tiến độ xử lý hồ sơ", SLA_PAGE, "page"));
                links.add(new Link("Cockpit (theo dõi tiến trình, chỉ xem)", COCKPIT, "webapp"));
            }
            case ADMIN -> {
                filter(TasklistFilters.ALL_TASKS).ifPresent(links::add);
                links.add(new Link("Cockpit (theo dõi, can thiệp tiến trình)", COCKPIT, "webapp"));
                links.add(new Link("Admin (người dùng, nhóm, quyền)", ADMIN, "webapp"));
                links.add(new Link("Theo dõi hồ sơ của các đơn vị", UNIT_PROPOSALS_PAGE, "page"));
                links.add(new Link("Thanh tra, kiểm tra hồ sơ", AUDIT_PAGE, "page"));
                links.add(new Link("Tiến độ xử lý hồ sơ", SLA_PAGE, "page"));
            }
            default -> { }
        }
        return links;
    }

    /** This year's dashboard of each block the council member is assigned to supervise (block_supervisor). */
    private List<Link> supervisedBlocks(String userId) {
        if (userId == null) {
            return List.of();
        }
        int year = LocalDate.now(clock).getYear();
        return jdbc.sql("""
                        SELECT b.code, b.name FROM block_supervisor s JOIN emulation_block b ON b.id = s.block_id
                        WHERE s.user_id = ? AND s.emulation_year = ? ORDER BY b.code""")
                .params(userId, year).query((rs, i) -> new Link("Khối tôi phụ trách: " + rs.getString("name"),
                        BLOCK_PAGE + "?key=" + URLEncoder.encode("KTD-" + rs.getString("code") + "-" + year,
                                StandardCharsets.UTF_8), "page")).list();
    }

    /** The unit page serves unit people through their unit's group (the deputy head outside it is not served). */
    private static boolean ownUnitGroup(Set<String> groups, UnitRef unit) {
        return unit != null && (groups.contains(Role.UNIT_OFFICER.unitGroupId(unit.code()))
                || groups.contains(Role.UNIT_HEAD.unitGroupId(unit.code())));
    }

    /** The dashboard of this year's cycle of the block the caller's unit belongs to, when it belongs to one. */
    private String blockPage(UnitRef unit) {
        if (unit == null) {
            return BLOCK_PAGE;
        }
        int year = LocalDate.now(clock).getYear();
        return jdbc.sql("""
                        SELECT b.code FROM block_membership m JOIN emulation_block b ON b.id = m.block_id
                        WHERE m.unit_id = ? AND m.emulation_year = ? ORDER BY b.code""")
                .params(unit.id(), year).query(String.class).list().stream().findFirst()
                .map(code -> BLOCK_PAGE + "?key=" + URLEncoder.encode("KTD-" + code + "-" + year, StandardCharsets.UTF_8))
                .orElse(BLOCK_PAGE);
    }

    /** A Tasklist filter the caller may read (the engine checks), as a link that opens it. */
    private Optional<Link> filter(String name) {
        if (name == null) {
            return Optional.empty();
        }
        List<Filter> found = filters.createFilterQuery().filterName(name).list();
        return found.stream().findFirst().map(f -> new Link(name, TASKLIST + "#/?filter=" + f.getId(), "tasklist"));
    }
}

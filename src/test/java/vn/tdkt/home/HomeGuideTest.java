package vn.tdkt.home;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.TasklistFilters;
import vn.tdkt.support.Http;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestUsers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The front door and the guide of roles it shows: {@code /} leads to the home page; {@code GET /api/me} names the
 * caller's roles with what each does and links decided on the server — the Tasklist filters the engine lets the caller
 * read, the pages that serve the role, Cockpit and Admin only for the roles that have them. Anonymous callers get 401.
 */
@IntegrationTest
class HomeGuideTest {

    @LocalServerPort int port;
    @Autowired FilterService filterService;
    @Autowired IdentityService identityService;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode me(String user) throws Exception {
        Http.Response r = Http.to(port).get("/api/me", user);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return json.readTree(r.body());
    }

    private static List<JsonNode> allLinks(JsonNode me) {
        List<JsonNode> links = new ArrayList<>();
        me.get("links").forEach(links::add);
        me.get("guide").forEach(card -> card.get("links").forEach(links::add));
        return links;
    }

    private static Set<String> hrefs(JsonNode me) {
        return allLinks(me).stream().map(l -> l.get("href").asText()).collect(Collectors.toSet());
    }

    private static JsonNode card(JsonNode me, Role role) {
        for (JsonNode card : me.get("guide")) {
            if (card.get("groupId").asText().equals(role.groupId())) {
                return card;
            }
        }
        throw new AssertionError("no card for " + role + " in " + me);
    }

    private static List<String> labels(JsonNode card) {
        List<String> labels = new ArrayList<>();
        card.get("links").forEach(l -> labels.add(l.get("label").asText()));
        return labels;
    }

    private String filterUrl(String name) {
        Filter f = filterService.createFilterQuery().filterName(name).singleResult();
        return RoleGuide.TASKLIST + "#/?filter=" + f.getId();
    }

    @Test
    void theFrontDoorLeadsToTheHomePageAndAnonymousCallersAreNotToldWhoTheyAre() {
        Http anonymous = Http.to(port);
        Http.Response root = anonymous.get("/", null);
        assertThat(root.status()).isEqualTo(302);
        assertThat(root.header("Location")).endsWith("/pages/trang-chu.html");
        Http.Response home = anonymous.send("GET", "/pages/trang-chu.html", null, null, java.util.Map.of("Accept", "text/html"));
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<title>Hệ thống quản lý thi đua, khen thưởng tỉnh Tây Ninh</title>",
                "giao-dien.css", "dau-trang.js", "id=\"dang-nhap\"");
        assertThat(anonymous.get("/api/me", null).status()).isEqualTo(401);
    }

    @Test
    void theUnitOfficerIsLedToHisUnitsFilterAndPagesAndToNoAdministration() throws Exception {
        JsonNode me = me("canbo.stp");
        assertThat(me.get("unitName").asText()).isEqualTo("Sở Tư pháp");
        assertThat(me.get("myTasksUrl").asText()).isEqualTo(filterUrl(TasklistFilters.MY_TASKS));
        assertThat(me.get("guide")).hasSize(1);
        JsonNode officer = card(me, Role.UNIT_OFFICER);
        assertThat(officer.get("name").asText()).isEqualTo(Role.UNIT_OFFICER.vietnameseName());
        assertThat(officer.get("duties").asText()).contains("Lập đề nghị khen thưởng");
        assertThat(hrefs(me)).contains(filterUrl(Role.UNIT_OFFICER.tasklistFilterName()),
                filterUrl(TasklistFilters.MY_TASKS), filterUrl(TasklistFilters.GROUP_TASKS),
                filterUrl(TasklistFilters.DUE_SOON), RoleGuide.UNIT_PROPOSALS_PAGE, RoleGuide.LEAVE_PAGE);
        assertThat(hrefs(me)).doesNotContain(RoleGuide.COCKPIT, RoleGuide.ADMIN, RoleGuide.AUDIT_PAGE,
                RoleGuide.REGISTER_PAGE,
                filterUrl(TasklistFilters.ALL_TASKS), filterUrl(Role.SPECIALIST.tasklistFilterName()));
    }

    /** The office of the provincial People's Committee (văn thư) is led to the register and the signed originals. */
    @Test
    void theOfficesClerkFindsTheRegisterOfOutgoingDocuments() throws Exception {
        assertThat(hrefs(me("canbo.vpubnd"))).contains(RoleGuide.REGISTER_PAGE);
        assertThat(hrefs(me("chutich"))).doesNotContain(RoleGuide.REGISTER_PAGE);
    }

    @Test
    void theBlockLeaderFindsThisYearsDashboardOfHisBlock() throws Exception {
        int year = LocalDate.now(clock).getYear();
        String block = jdbc.sql("""
                        SELECT b.code FROM block_membership m JOIN emulation_block b ON b.id = m.block_id
                        JOIN org_unit u ON u.id = m.unit_id WHERE u.code = 'cat' AND m.emulation_year = ?""")
                .param(year).query(String.class).single();
        JsonNode me = me("thutruong.cat");
        assertThat(labels(card(me, Role.BLOCK_LEADER))).contains(Role.BLOCK_LEADER.tasklistFilterName(),
                "Bảng theo dõi khối thi đua");
        assertThat(hrefs(me)).contains(RoleGuide.BLOCK_PAGE + "?key=KTD-" + block + "-" + year);
    }

    @Test
    void cockpitAndAdminGoOnlyToTheRolesThatHaveThem() throws Exception {
        JsonNode admin = me("admin");
        assertThat(hrefs(admin)).contains(RoleGuide.COCKPIT, RoleGuide.ADMIN, RoleGuide.AUDIT_PAGE,
                filterUrl(TasklistFilters.ALL_TASKS), filterUrl(TasklistFilters.MY_TASKS));

        JsonNode agencyHead = me("lanhdao.snv");
        assertThat(hrefs(agencyHead)).contains(RoleGuide.COCKPIT, filterUrl(Role.AGENCY_HEAD.tasklistFilterName()))
                .doesNotContain(RoleGuide.ADMIN);

        // the auditor reads in Cockpit and the audit page; he has no Tasklist
        JsonNode auditor = me("thanhtra");
        assertThat(hrefs(auditor)).contains(RoleGuide.COCKPIT, RoleGuide.AUDIT_PAGE, RoleGuide.UNIT_PROPOSALS_PAGE)
                .doesNotContain(RoleGuide.ADMIN);
        assertThat(allLinks(auditor)).noneMatch(l -> l.get("kind").asText().equals("tasklist"));
        assertThat(auditor.get("myTasksUrl").isNull()).isTrue();

        JsonNode specialist = me("thamdinh");
        assertThat(labels(card(specialist, Role.SPECIALIST))).contains("Hồ sơ chờ thẩm định", "Theo dõi hồ sơ của các đơn vị");
        assertThat(hrefs(specialist)).doesNotContain(RoleGuide.COCKPIT, RoleGuide.ADMIN, RoleGuide.AUDIT_PAGE);
    }

    /**
     * The movements page goes to the unit people of their own unit, the Sở, the chairman, the vice-chairman and the
     * auditors; the supervision assignment page to the council secretary; a council member finds the blocks he is
     * assigned to supervise this year; the public page of model examples is everyone's.
     */
    @Test
    void movementsSupervisionAndModelExamplesAreLinkedForTheRolesThatUseThem() throws Exception {
        for (String user : List.of("canbo.stp", "thutruong.stp", "thamdinh", "tiepnhan", "lanhdao.snv", "chutich",
                "thanhtra")) {
            assertThat(hrefs(me(user))).as(user).contains(RoleGuide.MOVEMENTS_PAGE, RoleGuide.EXAMPLES_PAGE);
        }
        String vice = identityService.createUserQuery().memberOfGroup(Role.VICE_CHAIRMAN.groupId()).list().get(0).getId();
        assertThat(labels(card(me(vice), Role.VICE_CHAIRMAN))).contains("Phong trào thi đua");
        assertThat(hrefs(me("thutruong.cat"))).contains(RoleGuide.EXAMPLES_PAGE);
        assertThat(labels(card(me("thutruong.cat"), Role.BLOCK_LEADER))).doesNotContain("Phong trào thi đua");
        assertThat(labels(card(me("thuky.hd"), Role.COUNCIL_SECRETARY)))
                .contains("Phân công thành viên Hội đồng phụ trách khối");
        assertThat(hrefs(me("thuky.hd"))).contains(RoleGuide.SUPERVISION_PAGE);
        for (String user : List.of("canbo.stp", "thamdinh", "chutich", "thanhtra", "admin")) {
            assertThat(hrefs(me(user))).as(user).doesNotContain(RoleGuide.SUPERVISION_PAGE);
        }

        // a council member assigned to a block this year is led to that block's dashboard; one not assigned is not
        int year = LocalDate.now(clock).getYear();
        record Assigned(String userId, String code, String name) { }
        List<Assigned> assigned = jdbc.sql("""
                        SELECT s.user_id, b.code, b.name FROM block_supervisor s JOIN emulation_block b ON b.id = s.block_id
                        WHERE s.emulation_year = ? ORDER BY b.code""").param(year)
                .query((rs, i) -> new Assigned(rs.getString("user_id"), rs.getString("code"), rs.getString("name")))
                .list();
        Set<String> members = identityService.createUserQuery().memberOfGroup(Role.COUNCIL_MEMBER.groupId()).list()
                .stream().map(u -> u.getId()).collect(Collectors.toSet());
        Assigned one = assigned.stream().filter(a -> members.contains(a.userId())).findFirst()
                .orElseThrow(() -> new AssertionError("no council member supervises a block in " + year));
        JsonNode supervisor = me(one.userId());
        assertThat(labels(card(supervisor, Role.COUNCIL_MEMBER))).contains("Khối tôi phụ trách: " + one.name());
        assertThat(hrefs(supervisor)).contains(RoleGuide.BLOCK_PAGE + "?key=KTD-" + one.code() + "-" + year);
        Set<String> supervisors = assigned.stream().map(Assigned::userId).collect(Collectors.toSet());
        for (String other : members.stream().filter(m -> !supervisors.contains(m)).sorted().limit(1).toList()) {
            assertThat(labels(card(me(other), Role.COUNCIL_MEMBER))).noneMatch(l -> l.startsWith("Khối tôi phụ trách"));
        }
    }

    /** The SLA view goes to the leaders who may read it (sa-head, chairman, vice-chairman, auditor, admin), no one else. */
    @Test
    void theSlaPageIsLinkedForTheLeadersOnly() throws Exception {
        String vice = identityService.createUserQuery().memberOfGroup(Role.VICE_CHAIRMAN.groupId()).list().get(0).getId();
        for (String user : List.of("lanhdao.snv", "chutich", vice, "thanhtra", "admin")) {
            assertThat(hrefs(me(user))).as(user).contains(RoleGuide.SLA_PAGE);
        }
        assertThat(labels(card(me("lanhdao.snv"), Role.AGENCY_HEAD))).contains("Tiến độ xử lý hồ sơ");
        for (String user : List.of("canbo.stp", "thutruong.stp", "tiepnhan", "thamdinh", "thuky.hd", "thutruong.cat")) {
            assertThat(hrefs(me(user))).as(user).doesNotContain(RoleGuide.SLA_PAGE);
        }
    }

    /** Every demo role: a card per role with its work said, and no Tasklist filter the engine would not open. */
    @ParameterizedTest
    @ValueSource(strings = {"canbo.stp", "thutruong.stp", "phothutruong.stp", "thutruong.cat", "thutruong.vksnd",
            "tiepnhan", "thamdinh", "lanhdao.snv", "thutruong.syt", "thuky.hd", "chutich", "thanhtra", "admin"})
    void everyRoleGetsItsCardAndOnlyFiltersItMayOpen(String user) throws Exception {
        JsonNode me = me(user);
        Set<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).collect(Collectors.toSet());
        List<String> roles = new ArrayList<>();
        me.get("guide").forEach(c -> roles.add(c.get("groupId").asText()));
        assertThat(roles).containsExactlyElementsOf(java.util.Arrays.stream(Role.values())
                .map(Role::groupId).filter(groups::contains).toList());
        me.get("guide").forEach(c -> {
            assertThat(c.get("duties").asText()).as(c.toString()).isNotBlank();
            assertThat(c.get("links").size()).as(c.toString()).isPositive();
        });
        Set<String> readable = TestUsers.as(identityService, user, () -> filterService.createFilterQuery().list()
                .stream().map(Filter::getId).collect(Collectors.toSet()));
        allLinks(me).stream().filter(l -> l.get("kind").asText().equals("tasklist")).forEach(l ->
                assertThat(readable).as(l.toString()).contains(l.get("href").asText().replaceFirst(".*filter=", "")));
        boolean admin = groups.contains(Role.ADMIN.groupId());
        boolean cockpit = admin || groups.contains(Role.AUDITOR.groupId()) || groups.contains(Role.AGENCY_HEAD.groupId());
        assertThat(hrefs(me).contains(RoleGuide.ADMIN)).as("Admin link").isEqualTo(admin);
        assertThat(hrefs(me).contains(RoleGuide.COCKPIT)).as("Cockpit link").isEqualTo(cockpit);
    }
}

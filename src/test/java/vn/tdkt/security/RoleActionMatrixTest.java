package vn.tdkt.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.documents.DossierService;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.security.RoleActionMatrix.Cell;
import vn.tdkt.security.RoleActionMatrix.Expect;
import vn.tdkt.security.RoleActionMatrix.Who;
import vn.tdkt.support.DatabaseFingerprint;
import vn.tdkt.support.Http;
import vn.tdkt.support.Http.Body;
import vn.tdkt.support.Http.FilePart;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestProvince;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every cell of {@link RoleActionMatrix}: each role of the province and the anonymous caller against every family of /api
 * and the sensitive operations of /engine-rest. A refused change ({@code ✗} on anything but GET) is also checked to
 * have changed nothing in the database ({@link DatabaseFingerprint}).
 */
@IntegrationTest
class RoleActionMatrixTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired DataSource dataSource;
    @Autowired AuditLedger ledger;
    @Autowired Clock clock;
    @Autowired TestRestTemplate rest;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired TestProvince province;

    /** What the actions act on, made once for the class. */
    record Fixture(String stp, String stpInstance, String stpDefinition, String headTask, String intakeTask,
                   String doneTask, String sxd, long sxdDecision, String blockYear) { }

    private static Fixture fixture;
    private static DatabaseFingerprint fingerprint;

    /** An action of the table: its request, and the statuses that mean it was granted. */
    record Action(String method, Function<Fixture, String> path, Function<Fixture, Body> body, Set<Integer> granted,
                  boolean listRead, Consumer<RoleActionMatrixTest> undo) {
    }

    private static final Set<Integer> OK = Set.of(200);
    private static final Body EMPTY_JSON = Body.json("{}");

    static final Map<String, Action> ACTIONS = new LinkedHashMap<>();

    static {
        get("GET /api/me", f -> "/api/me");
        get("GET /api/session", f -> "/api/session");
        get("GET /api/units", f -> "/api/units");
        write("POST /api/units", "POST", f -> "/api/units", f -> EMPTY_JSON, 400);
        write("PUT /api/user-profiles/{user}", "PUT", f -> "/api/user-profiles/canbo.stp",
                f -> Body.json("{\"unitCode\":\"\"}"), 400);
        // no rating: a granted caller is told what is missing (400), nothing is written
        write("PUT /api/persons/{p}/assessments/{year}", "PUT", f -> "/api/persons/STP-01/assessments/2025",
                f -> EMPTY_JSON, 400);
        write("POST /api/import/units", "POST", f -> "/api/import/units", f -> Http.multipart(Map.of("file",
                new FilePart("don-vi.xlsx", "application/octet-stream", new byte[0]))), 400);
        write("POST /api/calendar/exceptions/{date}", "POST", f -> "/api/calendar/exceptions/2031-01-02",
                f -> EMPTY_JSON, 400);
        write("PUT /api/council/terms/{term}", "PUT", f -> "/api/council/terms/MATRAN", f -> EMPTY_JSON, 400);
        get("GET /api/council/sessions", f -> "/api/council/sessions");
        get("GET /api/proposals/{stp}", f -> "/api/proposals/" + f.stp());
        write("POST /api/proposals", "POST", f -> "/api/proposals", f -> EMPTY_JSON, 400);
        write("POST /api/proposals/{stp}/comments", "POST", f -> "/api/proposals/" + f.stp() + "/comments",
                f -> Body.json("{\"authorName\":\"Người góp ý\",\"content\":\"Đề nghị xem xét thêm thành tích.\"}"), 400);
        get("GET /api/dossiers/{stp}/documents", f -> "/api/dossiers/" + f.stp() + "/documents");
        // no file: a granted caller is told to send one (400), a refused one learns nothing
        write("POST /api/dossiers/{stp}/documents", "POST", f -> "/api/dossiers/" + f.stp() + "/documents",
                f -> Http.multipart(Map.of("documentType", "KHAC")), 400);
        get("GET /api/decisions/{sxd}", f -> "/api/decisions/" + f.sxdDecision());
        // only the office (văn thư, Chánh Văn phòng of vpubnd, none of the matrix's users) records and takes numbers
        write("POST /api/decisions/{sxd}/signed-original", "POST",
                f -> "/api/decisions/" + f.sxdDecision() + "/signed-original",
                f -> Http.multipart(Map.of("reason", "thử")), 400);
        get("GET /api/register", f -> "/api/register");
        write("POST /api/register/numbers", "POST", f -> "/api/register/numbers", f -> EMPTY_JSON, 201);
        write("POST /api/register/paper-numbers", "POST", f -> "/api/register/paper-numbers", f -> EMPTY_JSON, 400);
        listRead("GET /api/notifications?businessKey={sxd}", f -> "/api/notifications?businessKey=" + f.sxd(), false);
        get("GET /api/audit/proposals", f -> "/api/audit/proposals");
        get("GET /api/statistics/reports", f -> "/api/statistics/reports");
        get("GET /api/substitutions", f -> "/api/substitutions");
        write("POST /api/me/substitutions", "POST", f -> "/api/me/substitutions", f -> EMPTY_JSON, 400);
        // the cycle of the year exists: a granted caller is told so (400), nothing is started
        write("POST /api/blocks/{NC}/years/{y}/cycle", "POST", f -> "/api/blocks/NC/years/" + f.blockYear() + "/cycle",
                f -> EMPTY_JSON, 400);
        write("PUT /api/blocks/{NC}/years/{y}/scoring-table", "PUT",
                f -> "/api/blocks/NC/years/" + f.blockYear() + "/scoring-table", f -> EMPTY_JSON, 400);
        get("GET /api/block-cycles/{NC-y}/dashboard", f -> "/api/block-cycles/KTD-NC-" + f.blockYear() + "/dashboard");
        get("GET /api/block-supervision", f -> "/api/block-supervision?year=" + f.blockYear());
        get("GET /api/sla/dossiers", f -> "/api/sla/dossiers");
        get("GET /api/sla/monthly", f -> "/api/sla/monthly");
        // no member named: the secretary is told so (400), nothing is assigned
        write("PUT /api/block-supervision/{NC}/{y}", "PUT", f -> "/api/block-supervision/NC/" + f.blockYear(),
                f -> EMPTY_JSON, 400);
        get("GET /api/security/login-locks", f -> "/api/security/login-locks");

        get("GET /engine-rest/task/{headTask}", f -> "/engine-rest/task/" + f.headTask());
        ACTIONS.put("POST /engine-rest/task/{headTask}/claim", new Action("POST",
                f -> "/engine-rest/task/" + f.headTask() + "/claim", f -> Body.json("{\"userId\":\"thutruong.stp\"}"),
                Set.of(204), false, t -> t.engine.getTaskService().setAssignee(fixture.headTask(), null)));
        write("POST /engine-rest/task/{headTask}/complete", "POST", f -> "/engine-rest/task/" + f.headTask() + "/complete",
                f -> Body.json("{\"variables\":{\"headDecision\":{\"value\":\"KHONG_CO\",\"type\":\"String\"}}}"), 400);
        ACTIONS.put("PUT /engine-rest/task/{headTask}/localVariables/{name}", new Action("PUT",
                f -> "/engine-rest/task/" + f.headTask() + "/localVariables/matrixProbe",
                f -> Body.json("{\"value\":\"thử\",\"type\":\"String\"}"), Set.of(204), false,
                t -> t.engine.getTaskService().removeVariableLocal(fixture.headTask(), "matrixProbe")));
        write("POST /engine-rest/task/{headTask}/comment/create", "POST",
                f -> "/engine-rest/task/" + f.headTask() + "/comment/create",
                f -> Body.json("{\"message\":\"Ý kiến kiểm thử ma trận quyền\"}"), 200);
        write("POST /engine-rest/task/{headTask}/attachment/create", "POST",
                f -> "/engine-rest/task/" + f.headTask() + "/attachment/create", f -> Http.multipart(Map.of(
                        "attachment-name", "ghi-chu.txt", "attachment-type", "text/plain",
                        "content", new FilePart("ghi-chu.txt", "text/plain", "ghi chú".getBytes(StandardCharsets.UTF_8)))),
                200);
        write("POST /engine-rest/task/{intakeTask}/comment/create", "POST",
                f -> "/engine-rest/task/" + f.intakeTask() + "/comment/create",
                f -> Body.json("{\"message\":\"Bộ phận tiếp nhận ghi ý kiến\"}"), 200);
        write("POST /engine-rest/task/{doneTask}/comment/create", "POST",
                f -> "/engine-rest/task/" + f.doneTask() + "/comment/create",
                f -> Body.json("{\"message\":\"Ý kiến muộn\"}"), 200);
        listRead("GET /engine-rest/history/process-instance?processInstanceId={stp}",
                f -> "/engine-rest/history/process-instance?processInstanceId=" + f.stpInstance(), true);
        listRead("GET /engine-rest/history/task?taskId={headTask}", f -> "/engine-rest/history/task?taskId=" + f.headTask(),
                true);
        listRead("GET /engine-rest/history/variable-instance?processInstanceId={stp}",
                f -> "/engine-rest/history/variable-instance?processInstanceId=" + f.stpInstance(), true);
        write("POST /engine-rest/process-definition/key/commendation-proposal/start", "POST",
                f -> "/engine-rest/process-definition/key/commendation-proposal/start", f -> EMPTY_JSON, 400);
        ACTIONS.put("PUT /engine-rest/process-instance/{stp}/variables/{name}", new Action("PUT",
                f -> "/engine-rest/process-instance/" + f.stpInstance() + "/variables/matrixProbe",
                f -> Body.json("{\"value\":\"thử\",\"type\":\"String\"}"), Set.of(204), false,
                t -> t.engine.getRuntimeService().removeVariable(fixture.stpInstance(), "matrixProbe")));
        write("POST /engine-rest/process-definition/{id}/restart", "POST",
                f -> "/engine-rest/process-definition/" + f.stpDefinition() + "/restart",
                f -> Body.json("{\"processInstanceIds\":[\"" + f.stpInstance() + "\"],\"instructions\":[{\"type\":"
                        + "\"startBeforeActivity\",\"activityId\":\"Task_CompleteDossier\"}]}"), 409);
        write("POST /engine-rest/message", "POST", f -> "/engine-rest/message",
                f -> Body.json("{\"messageName\":\"KhongCoTinNhanNay\"}"), 400);
        write("POST /engine-rest/deployment/create", "POST", f -> "/engine-rest/deployment/create",
                f -> Http.multipart(Map.of("deployment-name", "ma-tran-quyen", "data",
                        new FilePart("hong.bpmn", "application/octet-stream",
                                "<definitions/>".getBytes(StandardCharsets.UTF_8)))), 400);
        write("DELETE /engine-rest/deployment/{id}", "DELETE", f -> "/engine-rest/deployment/khong-co", f -> null, 404);
        write("POST /engine-rest/migration/execute", "POST", f -> "/engine-rest/migration/execute", f -> EMPTY_JSON, 400);
        write("DELETE /engine-rest/process-instance/{id}", "DELETE", f -> "/engine-rest/process-instance/khong-co",
                f -> null, 404);
        write("POST /engine-rest/job/{id}/execute", "POST", f -> "/engine-rest/job/khong-co/execute", f -> null, 404);
        write("POST /engine-rest/user/create", "POST", f -> "/engine-rest/user/create", f -> EMPTY_JSON, 400);
        // the caller puts themselves into the administrators' group: an administrator already is in it (409)
        ACTIONS.put("PUT /engine-rest/group/camunda-admin/members/{user}", new Action("PUT",
                f -> "/engine-rest/group/camunda-admin/members/{self}", f -> null, Set.of(409), false, t -> { }));
        write("POST /engine-rest/authorization/create", "POST", f -> "/engine-rest/authorization/create",
                f -> EMPTY_JSON, 400);
        write("POST /engine-rest/identity/verify", "POST", f -> "/engine-rest/identity/verify",
                f -> Body.json("{\"username\":\"admin\",\"password\":\"demo\"}"), 200);
        write("POST /camunda/api/admin/setup/default/user/create", "POST",
                f -> "/camunda/api/admin/setup/default/user/create",
                f -> Body.json("{\"profile\":{\"id\":\"ke-gian\"},\"credentials\":{\"password\":\"x\"}}"), 204);
    }

    private static void get(String name, Function<Fixture, String> path) {
        ACTIONS.put(name, new Action("GET", path, f -> null, OK, false, t -> { }));
    }

    /** A read whose refusal may be an empty list; {@code engineHistory}: an empty list is its only refusal. */
    private static void listRead(String name, Function<Fixture, String> path, boolean engineHistory) {
        ACTIONS.put(name, new Action("GET", path, f -> null, OK, true, t -> { }));
    }

    private static void write(String name, String method, Function<Fixture, String> path, Function<Fixture, Body> body,
                              int granted) {
        ACTIONS.put(name, new Action(method, path, body, Set.of(granted), false, t -> { }));
    }

    static Stream<Cell> cells() {
        return RoleActionMatrix.cells().stream();
    }

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        int year = LocalDate.now(clock).getYear() - 1;
        // the Nội chính block's cycle of this year is under way
        province.blockCycleOpened(engine.getRuntimeService());
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        String nominee = proposals.person("stp", "Hồ Văn Ma Trận", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance p1 = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        proposals.uploadAll(p1, "canbo.stp");
        proposals.submitDossier(p1);
        Task head = proposals.task(p1, "Task_HeadSign");
        HistoricTaskInstance done = engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(p1.getId()).taskDefinitionKey("Task_CompleteDossier").finished().singleResult();

        String nominee2 = proposals.person("stp", "Lý Thị Ma Trận", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC", year - 1, "XUAT_SAC"));
        ProcessInstance p2 = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee2);
        proposals.uploadAll(p2, "canbo.stp");
        proposals.submitDossier(p2);
        proposals.headApproves(p2);
        Task intake = proposals.task(p2, "Task_Intake");

        // a proposal of Sở Xây dựng, a unit none of the table's users belongs to, awarded by the chairman's decision
        new TestOrganisation(rest, engine.getIdentityService(), unitGroups, profiles, jdbc).department("sxd",
                "Sở Xây dựng");
        ProposalFixture other = new ProposalFixture(engine, jdbc, dossiers, "sxd");
        ProcessInstance p3 = other.awarded("BK_TINH", year, other.meritoriousPerson("sxd", "Trương Văn Ma Trận", year));
        String sxd = other.businessKey(p3);
        long decision = jdbc.sql("SELECT id FROM decision WHERE business_key = ? ORDER BY id").param(sxd)
                .query(Long.class).list().get(0);
        fixture = new Fixture(proposals.businessKey(p1), p1.getId(), p1.getProcessDefinitionId(), head.getId(),
                intake.getId(), done.getId(), sxd, decision, String.valueOf(LocalDate.now(clock).getYear()));
        fingerprint = new DatabaseFingerprint(dataSource, ledger::sealWaiting);
    }

    @Test
    void theTableCoversEveryRoleAndEveryActionHasARequest() {
        List<String> header = Arrays.stream(RoleActionMatrix.TABLE.lines().filter(l -> l.startsWith("|")).findFirst()
                .orElseThrow().split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        assertThat(header.subList(1, header.size())).containsExactlyElementsOf(
                Arrays.stream(Who.values()).map(w -> w.role).toList());
        assertThat(ACTIONS.keySet()).containsExactlyInAnyOrderElementsOf(RoleActionMatrix.rows().keySet());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void everyRoleGetsWhatTheTableSays(Cell cell) {
        Action action = ACTIONS.get(cell.action());
        assertThat(action).as("a request for " + cell.action()).isNotNull();
        String user = cell.who().user;
        String path = action.path().apply(fixture).replace("{self}", user == null ? "admin" : user);
        boolean change = !"GET".equals(action.method());
        Map<String, String> before = change && cell.expect() == Expect.DENIED ? fingerprint.take() : null;

        Http.Response r = Http.to(port).send(action.method(), path, user, action.body().apply(fixture));

        switch (cell.expect()) {
            case OK -> {
                assertThat(action.granted()).as(cell + ": " + r).contains(r.status());
                if (action.listRead()) {
                    assertThat(r.body()).as(cell + ": the list has what was asked for").isNotEqualTo("[]");
                }
                action.undo().accept(this);
            }
            case DENIED -> {
                if (user == null) {
                    assertThat(r.status()).as(cell + ": " + r).isIn(401, 403);
                } else {
                    assertThat(r.status()).as(cell + ": " + r).isIn(403, 409);
                }
                assertThat(r.body()).as(cell + ": the refusal says why, in Vietnamese").containsPattern(
                        "[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]");
                if (before != null) {
                    assertThat(DatabaseFingerprint.changed(before, fingerprint.take()))
                            .as(cell + ": a refused change leaves the database as it was").isEmpty();
                }
            }
            case HIDDEN -> {
                assertThat(r.status()).as(cell + ": " + r).isIn(200, 404);
                if (r.status() == 200) {
                    assertThat(r.body().strip()).as(cell + ": nothing of it is shown").isEqualTo("[]");
                }
            }
        }
    }
}

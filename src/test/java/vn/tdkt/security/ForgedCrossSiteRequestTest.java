package vn.tdkt.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.support.BrowserSession;
import vn.tdkt.support.DatabaseFingerprint;
import vn.tdkt.support.Http;
import vn.tdkt.support.Http.Body;
import vn.tdkt.support.Http.FilePart;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Forged cross-site requests: a foreign page makes the browser send a change with the credentials it holds — the
 * signed-in session's cookie, or HTTP Basic credentials it remembers. Uploads, deployments and form posts, to /api,
 * /engine-rest and the webapps' API, are each refused and store nothing; the same requests from the application's
 * own pages (same origin, with the session's CSRF token) or from an API client are done.
 */
@IntegrationTest
class ForgedCrossSiteRequestTest {

    static final String EVIL = "http://tdkt-khen-thuong.example";

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired DataSource dataSource;
    @Autowired AuditLedger ledger;
    @Autowired Clock clock;

    DatabaseFingerprint fingerprint;
    String dossier;

    @BeforeEach
    void openDossier() {
        fingerprint = new DatabaseFingerprint(dataSource, ledger::sealWaiting);
        int year = LocalDate.now(clock).getYear() - 1;
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        String nominee = proposals.person("stp", "Đỗ Văn Giả Mạo", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        dossier = proposals.businessKey(pi); // waiting for its documents: open for upload
    }

    private Body upload() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("documentType", "KHAC");
        parts.put("file", new FilePart("gia-mao.pdf", "application/pdf",
                "%PDF-1.4\n% giả mạo\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
        return Http.multipart(parts);
    }

    private Body deployment() {
        String bpmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="http://tdkt.vn/test">
                  <bpmn:process id="gia-mao" name="Quy trình giả mạo" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="s" />
                  </bpmn:process>
                  <bpmndi:BPMNDiagram id="diagram">
                    <bpmndi:BPMNPlane id="plane" bpmnElement="gia-mao">
                      <bpmndi:BPMNShape id="s_di" bpmnElement="s"><dc:Bounds x="100" y="100" width="36" height="36" /></bpmndi:BPMNShape>
                    </bpmndi:BPMNPlane>
                  </bpmndi:BPMNDiagram>
                </bpmn:definitions>
                """;
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("deployment-name", "gia-mao");
        parts.put("data", new FilePart("gia-mao.bpmn", "application/octet-stream", bpmn.getBytes(StandardCharsets.UTF_8)));
        return Http.multipart(parts);
    }

    private static final String SUBSTITUTION = "{\"substituteId\":\"phothutruong.stp\",\"fromDate\":\"2099-01-05\","
            + "\"toDate\":\"2099-01-06\",\"reason\":\"Yêu cầu giả mạo\"}";

    /** The request is refused as forged (403) and the database is as it was. */
    private void refused(String what, Supplier<Http.Response> forged) {
        Map<String, String> before = fingerprint.take();
        Http.Response r = forged.get();
        assertThat(r.status()).as(what + ": " + r).isEqualTo(403);
        assertThat(r.body()).as(what).containsAnyOf("CROSS_SITE_REQUEST", "CSRF_TOKEN_INVALID")
                .containsAnyOf("trang web khác", "chống giả mạo");
        assertThat(DatabaseFingerprint.changed(before, fingerprint.take())).as(what + ": nothing stored").isEmpty();
    }

    private long documents() {
        return jdbc.sql("SELECT COUNT(*) FROM dossier_document WHERE business_key = ?").param(dossier)
                .query(Long.class).single();
    }

    @Test
    void forgedUploadsRidingOnTheSignedInSessionAreRefused() {
        BrowserSession officer = BrowserSession.signIn(port, "canbo.stp", "tasklist");
        String path = "/api/dossiers/" + dossier + "/documents";
        // a foreign page's form: the cookie, but neither the token nor this origin
        refused("foreign origin, no token", () -> officer.send("POST", path, upload(), Map.of("Origin", EVIL)));
        // even a foreign page that somehow had the token is refused for its origin
        refused("foreign origin with the token", () -> officer.send("POST", path, upload(),
                Map.of("Origin", EVIL, "X-XSRF-TOKEN", officer.csrfToken())));
        refused("sandboxed foreign page (Origin: null)", () -> officer.send("POST", path, upload(),
                Map.of("Origin", "null", "X-XSRF-TOKEN", officer.csrfToken())));
        refused("another site, said by Sec-Fetch-Site", () -> officer.send("POST", path, upload(),
                Map.of("Sec-Fetch-Site", "cross-site")));
        refused("same site, another origin (another port of the host)", () -> officer.send("POST", path, upload(),
                Map.of("Origin", "http://localhost:" + (port + 1))));
        refused("foreign Referer, no Origin", () -> officer.send("POST", path, upload(),
                Map.of("Referer", EVIL + "/trang.html")));
        // a request that hides where it comes from still lacks the session's token
        refused("no origin, no token", () -> officer.send("POST", path, upload(), Map.of()));
        refused("no origin, a wrong token", () -> officer.send("POST", path, upload(), Map.of("X-XSRF-TOKEN", "00FF")));
        assertThat(documents()).isZero();

        // the dossier page itself: same origin, with the token
        Http.Response own = officer.change("POST", path, upload());
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void forgedFormPostsAndEngineWritesRidingOnTheSessionAreRefused() {
        BrowserSession head = BrowserSession.signIn(port, "thutruong.stp", "tasklist");
        refused("JSON sent as a plain-text form post", () -> head.send("POST", "/api/me/substitutions",
                Body.text(SUBSTITUTION), Map.of("Origin", EVIL)));
        refused("urlencoded form post", () -> head.send("POST", "/api/me/substitutions",
                Body.form("substituteId=phothutruong.stp&fromDate=2099-01-05&toDate=2099-01-06&reason=x"),
                Map.of("Origin", EVIL)));
        refused("JSON without the token", () -> head.send("POST", "/api/me/substitutions", Body.json(SUBSTITUTION),
                Map.of()));
        String task = engine.getTaskService().createTaskQuery().taskCandidateGroup("unit-head.stp").list().get(0).getId();
        refused("engine REST comment", () -> head.send("POST", "/engine-rest/task/" + task + "/comment/create",
                Body.json("{\"message\":\"giả mạo\"}"), Map.of("Origin", EVIL)));
        refused("engine REST completion", () -> head.send("POST", "/engine-rest/task/" + task + "/complete",
                Body.json("{}"), Map.of("Origin", EVIL)));
        // the webapps' own API (Tasklist's), with the session and even its token: the origin decides
        refused("Tasklist's API", () -> head.send("POST", "/camunda/api/engine/engine/default/task/" + task
                + "/comment/create", Body.json("{\"message\":\"giả mạo\"}"),
                Map.of("Origin", EVIL, "X-XSRF-TOKEN", head.csrfToken())));

        Http.Response own = head.change("POST", "/api/me/substitutions", Body.json(SUBSTITUTION.replace("2099-01-05",
                "2099-02-05").replace("2099-01-06", "2099-02-06")));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        jdbc.sql("DELETE FROM leave_substitution WHERE user_id = 'thutruong.stp' AND reason = 'Yêu cầu giả mạo'").update();
    }

    @Test
    void forgedDeploymentsAreRefusedWhateverTheCredentials() {
        BrowserSession admin = BrowserSession.signIn(port, "admin", "admin");
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();
        refused("deployment on the admin's session", () -> admin.send("POST", "/engine-rest/deployment/create",
                deployment(), Map.of("Origin", EVIL)));
        refused("deployment on the admin's session without the token", () -> admin.send("POST",
                "/engine-rest/deployment/create", deployment(), Map.of()));
        // the browser remembers the admin's HTTP Basic credentials and adds them to the foreign page's post
        refused("deployment on remembered Basic credentials", () -> Http.to(port).send("POST",
                "/engine-rest/deployment/create", "admin", deployment(), Map.of("Origin", EVIL)));
        refused("Camunda Admin's API: a new user", () -> admin.send("POST",
                "/camunda/api/engine/engine/default/user/create",
                Body.json("{\"profile\":{\"id\":\"ke-gian\"},\"credentials\":{\"password\":\"x\"}}"),
                Map.of("Origin", EVIL, "X-XSRF-TOKEN", admin.csrfToken())));
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getIdentityService().createUserQuery().userId("ke-gian").count()).isZero();
    }

    @Test
    void rememberedBasicCredentialsDoNotCarryAForeignPagesChanges() {
        String path = "/api/dossiers/" + dossier + "/documents";
        refused("upload on remembered Basic credentials", () -> Http.to(port).send("POST", path, "canbo.stp", upload(),
                Map.of("Origin", EVIL)));
        refused("form post on remembered Basic credentials", () -> Http.to(port).send("POST", "/api/me/substitutions",
                "thutruong.stp", Body.text(SUBSTITUTION), Map.of("Origin", EVIL)));
        refused("login form posted from a foreign page (login CSRF)", () -> Http.to(port).session().send("POST",
                "/camunda/api/admin/auth/user/default/login/tasklist", null,
                Body.form("username=canbo.stp&password=demo"), Map.of("Origin", EVIL)));
        assertThat(documents()).isZero();

        // an API client (curl, Camunda Modeler) sends no Origin: Basic alone is enough
        Http.Response client = Http.to(port).send("POST", path, "canbo.stp", upload());
        assertThat(client.status()).as(client.toString()).isEqualTo(201);
    }
}

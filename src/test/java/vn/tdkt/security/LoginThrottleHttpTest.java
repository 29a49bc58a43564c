package vn.tdkt.security;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.FromAddress;
import vn.tdkt.support.Http;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;
import vn.tdkt.support.TestProvince;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle over HTTP, with requests from other addresses of the loopback network standing for other
 * machines: a stranger guessing a predictable login (canbo.&lt;unit&gt;, admin) is slowed down — by HTTP Basic and by the
 * webapps' login alike — while the owner at their own machine signs in; wrong passwords are in the audit chain; the
 * engine's own permanent lock is never set; an administrator lifts a wait early.
 */
@IntegrationTest
class LoginThrottleHttpTest {

    static final String STRANGER = "127.0.0.2";

    @LocalServerPort int port;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;

    @AfterEach
    void liftWaits() {
        for (String source : List.of(STRANGER, "127.0.0.3", "127.0.0.4")) {
            throttle.liftSource(source);
        }
    }

    /** An officer's account of its own (password "demo"), so that no wait set here touches another test's user. */
    private String freshAccount() {
        String id = "canbo.chan" + UUID.randomUUID().toString().substring(0, 6);
        new TestOrganisation(rest, identity, unitGroups, profiles, jdbc).user(id, TestProvince.UNIT, Role.UNIT_OFFICER);
        return id;
    }

    private long failedLogins(String user, String source) {
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'LOGIN_FAILED' AND subject = ? AND payload LIKE ?")
                .params(user, "%\"source\":\"" + source + "\"%").query(Long.class).single();
    }

    @Test
    void aStrangerGuessingByBasicWaitsWhileTheOwnerSignsIn() {
        String account = freshAccount();
        FromAddress stranger = FromAddress.of(STRANGER, port);
        for (int i = 0; i < 3; i++) {
            assertThat(stranger.basic("GET", "/api/me", account, "doan-" + i).status()).isEqualTo(401);
        }
        Http.Response held = stranger.basic("GET", "/api/me", account, "doan-tiep");
        assertThat(held.status()).as(held.toString()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotBlank();
        assertThat(held.body()).contains("LOGIN_HELD_BACK", "hãy chờ");
        // even the right password waits at the stranger's machine…
        assertThat(stranger.basic("GET", "/api/me", account, "demo").status()).isEqualTo(429);
        // …not at the owner's
        Http.Response owner = Http.to(port).get("/api/me", account);
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);

        // three checked attempts, three records; the held ones checked no password and left none
        assertThat(failedLogins(account, STRANGER)).isEqualTo(3);
        // the engine's own counter (ten, then locked for good) is not used
        assertThat(jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = ?").param(account).query(Integer.class)
                .optional().orElse(0)).isZero();
    }

    @Test
    void tenGuessesAtTheAdministratorDoNotLockTheAdministratorOut() {
        FromAddress stranger = FromAddress.of("127.0.0.3", port);
        for (int i = 0; i < 10; i++) {
            assertThat(stranger.basic("GET", "/api/me", "admin", "doan-" + i).status()).isIn(401, 429);
        }
        assertThat(Http.to(port).get("/api/security/login-locks", "admin").status()).isEqualTo(200);
        Http.Response webapp = FromAddress.of("127.0.0.1", port).webappLogin("admin", "demo");
        assertThat(webapp.status()).as(webapp.toString()).isEqualTo(200);
    }

    @Test
    void theWebappsLoginIsThrottledTheSameWay() {
        String account = freshAccount();
        FromAddress stranger = FromAddress.of(STRANGER, port);
        for (int i = 0; i < 3; i++) {
            assertThat(stranger.webappLogin(account, "doan-" + i).status()).isEqualTo(401);
        }
        Http.Response held = stranger.webappLogin(account, "demo");
        assertThat(held.status()).as(held.toString()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotBlank();
        assertThat((String) JsonPath.read(held.body(), "$.message")).contains("Đã nhập sai mật khẩu 3 lần");
        assertThat(failedLogins(account, STRANGER)).isEqualTo(3);

        Http.Response owner = FromAddress.of("127.0.0.1", port).webappLogin(account, "demo");
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
    }

    @Test
    void anAdministratorSeesAndLiftsAWait() {
        String account = freshAccount();
        FromAddress stranger = FromAddress.of("127.0.0.4", port);
        for (int i = 0; i < 4; i++) {
            stranger.basic("GET", "/api/me", account, "doan-" + i);
        }
        assertThat(stranger.basic("GET", "/api/me", account, "demo").status()).isEqualTo(429);

        Http.Response holds = Http.to(port).get("/api/security/login-locks", "admin");
        assertThat(holds.status()).isEqualTo(200);
        List<Map<String, Object>> list = JsonPath.read(holds.body(), "$[?(@.account == '" + account + "')]");
        assertThat(list).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("scope", "ACCOUNT_FROM_SOURCE").containsEntry("source", "127.0.0.4");
            assertThat(h.get("until")).isNotNull();
        });
        assertThat(Http.to(port).get("/api/security/login-locks", "canbo.stp").status()).isEqualTo(403);

        Http.Response lifted = Http.to(port).send("DELETE", "/api/security/login-locks/accounts/" + account, "admin",
                null);
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.body()).contains("Đã mở khóa đăng nhập");
        assertThat(stranger.basic("GET", "/api/me", account, "demo").status()).isEqualTo(200);
        ledger.sealWaiting();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'LOGIN_LOCK_LIFTED' AND subject = ?"
                + " AND actor = 'admin'").param(account).query(Long.class).single()).isEqualTo(1);
        assertThat(Http.to(port).send("DELETE", "/api/security/login-locks/accounts/" + account, "admin", null).status())
                .isEqualTo(404);
    }
}

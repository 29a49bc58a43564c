package vn.tdkt.security;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.support.DemoProvinceTest;
import vn.tdkt.support.FromAddress;
import vn.tdkt.support.Http;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login throttle over HTTP, with requests from other addresses of the loopback network standing for other
 * machines: a stranger guessing a predictable login (canbo.&lt;unit&gt;, admin) is slowed down — by HTTP Basic and by the
 * webapps' login alike — while the owner at their own machine signs in; wrong passwords are in the audit chain; the
 * engine's own permanent lock is never set; an administrator lifts a wait early.
 */
@DemoProvinceTest
class LoginThrottleHttpTest {

    static final String STRANGER = "127.0.0.2";

    @LocalServerPort int port;
    @Autowired LoginThrottle throttle;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;

    @AfterEach
    void liftWaits() {
        for (String source : List.of(STRANGER, "127.0.0.3", "127.0.0.4")) {
            throttle.liftSource(source);
        }
    }

    private long failedLogins(String user, String source) {
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'LOGIN_FAILED' AND subject = ? AND payload LIKE ?")
                .params(user, "%\"source\":\"" + source + "\"%").query(Long.class).single();
    }

    @Test
    void aStrangerGuessingByBasicWaitsWhileTheOwnerSignsIn() {
        FromAddress stranger = FromAddress.of(STRANGER, port);
        for (int i = 0; i < 3; i++) {
            assertThat(stranger.basic("GET", "/api/me", "canbo.bvdk", "doan-" + i).status()).isEqualTo(401);
        }
        Http.Response held = stranger.basic("GET", "/api/me", "canbo.bvdk", "doan-tiep");
        assertThat(held.status()).as(held.toString()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotBlank();
        assertThat(held.body()).contains("LOGIN_HELD_BACK", "hãy chờ");
        // even the right password waits at the stranger's machine…
        assertThat(stranger.basic("GET", "/api/me", "canbo.bvdk", "demo").status()).isEqualTo(429);
        // …not at the owner's
        Http.Response owner = Http.to(port).get("/api/me", "canbo.bvdk");
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);

        // three checked attempts, three records; the held ones checked no password and left none
        assertThat(failedLogins("canbo.bvdk", STRANGER)).isEqualTo(3);
        // the engine's own counter (ten, then locked for good) is not used
        assertThat(jdbc.sql("SELECT ATTEMPTS_ FROM ACT_ID_USER WHERE ID_ = 'canbo.bvdk'").query(Integer.class)
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
        FromAddress stranger = FromAddress.of(STRANGER, port);
        for (int i = 0; i < 3; i++) {
            assertThat(stranger.webappLogin("canbo.ttpvhcc", "doan-" + i).status()).isEqualTo(401);
        }
        Http.Response held = stranger.webappLogin("canbo.ttpvhcc", "demo");
        assertThat(held.status()).as(held.toString()).isEqualTo(429);
        assertThat(held.header("Retry-After")).isNotBlank();
        assertThat((String) JsonPath.read(held.body(), "$.message")).contains("Đã nhập sai mật khẩu 3 lần");
        assertThat(failedLogins("canbo.ttpvhcc", STRANGER)).isEqualTo(3);

        Http.Response owner = FromAddress.of("127.0.0.1", port).webappLogin("canbo.ttpvhcc", "demo");
        assertThat(owner.status()).as(owner.toString()).isEqualTo(200);
    }

    @Test
    void anAdministratorSeesAndLiftsAWait() {
        FromAddress stranger = FromAddress.of("127.0.0.4", port);
        for (int i = 0; i < 4; i++) {
            stranger.basic("GET", "/api/me", "canbo.cdtn", "doan-" + i);
        }
        assertThat(stranger.basic("GET", "/api/me", "canbo.cdtn", "demo").status()).isEqualTo(429);

        Http.Response holds = Http.to(port).get("/api/security/login-locks", "admin");
        assertThat(holds.status()).isEqualTo(200);
        List<Map<String, Object>> list = JsonPath.read(holds.body(), "$[?(@.account == 'canbo.cdtn')]");
        assertThat(list).singleElement().satisfies(h -> {
            assertThat(h).containsEntry("scope", "ACCOUNT_FROM_SOURCE").containsEntry("source", "127.0.0.4");
            assertThat(h.get("until")).isNotNull();
        });
        assertThat(Http.to(port).get("/api/security/login-locks", "canbo.stp").status()).isEqualTo(403);

        Http.Response lifted = Http.to(port).send("DELETE", "/api/security/login-locks/accounts/canbo.cdtn", "admin",
                null);
        assertThat(lifted.status()).as(lifted.toString()).isEqualTo(200);
        assertThat(lifted.body()).contains("Đã mở khóa đăng nhập");
        assertThat(stranger.basic("GET", "/api/me", "canbo.cdtn", "demo").status()).isEqualTo(200);
        ledger.sealWaiting();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE kind = 'LOGIN_LOCK_LIFTED' AND subject = 'canbo.cdtn'"
                + " AND actor = 'admin'").query(Long.class).single()).isEqualTo(1);
        assertThat(Http.to(port).send("DELETE", "/api/security/login-locks/accounts/canbo.cdtn", "admin", null).status())
                .isEqualTo(404);
    }
}

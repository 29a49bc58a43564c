package vn.tdkt.security;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.support.BrowserSession;
import vn.tdkt.support.Http;
import vn.tdkt.support.Http.Body;
import vn.tdkt.support.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One sign-in for the whole product: the webapps' login gives a session that /api and /engine-rest accept (reads
 * as they are, changes with the session's CSRF token); signing out ends it everywhere. Without a session a browser
 * gets no password prompt (no Basic challenge) and a navigation is sent to the sign-in page and back; API clients
 * keep HTTP Basic.
 */
@IntegrationTest
class OneSignInTest {

    @LocalServerPort int port;

    @Test
    void theWebappsSessionOpensTheApiAndTheEngineRestApi() {
        BrowserSession officer = BrowserSession.signIn(port, "canbo.stp", "tasklist");
        Http.Response me = officer.get("/api/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat((String) JsonPath.read(me.body(), "$.userId")).isEqualTo("canbo.stp");
        assertThat(officer.get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
        Http.Response session = officer.get("/api/session");
        assertThat((Boolean) JsonPath.read(session.body(), "$.authenticated")).isTrue();
        assertThat((String) JsonPath.read(session.body(), "$.fullName")).isNotBlank();
        assertThat(session.header("Cache-Control")).contains("no-store");

        // a change needs the token; with it, the request goes through to the API's own checks
        String emptySubstitution = "{\"substituteId\":\"\",\"fromDate\":\"2099-01-01\",\"toDate\":\"2099-01-02\","
                + "\"reason\":\"\"}";
        Http.Response withoutToken = officer.send("POST", "/api/me/substitutions", Body.json(emptySubstitution), Map.of());
        assertThat(withoutToken.status()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("CSRF_TOKEN_INVALID", "mã chống giả mạo");
        Http.Response withToken = officer.change("POST", "/api/me/substitutions", Body.json(emptySubstitution));
        assertThat(withToken.status()).as(withToken.toString()).isEqualTo(400);
        assertThat(withToken.body()).contains("SUBSTITUTION_REFUSED");

        // signing out in the webapps signs out of the API
        assertThat(officer.change("POST", "/camunda/api/admin/auth/user/default/logout", null).status()).isEqualTo(200);
        assertThat(officer.get("/api/me").status()).isEqualTo(401);
        assertThat((Boolean) JsonPath.read(officer.get("/api/session").body(), "$.authenticated")).isFalse();
    }

    @Test
    void aBrowserWithoutSessionIsLedToTheSignInPageNeverToAPasswordPrompt() {
        Http anonymous = Http.to(port);
        // a page's script: 401 without a Basic challenge (the browser would prompt and remember the password)
        Http.Response fetch = anonymous.send("GET", "/api/me", null, null, Map.of("Sec-Fetch-Mode", "cors",
                "X-Requested-With", "XMLHttpRequest"));
        assertThat(fetch.status()).isEqualTo(401);
        assertThat(fetch.header("WWW-Authenticate")).doesNotStartWith("Basic").startsWith("TdktSession");
        assertThat(fetch.body()).contains("hãy đăng nhập lại");
        // following a download link: to the sign-in page, and back afterwards
        Http.Response link = anonymous.send("GET", "/api/decisions/1/pdf?tai=1", null, null,
                Map.of("Accept", "text/html,application/xhtml+xml", "Sec-Fetch-Mode", "navigate"));
        assertThat(link.status()).isEqualTo(302);
        assertThat(link.header("Location")).endsWith("/pages/dang-nhap.html?tiep=%2Fapi%2Fdecisions%2F1%2Fpdf%3Ftai%3D1");
        // an API client is asked for HTTP Basic, and HTTP Basic works
        Http.Response client = anonymous.get("/api/me", null);
        assertThat(client.status()).isEqualTo(401);
        assertThat(client.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(anonymous.get("/api/me", "canbo.stp").status()).isEqualTo(200);
        // the sign-in page and the pages themselves are open; their data is not
        assertThat(anonymous.get("/pages/dang-nhap.html", null).status()).isEqualTo(200);
        assertThat(anonymous.get("/pages/phien.js", null).status()).isEqualTo(200);
        Http.Response session = anonymous.get("/api/session", null);
        assertThat(session.status()).isEqualTo(200);
        assertThat((Boolean) JsonPath.read(session.body(), "$.authenticated")).isFalse();
    }
}

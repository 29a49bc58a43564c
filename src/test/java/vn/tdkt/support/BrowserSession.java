package vn.tdkt.support;

import com.jayway.jsonpath.JsonPath;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser's signed-in session, as the project's sign-in page makes it: the webapps' login
 * ({@code POST /camunda/api/admin/auth/user/default/login/{app}} with Camunda's CSRF token), the session cookie, and
 * the session's CSRF token read from {@code GET /api/session}. Requests then carry the cookie; {@link #headers()}
 * adds what a page of this site adds to a change (its origin, the token).
 */
public final class BrowserSession {

    private final Http http;
    private final int port;
    private String token;

    private BrowserSession(Http http, int port) {
        this.http = http;
        this.port = port;
    }

    public static BrowserSession signIn(int port, String user, String app) {
        BrowserSession s = new BrowserSession(Http.to(port).session(), port);
        String loginToken = s.token();
        Http.Response login = s.http.send("POST", "/camunda/api/admin/auth/user/default/login/" + app, null,
                Http.Body.form("username=" + user + "&password=demo"),
                Map.of("X-XSRF-TOKEN", loginToken, "Origin", s.origin()));
        assertThat(login.status()).as("login of " + user + ": " + login).isEqualTo(200);
        s.token = s.token();
        return s;
    }

    /** The session's current CSRF token (Camunda gives the session one on the first read of its API). */
    public String token() {
        http.get("/camunda/api/admin/auth/user/default", null);
        Http.Response session = http.get("/api/session", null);
        assertThat(session.status()).isEqualTo(200);
        String t = JsonPath.read(session.body(), "$.csrfToken");
        assertThat(t).as("the session's CSRF token").isNotBlank();
        return t;
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    /** What a page of this site sends with a change. */
    public Map<String, String> headers() {
        Map<String, String> h = new HashMap<>();
        h.put("X-XSRF-TOKEN", token);
        h.put("Origin", origin());
        return h;
    }

    public Http http() {
        return http;
    }

    public Http.Response get(String path) {
        return http.get(path, null);
    }

    /** A change as a page of this site sends it: same origin, with the token. */
    public Http.Response change(String method, String path, Http.Body body) {
        return http.send(method, path, null, body, headers());
    }

    /** A change with exactly these headers (a forged one, say). */
    public Http.Response send(String method, String path, Http.Body body, Map<String, String> headers) {
        return http.send(method, path, null, body, headers);
    }

    public String csrfToken() {
        return token;
    }
}

package vn.tdkt.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.support.IntegrationTest;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The webapps go through Camunda's own login with its CSRF protection; each role reaches only its apps.
 */
@IntegrationTest
class WebappLoginTest {

    @LocalServerPort
    int port;

    @Test
    void webappPagesLoad() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String app : new String[]{"tasklist", "cockpit", "admin"}) {
            HttpResponse<String> page = client.send(get("/camunda/app/" + app + "/default/"),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(app).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Security-Policy")).as(app).isPresent();
            assertThat(page.headers().firstValue("X-Frame-Options")).as(app).hasValue("SAMEORIGIN");
        }
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        client.send(get("/camunda/app/tasklist/default/"), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = client.send(login("tasklist", "canbo.stp", null), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void eachRoleReachesOnlyItsApps() throws Exception {
        assertThat(loginStatus("tasklist", "canbo.stp")).isEqualTo(200);
        assertThat(loginStatus("cockpit", "canbo.stp")).isEqualTo(403);
        assertThat(loginStatus("admin", "canbo.stp")).isEqualTo(403);
        assertThat(loginStatus("cockpit", "thanhtra")).isEqualTo(200);
        assertThat(loginStatus("tasklist", "thanhtra")).isEqualTo(403);
        assertThat(loginStatus("admin", "admin")).isEqualTo(200);
    }

    private int loginStatus(String app, String user) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<Void> page = client.send(get("/camunda/app/" + app + "/default/"),
                HttpResponse.BodyHandlers.discarding());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        return client.send(login(app, user, token), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpRequest login(String app, String user, String csrfToken) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo";
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (csrfToken != null) {
            builder.header("X-XSRF-TOKEN", csrfToken);
        }
        return builder.build();
    }
}

package vn.tdkt.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tdkt.identity.IdentityConflictException;
import vn.tdkt.support.BrowserSession;
import vn.tdkt.support.Http;
import vn.tdkt.support.Http.Body;
import vn.tdkt.support.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * No way to become administrator from outside: Camunda Admin's initial setup is closed whoever asks (with its CSRF
 * token, anonymous or signed in), and the last administrator cannot be removed through Camunda Admin's API,
 * /engine-rest or the Java API. (A start without any administrator is refused: {@code StartWithoutAdministratorTest}.)
 */
@IntegrationTest
class AdministratorTest {

    static final String SETUP = "/camunda/api/admin/setup/default/user/create";
    static final Body NEW_ADMIN = Body.json("{\"profile\":{\"id\":\"ke-gian\",\"firstName\":\"Kẻ\",\"lastName\":\"Gian\"},"
            + "\"credentials\":{\"password\":\"matkhau\"}}");

    @LocalServerPort int port;
    @Autowired IdentityService identityService;

    @Test
    void theInitialSetupIsClosedForEveryone() {
        // an anonymous visitor with a session and its CSRF token, as Camunda Admin's setup screen would send it
        Http anonymous = Http.to(port).session();
        Http.Response page = anonymous.get("/camunda/app/admin/default/", null);
        assertThat(page.status()).isEqualTo(200);
        String token = page.header("X-XSRF-TOKEN");
        Http.Response setup = anonymous.send("POST", SETUP, null, NEW_ADMIN,
                Map.of("X-XSRF-TOKEN", token, "Origin", "http://localhost:" + port));
        assertThat(setup.status()).as(setup.toString()).isEqualTo(403);
        assertThat(setup.body()).contains("SETUP_CLOSED", "tạo quản trị viên ban đầu đã đóng");

        // nor for a signed-in administrator, nor over HTTP Basic
        BrowserSession admin = BrowserSession.signIn(port, "admin", "admin");
        assertThat(admin.change("POST", SETUP, NEW_ADMIN).status()).isEqualTo(403);
        assertThat(Http.to(port).send("POST", SETUP, "admin", NEW_ADMIN).status()).isEqualTo(403);
        assertThat(identityService.createUserQuery().userId("ke-gian").count()).isZero();
    }

    @Test
    void theLastAdministratorStays() {
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(User::getId).containsExactly("admin");

        Http.Response leave = Http.to(port).send("DELETE", "/engine-rest/group/camunda-admin/members/admin", "admin", null);
        assertThat(leave.status()).as(leave.toString()).isEqualTo(409);
        assertThat(leave.body()).contains("quản trị viên cuối cùng");
        assertThat(Http.to(port).send("DELETE", "/engine-rest/user/admin", "admin", null).status()).isEqualTo(409);
        assertThat(Http.to(port).send("DELETE", "/engine-rest/group/camunda-admin", "admin", null).status()).isEqualTo(409);
        // Camunda Admin's own API, on the administrator's session
        BrowserSession admin = BrowserSession.signIn(port, "admin", "admin");
        Http.Response viaAdminApp = admin.change("DELETE", "/camunda/api/engine/engine/default/group/camunda-admin/members/admin",
                null);
        assertThat(viaAdminApp.status()).as(viaAdminApp.toString()).isIn(400, 409);
        assertThat(viaAdminApp.body()).contains("quản trị viên cuối cùng");
        // the Java API
        assertThatThrownBy(() -> identityService.deleteMembership("admin", "camunda-admin"))
                .isInstanceOf(IdentityConflictException.class);
        assertThatThrownBy(() -> identityService.deleteUser("admin")).isInstanceOf(IdentityConflictException.class);
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isEqualTo(1);

        // with a second administrator, either may go, but not both
        User second = identityService.newUser("quantri2");
        second.setFirstName("Quản trị");
        second.setLastName("Hai");
        second.setPassword("demo");
        identityService.saveUser(second);
        identityService.createMembership("quantri2", "camunda-admin");
        try {
            assertThat(Http.to(port).send("DELETE", "/engine-rest/group/camunda-admin/members/quantri2", "admin", null)
                    .status()).isEqualTo(204);
            assertThat(Http.to(port).send("DELETE", "/engine-rest/group/camunda-admin/members/admin", "admin", null)
                    .status()).isEqualTo(409);
        } finally {
            identityService.deleteUser("quantri2");
        }
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").list())
                .extracting(User::getId).containsExactly("admin");
    }

    @Test
    void aMembershipIsAddedOnce() {
        Http.Response twice = Http.to(port).send("PUT", "/engine-rest/group/unit-officer/members/canbo.stp", "admin", null);
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.body()).contains("đã ở trong nhóm");
        assertThatThrownBy(() -> identityService.createMembership("canbo.stp", "unit-officer"))
                .isInstanceOf(IdentityConflictException.class);
    }
}

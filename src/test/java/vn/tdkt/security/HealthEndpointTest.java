package vn.tdkt.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.identity.Role;
import vn.tdkt.identity.UnitGroups;
import vn.tdkt.identity.UserProfileRepository;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/health for monitors: anyone gets the status and nothing else; an administrator gets the components
 * (database, disk); a signed-in non-administrator gets the status only; the rest of the actuator is not served.
 */
@IntegrationTest
class HealthEndpointTest {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired JdbcClient jdbc;

    /** A unit's TĐKT officer made for the test: signed in, but no administrator. */
    private String officer;

    @BeforeEach
    void people() {
        TestOrganisation organisation = new TestOrganisation(rest, identity, unitGroups, profiles, jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String unit = organisation.unit("t" + tag, "Đơn vị thử " + tag);
        officer = "cb." + unit;
        organisation.user(officer, unit, Role.UNIT_OFFICER);
    }

    @Test
    void theStatusForAnyoneTheDetailsForAdministrators() {
        ResponseEntity<JsonNode> anonymous = rest.getForEntity("/actuator/health", JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody().path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.getBody().has("components")).isFalse();

        ResponseEntity<JsonNode> signedIn = rest.withBasicAuth(officer, "demo")
                .getForEntity("/actuator/health", JsonNode.class);
        assertThat(signedIn.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(signedIn.getBody().has("components")).isFalse();

        ResponseEntity<JsonNode> admin = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/health",
                JsonNode.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().path("components").path("db").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theRestOfTheActuatorIsClosed() {
        assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(officer, "demo").getForEntity("/actuator/env", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
                .as("not exposed at all").isEqualTo(HttpStatus.NOT_FOUND);
    }
}

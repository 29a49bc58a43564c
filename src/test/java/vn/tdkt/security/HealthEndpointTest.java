package vn.tdkt.security;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /actuator/health for monitors: anyone gets the status and nothing else; an administrator gets the components
 * (database, disk); a signed-in non-administrator gets the status only; the rest of the actuator is not served.
 */
@IntegrationTest
class HealthEndpointTest {

    @Autowired TestRestTemplate rest;

    @Test
    void theStatusForAnyoneTheDetailsForAdministrators() {
        ResponseEntity<JsonNode> anonymous = rest.getForEntity("/actuator/health", JsonNode.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(anonymous.getBody().path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.getBody().has("components")).isFalse();

        ResponseEntity<JsonNode> officer = rest.withBasicAuth(TestProvince.UNIT_OFFICER, "demo")
                .getForEntity("/actuator/health", JsonNode.class);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(officer.getBody().has("components")).isFalse();

        ResponseEntity<JsonNode> admin = rest.withBasicAuth("admin", "demo").getForEntity("/actuator/health",
                JsonNode.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(admin.getBody().path("components").path("db").path("status").asText()).isEqualTo("UP");
    }

    @Test
    void theRestOfTheActuatorIsClosed() {
        assertThat(rest.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(TestProvince.UNIT_OFFICER, "demo").getForEntity("/actuator/env", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
                .as("not exposed at all").isEqualTo(HttpStatus.NOT_FOUND);
    }
}

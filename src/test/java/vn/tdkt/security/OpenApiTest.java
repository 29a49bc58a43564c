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

/** The OpenAPI description of /api and its UI: for administrators; refused to others, to anonymous callers 401. */
@IntegrationTest
class OpenApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identity;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired JdbcClient jdbc;

    /** A unit's TĐKT officer and the chairman, made for the test: signed in, but no administrators. */
    private String officer;
    private String chairman;

    @BeforeEach
    void people() {
        TestOrganisation organisation = new TestOrganisation(rest, identity, unitGroups, profiles, jdbc);
        String tag = UUID.randomUUID().toString().substring(0, 4);
        String unit = organisation.unit("t" + tag, "Đơn vị thử " + tag);
        officer = "cb." + unit;
        organisation.user(officer, unit, Role.UNIT_OFFICER);
        chairman = "ct." + unit;
        organisation.user(chairman, unit, Role.CHAIRMAN);
    }

    @Test
    void administratorsReadTheDescriptionOfTheApi() {
        ResponseEntity<JsonNode> admin = rest.withBasicAuth("admin", "demo").getForEntity("/v3/api-docs", JsonNode.class);
        assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode paths = admin.getBody().path("paths");
        assertThat(paths.has("/api/proposals")).isTrue();
        assertThat(paths.has("/api/award-types/{code}")).isTrue();
        assertThat(paths.has("/api/persons/{code}/assessments/{year}")).isTrue();
        assertThat(paths.fieldNames()).toIterable().allMatch(p -> p.startsWith("/api/"));
        ResponseEntity<String> ui = rest.withBasicAuth("admin", "demo").getForEntity("/swagger-ui/index.html",
                String.class);
        assertThat(ui.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void othersAreRefused() {
        assertThat(rest.getForEntity("/v3/api-docs", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth(officer, "demo").getForEntity("/v3/api-docs", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(chairman, "demo").getForEntity("/swagger-ui/index.html", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}

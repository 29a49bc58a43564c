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

/** The OpenAPI description of /api and its UI: for administrators; refused to others, to anonymous callers 401. */
@IntegrationTest
class OpenApiTest {

    @Autowired TestRestTemplate rest;

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
        assertThat(rest.withBasicAuth(TestProvince.UNIT_OFFICER, "demo").getForEntity("/v3/api-docs", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(TestProvince.CHAIRMAN, "demo").getForEntity("/swagger-ui/index.html", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }
}

package vn.tdkt.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestOrganisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Admins place users in units; the user's per-unit groups follow; others are refused. */
@IntegrationTest
class UserProfileApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired IdentityService identityService;
    @Autowired UnitGroups unitGroups;
    @Autowired UserProfileRepository profiles;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void adminMovesAnOfficerAndTheUnitGroupsFollow() {
        String userId = "canbo.thu" + UUID.randomUUID().toString().substring(0, 6);
        User user = identityService.newUser(userId);
        user.setFirstName("Nguyễn Văn");
        user.setLastName("Thử");
        user.setPassword("demo");
        identityService.saveUser(user);
        identityService.createMembership(userId, Role.UNIT_OFFICER.groupId());

        ResponseEntity<Map> first = put("admin", userId, "{\"unitCode\":\"stp\"}", Map.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(first.getBody()).containsEntry("unitCode", "stp");
        assertThat(first.getBody().get("groupIds").toString()).contains("unit-officer.stp");

        ResponseEntity<Map> moved = put("admin", userId, "{\"unitCode\":\"syt\"}", Map.class);
        assertThat(moved.getBody()).containsEntry("unitName", "Sở Y tế");
        assertThat(moved.getBody().get("groupIds").toString()).contains("unit-officer.syt")
                .doesNotContain("unit-officer.stp");
    }

    @Test
    void refusalsChangeNothing() {
        ResponseEntity<String> unknownUnit = put("admin", "canbo.stp", "{\"unitCode\":\"khong-co\"}", String.class);
        assertThat(unknownUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownUnit.getBody()).contains("UNKNOWN_UNIT").contains("khong-co");
        // a unit merged into Sở Tư pháp last year
        TestOrganisation org = new TestOrganisation(rest, identityService, unitGroups, profiles, jdbc);
        String ended = org.unit("dv-sap-nhap-" + UUID.randomUUID().toString().substring(0, 6), "Phòng Công chứng số 9");
        org.admin(HttpMethod.POST, "/api/units/" + ended + "/end", "{\"validTo\":\"" + (LocalDate.now(clock).getYear() - 1)
                + "-12-31\",\"reason\":\"MERGED\",\"successorCode\":\"stp\"}");
        ResponseEntity<String> merged = put("admin", "canbo.stp", "{\"unitCode\":\"" + ended + "\"}", String.class);
        assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(merged.getBody()).contains("đã kết thúc");
        assertThat(put("admin", "khong-ai", "{\"unitCode\":\"stp\"}", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(put("canbo.stp", "canbo.stp", "{\"unitCode\":\"syt\"}", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("canbo.stp", "demo").getForObject("/api/user-profiles/canbo.stp", Map.class))
                .containsEntry("unitCode", "stp");
    }

    private <T> ResponseEntity<T> put(String caller, String userId, String json, Class<T> type) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(caller, "demo").exchange("/api/user-profiles/" + userId, HttpMethod.PUT,
                new HttpEntity<>(json, headers), type);
    }
}

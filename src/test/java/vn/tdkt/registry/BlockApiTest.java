package vn.tdkt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class BlockApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void theProvincesBlockShowsMembersAndOfficersOfTheYear() {
        RegistryApi api = RegistryApi.as(rest, TestProvince.UNIT_OFFICER);
        int year = LocalDate.now(clock).getYear();
        assertThat(UnitApiTest.codes(api.get("/api/blocks").getBody())).contains(TestProvince.BLOCK);
        JsonNode nc = api.get("/api/blocks/" + TestProvince.BLOCK + "?year=" + year).getBody();
        assertThat(nc.path("year").asInt()).isEqualTo(year);
        assertThat(nc.path("name").asText()).isEqualTo("Khối Nội chính");
        assertThat(UnitApiTest.codes(nc.path("members"))).contains(TestProvince.UNIT, TestProvince.BLOCK_LEADER_UNIT,
                TestProvince.THIRD_MEMBER_UNIT);
        assertThat(nc.path("leader").path("code").asText()).isNotBlank();
        assertThat(UnitApiTest.codes(nc.path("members"))).contains(nc.path("leader").path("code").asText(),
                nc.path("deputy").path("code").asText());
        ResponseEntity<JsonNode> missing = api.get("/api/blocks/KHONG");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("message").asText()).isEqualTo("Không tìm thấy khối thi đua có mã 'KHONG'.");
    }

    @Test
    void adminBuildsABlockWithMembersAndOfficers() {
        RegistryApi api = RegistryApi.admin(rest);
        int year = LocalDate.now(clock).getYear();
        String code = RegistryApi.unique("K");
        String a = api.createUnit("DOANH_NGHIEP");
        String b = api.createUnit("DOANH_NGHIEP");
        String c = api.createUnit("DOANH_NGHIEP");

        assertThat(RegistryApi.as(rest, "canbo.stp").post("/api/blocks", Map.of("code", code, "name", "Khối thử"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<JsonNode> created = api.post("/api/blocks",
                Map.of("code", code, "name", "Khối Doanh nghiệp thử", "description", "Khối để kiểm thử"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("members").size()).isZero();

        ResponseEntity<JsonNode> members = api.put("/api/blocks/" + code + "/years/" + year + "/members",
                Map.of("unitCodes", List.of(a, b, c)));
        assertThat(members.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(UnitApiTest.codes(members.getBody().path("members"))).containsExactlyInAnyOrder(a, b, c);
        // every block keeps a leader this year (a demo invariant)
        ResponseEntity<JsonNode> officers = api.put("/api/blocks/" + code + "/years/" + year + "/officers",
                Map.of("leaderUnitCode", a, "deputyUnitCode", b));
        assertThat(officers.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(officers.getBody().path("leader").path("code").asText()).isEqualTo(a);
        assertThat(officers.getBody().path("deputy").path("code").asText()).isEqualTo(b);

        JsonNode read = RegistryApi.as(rest, "thanhtra").get("/api/blocks/" + code + "?year=" + year).getBody();
        assertThat(read.path("name").asText()).isEqualTo("Khối Doanh nghiệp thử");
        assertThat(read.path("leader").path("code").asText()).isEqualTo(a);

        // dropping the deputy from the members also drops it from office; the leader stays
        JsonNode shrunk = api.put("/api/blocks/" + code + "/years/" + year + "/members",
                Map.of("unitCodes", List.of(a, c))).getBody();
        assertThat(UnitApiTest.codes(shrunk.path("members"))).containsExactlyInAnyOrder(a, c);
        assertThat(shrunk.path("leader").path("code").asText()).isEqualTo(a);
        assertThat(shrunk.path("deputy").isNull()).isTrue();

        ResponseEntity<JsonNode> duplicate = api.post("/api/blocks", Map.of("code", code, "name", "Khối khác"));
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().path("code").asText()).isEqualTo("BLOCK_CODE_EXISTS");
    }

    @Test
    void aUnitBelongsToOneBlockPerYear() {
        RegistryApi api = RegistryApi.admin(rest);
        int year = LocalDate.now(clock).getYear();
        String code = blockWithOfficers(api);
        // a unit dissolved at the end of last year
        String dissolved = api.createEndedUnit("2020-01-01", (year - 1) + "-12-31", null);
        String own = api.createUnit("KHAC");
        long before = memberships();
        ResponseEntity<JsonNode> conflict = api.put("/api/blocks/" + code + "/years/" + year + "/members",
                Map.of("unitCodes", List.of(own, TestProvince.UNIT)));
        assertThat(conflict.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(conflict.getBody().path("code").asText()).isEqualTo("UNIT_IN_OTHER_BLOCK");
        assertThat(conflict.getBody().path("message").asText())
                .contains("'stp' đã thuộc khối 'NC'").contains(String.valueOf(year));
        assertThat(memberships()).isEqualTo(before);

        ResponseEntity<JsonNode> unknown = api.put("/api/blocks/" + code + "/years/" + year + "/members",
                Map.of("unitCodes", List.of(own, "khong-co")));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("code").asText()).isEqualTo("UNKNOWN_UNIT");
        assertThat(unknown.getBody().path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã 'khong-co'.");

        ResponseEntity<JsonNode> ended = api.put("/api/blocks/" + code + "/years/" + year + "/members",
                Map.of("unitCodes", List.of(dissolved)));
        assertThat(ended.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(ended.getBody().path("code").asText()).isEqualTo("UNIT_NOT_ACTIVE");
        assertThat(ended.getBody().path("message").asText()).contains("'" + dissolved + "'").contains(String.valueOf(year));

        ResponseEntity<JsonNode> twice = api.put("/api/blocks/" + code + "/years/" + year + "/members",
                Map.of("unitCodes", List.of(own, own)));
        assertThat(twice.getBody().path("code").asText()).isEqualTo("DUPLICATE_UNIT_IN_LIST");

        Map<String, Object> nullList = new HashMap<>();
        nullList.put("unitCodes", null);
        ResponseEntity<JsonNode> missing = api.put("/api/blocks/" + code + "/years/" + year + "/members", nullList);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().path("details").toString()).contains("unitCodes");
        assertThat(memberships()).isEqualTo(before);
    }

    @Test
    void officersMustBeDistinctMembers() {
        RegistryApi api = RegistryApi.admin(rest);
        String code = blockWithOfficers(api);
        int year = LocalDate.now(clock).getYear();
        String leader = api.get("/api/blocks/" + code + "?year=" + year).getBody().path("leader").path("code").asText();

        ResponseEntity<JsonNode> outsider = api.put("/api/blocks/" + code + "/years/" + year + "/officers",
                Map.of("leaderUnitCode", "stp"));
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outsider.getBody().path("code").asText()).isEqualTo("OFFICER_NOT_MEMBER");
        assertThat(outsider.getBody().path("message").asText()).contains("'stp' không phải thành viên")
                .contains("khối trưởng");

        ResponseEntity<JsonNode> same = api.put("/api/blocks/" + code + "/years/" + year + "/officers",
                Map.of("leaderUnitCode", leader, "deputyUnitCode", leader));
        assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(same.getBody().path("code").asText()).isEqualTo("OFFICERS_NOT_DISTINCT");
        assertThat(same.getBody().path("message").asText()).contains("khác nhau");

        assertThat(api.get("/api/blocks/" + code + "?year=" + year).getBody().path("leader").path("code").asText())
                .isEqualTo(leader);
    }

    /** A new block whose two test units are members this year, the first one its leader. */
    private String blockWithOfficers(RegistryApi api) {
        int year = LocalDate.now(clock).getYear();
        String code = RegistryApi.unique("K");
        String a = api.createUnit("KHAC");
        String b = api.createUnit("KHAC");
        assertThat(api.post("/api/blocks", Map.of("code", code, "name", "Khối thử")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        api.put("/api/blocks/" + code + "/years/" + year + "/members", Map.of("unitCodes", List.of(a, b)));
        assertThat(api.put("/api/blocks/" + code + "/years/" + year + "/officers", Map.of("leaderUnitCode", a))
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        return code;
    }

    private long memberships() {
        return jdbc.sql("SELECT COUNT(*) FROM block_membership").query(Long.class).single();
    }
}

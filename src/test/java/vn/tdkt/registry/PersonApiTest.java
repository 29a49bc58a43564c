package vn.tdkt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PersonApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void adminCreatesReadsAndUpdatesAPerson() {
        RegistryApi api = RegistryApi.admin(rest);
        String code = RegistryApi.unique("T");
        ResponseEntity<JsonNode> created = api.post("/api/persons", RegistryApi.person(code, "Trần Thị Thử", "stp"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("unitName").asText()).isEqualTo("Sở Tư pháp");
        assertThat(created.getBody().path("genderLabel").asText()).isEqualTo("Nữ");
        assertThat(created.getBody().path("active").asBoolean()).isTrue();

        JsonNode read = RegistryApi.as(rest, "canbo.stp").get("/api/persons/" + code).getBody();
        assertThat(read.path("fullName").asText()).isEqualTo("Trần Thị Thử");
        assertThat(read.path("birthDate").asText()).isEqualTo("1988-04-30");

        Map<String, Object> update = new HashMap<>(RegistryApi.person(code, "Trần Thị Thử Mới", "syt"));
        update.remove("code");
        update.put("gender", "Nam");
        update.put("jobTitle", "Phó Trưởng phòng");
        ResponseEntity<JsonNode> updated = api.put("/api/persons/" + code, update);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().path("unitCode").asText()).isEqualTo("syt");
        assertThat(updated.getBody().path("gender").asText()).isEqualTo("NAM");
        assertThat(jdbc.sql("SELECT job_title FROM person WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("Phó Trưởng phòng");
    }

    @Test
    void writesNeedAnAdmin() {
        Map<String, Object> body = RegistryApi.person(RegistryApi.unique("T"), "Lê Văn Không", "stp");
        assertThat(RegistryApi.anonymous(rest).post("/api/persons", body).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RegistryApi.as(rest, "canbo.stp").post("/api/persons", body).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count(body.get("code").toString())).isZero();
        String existing = RegistryApi.admin(rest).createPerson("stp", "Lê Thị Đọc");
        assertThat(RegistryApi.as(rest, "canbo.stp").get("/api/persons/" + existing).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    @Test
    void unitMustExistAndBeActiveToday() {
        RegistryApi api = RegistryApi.admin(rest);
        String code = RegistryApi.unique("T");
        ResponseEntity<JsonNode> unknown = api.post("/api/persons", RegistryApi.person(code, "Ngô Văn A", "khong-co"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("code").asText()).isEqualTo("UNKNOWN_UNIT");
        assertThat(unknown.getBody().path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã 'khong-co'.");

        // a unit merged into Sở Tư pháp at the end of last year
        String ended = api.createEndedUnit("2020-01-01", (LocalDate.now(clock).getYear() - 1) + "-12-31", "stp");
        ResponseEntity<JsonNode> merged = api.post("/api/persons", RegistryApi.person(code, "Ngô Văn A", ended));
        assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(merged.getBody().path("code").asText()).isEqualTo("UNIT_NOT_ACTIVE");
        assertThat(merged.getBody().path("message").asText()).contains("không còn hoạt động").contains("'stp'");

        Map<String, Object> badGender = new HashMap<>(RegistryApi.person(code, "Ngô Văn A", "stp"));
        badGender.put("gender", "X");
        ResponseEntity<JsonNode> gender = api.post("/api/persons", badGender);
        assertThat(gender.getBody().path("code").asText()).isEqualTo("UNKNOWN_GENDER");
        assertThat(gender.getBody().path("message").asText()).contains("Giới tính 'X' không hợp lệ");
        assertThat(count(code)).isZero();
    }

    @Test
    void duplicateCodeIsRefusedAndChangesNothing() {
        RegistryApi api = RegistryApi.admin(rest);
        String existing = api.createPerson("stp", "Đinh Thị Trùng");
        ResponseEntity<JsonNode> duplicate = api.post("/api/persons", RegistryApi.person(existing, "Người Khác", "stp"));
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().path("code").asText()).isEqualTo("PERSON_CODE_EXISTS");
        assertThat(duplicate.getBody().path("message").asText()).contains("'" + existing + "'");
        assertThat(jdbc.sql("SELECT full_name FROM person WHERE code = ?").param(existing).query(String.class).single())
                .isEqualTo("Đinh Thị Trùng");
        assertThat(api.get("/api/persons/KHONG-CO").getBody().path("message").asText())
                .isEqualTo("Không tìm thấy cán bộ có mã 'KHONG-CO'.");
    }

    @Test
    void searchIgnoresCaseAndPages() {
        RegistryApi api = RegistryApi.admin(rest);
        String unit = api.createUnit("KHAC");
        String first = api.createPerson(unit, "Nguyễn Thị Hồng Nhung");
        String second = api.createPerson(unit, "Nguyễn Văn Hùng");
        api.createPerson(unit, "Phạm Minh Tuấn");

        JsonNode all = api.get("/api/persons?unitCode=" + unit).getBody();
        assertThat(all.path("total").asLong()).isEqualTo(3);
        JsonNode found = api.get("/api/persons?unitCode=" + unit + "&q=NGUYỄN").getBody();
        assertThat(found.path("total").asLong()).isEqualTo(2);
        assertThat(UnitApiTest.codes(found.path("items"))).containsExactlyInAnyOrder(first, second);
        assertThat(api.get("/api/persons?unitCode=" + unit + "&q=hồng nhung").getBody().path("total").asLong())
                .isEqualTo(1);
        assertThat(api.get("/api/persons?unitCode=" + unit + "&q=%25").getBody().path("total").asLong()).isZero();

        JsonNode page = api.get("/api/persons?unitCode=" + unit + "&page=1&size=2").getBody();
        assertThat(page.path("items").size()).isEqualTo(1);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("total").asLong()).isEqualTo(3);

        ResponseEntity<JsonNode> tooBig = api.get("/api/persons?size=500");
        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooBig.getBody().path("code").asText()).isEqualTo("BAD_PAGE");
        assertThat(tooBig.getBody().path("message").asText()).contains("200");
        assertThat(api.get("/api/persons?unitCode=khong-co").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private long count(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM person WHERE code = ?").param(code).query(Long.class).single();
    }
}

package vn.tdkt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class UnitApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @Test
    void adminCreatesReadsAndUpdatesAUnit() {
        RegistryApi api = RegistryApi.admin(rest);
        String code = RegistryApi.unique("t");
        ResponseEntity<JsonNode> created = api.post("/api/units",
                RegistryApi.unit(code, "Sở Thử nghiệm", "SO_NGANH", "2020-01-01", "2099-12-31"));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation().getPath()).isEqualTo("/api/units/" + code);
        assertThat(created.getBody().path("unitTypeLabel").asText()).isEqualTo("Sở, ban, ngành tỉnh");
        assertThat(created.getBody().path("activeToday").asBoolean()).isTrue();

        JsonNode read = api.get("/api/units/" + code).getBody();
        assertThat(read.path("name").asText()).isEqualTo("Sở Thử nghiệm");
        assertThat(read.path("validFrom").asText()).isEqualTo("2020-01-01");

        ResponseEntity<JsonNode> updated = api.put("/api/units/" + code, Map.of("name", "Trung tâm Thử nghiệm",
                "unitType", "Đơn vị sự nghiệp", "email", "tt@tayninh.gov.vn", "validFrom", "2021-01-01",
                "validTo", "2099-12-31"));
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().path("unitType").asText()).isEqualTo("DON_VI_SU_NGHIEP");
        assertThat(jdbc.sql("SELECT name FROM org_unit WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("Trung tâm Thử nghiệm");
    }

    @Test
    void readsAreForEveryUserWritesForAdminsOnly() {
        Map<String, Object> body = RegistryApi.unit(RegistryApi.unique("t"), "Đơn vị", "KHAC", "2020-01-01", null);
        ResponseEntity<JsonNode> anonymous = RegistryApi.anonymous(rest).post("/api/units", body);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<JsonNode> officer = RegistryApi.as(rest, "canbo.stp").post("/api/units", body);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.getBody().path("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(RegistryApi.as(rest, "canbo.stp").put("/api/units/stp", body).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(unitCount(body.get("code").toString())).isZero();

        ResponseEntity<JsonNode> read = RegistryApi.as(rest, "canbo.stp").get("/api/units/stp");
        assertThat(read.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read.getBody().path("name").asText()).isEqualTo("Sở Tư pháp");
        assertThat(RegistryApi.anonymous(rest).get("/api/units").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void duplicateCodeIsAConflictAndChangesNothing() {
        RegistryApi api = RegistryApi.admin(rest);
        ResponseEntity<JsonNode> duplicate = api.post("/api/units",
                RegistryApi.unit("stp", "Sở Tư pháp mới", "SO_NGANH", "2020-01-01", null));
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().path("code").asText()).isEqualTo("UNIT_CODE_EXISTS");
        assertThat(duplicate.getBody().path("message").asText()).contains("Đã có đơn vị").contains("'stp'");
        assertThat(jdbc.sql("SELECT name FROM org_unit WHERE code = 'stp'").query(String.class).single())
                .isEqualTo("Sở Tư pháp");
    }

    @Test
    void unknownUnitAndBadInputGetVietnameseErrors() {
        RegistryApi api = RegistryApi.admin(rest);
        ResponseEntity<JsonNode> missing = api.get("/api/units/khong-co");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("code").asText()).isEqualTo("UNIT_NOT_FOUND");
        assertThat(missing.getBody().path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã 'khong-co'.");

        String code = RegistryApi.unique("t");
        ResponseEntity<JsonNode> badType = api.post("/api/units",
                RegistryApi.unit(code, "Đơn vị", "BO_NGANH", "2020-01-01", null));
        assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badType.getBody().path("code").asText()).isEqualTo("UNKNOWN_UNIT_TYPE");
        assertThat(badType.getBody().path("message").asText()).contains("Loại đơn vị 'BO_NGANH' không hợp lệ")
                .contains("UBND_XA (UBND xã, phường, đặc khu)");

        ResponseEntity<JsonNode> blank = api.post("/api/units", Map.of("code", code, "unitType", "KHAC",
                "email", "khong-phai-email"));
        assertThat(blank.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(blank.getBody().path("code").asText()).isEqualTo("VALIDATION_FAILED");
        assertThat(blank.getBody().path("details").toString()).contains("Tên đơn vị không được để trống.")
                .contains("Địa chỉ email không hợp lệ.").contains("Ngày hiệu lực từ không được để trống.");

        ResponseEntity<JsonNode> dates = api.post("/api/units",
                RegistryApi.unit(code, "Đơn vị", "KHAC", "2024-01-01", "2023-12-31"));
        assertThat(dates.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(dates.getBody().path("code").asText()).isEqualTo("INVALID_DATES");
        assertThat(dates.getBody().path("message").asText()).contains("31/12/2023").contains("01/01/2024");
        assertThat(unitCount(code)).isZero();

        assertThat(api.get("/api/units?type=XYZ").getBody().path("code").asText()).isEqualTo("UNKNOWN_UNIT_TYPE");
    }

    @Test
    void listFiltersByActiveDayAndType() {
        // a merger on 1 March 2025: the old unit ends on 28 February, merged into a unit new from 1 March
        RegistryApi admin = RegistryApi.admin(rest);
        String created = RegistryApi.unique("t");
        assertThat(admin.post("/api/units", RegistryApi.unit(created, "Sở sau sáp nhập (thử)", "SO_NGANH", "2025-03-01",
                null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String merged = admin.createEndedUnit("2010-01-01", "2025-02-28", created);

        RegistryApi api = RegistryApi.as(rest, "canbo.stp");
        List<String> before = codes(api.get("/api/units?activeOn=2025-02-01").getBody());
        List<String> after = codes(api.get("/api/units?activeOn=2025-06-01").getBody());
        assertThat(before).contains(merged, "stp").doesNotContain(created);
        assertThat(after).contains("stp", created).doesNotContain(merged);

        JsonNode old = api.get("/api/units/" + merged).getBody();
        assertThat(old.path("endReason").asText()).isEqualTo("MERGED");
        assertThat(old.path("successorCode").asText()).isEqualTo(created);
        assertThat(old.path("activeToday").asBoolean()).isFalse();

        JsonNode central = api.get("/api/units?type=CO_QUAN_TRUNG_UONG").getBody();
        assertThat(codes(central)).contains("cat", "vksnd").doesNotContain("stp");
        assertThat(central.get(0).path("unitTypeLabel").asText()).isEqualTo("Cơ quan Trung ương đóng trên địa bàn");
    }

    @Test
    void unitsMergeIntoAnActiveSuccessorOrDissolve() {
        RegistryApi api = RegistryApi.admin(rest);
        String merged = api.createUnit("SO_NGANH");
        String dissolved = api.createUnit("DOANH_NGHIEP");
        // units created by tests end in 2099; end them first through PUT to test /end on an open unit
        api.put("/api/units/" + merged, Map.of("name", "Sở sẽ sáp nhập", "unitType", "SO_NGANH",
                "validFrom", "2020-01-01"));

        ResponseEntity<JsonNode> noSuccessor = api.post("/api/units/" + merged + "/end",
                Map.of("validTo", "2025-02-28", "reason", "MERGED"));
        assertThat(noSuccessor.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noSuccessor.getBody().path("code").asText()).isEqualTo("SUCCESSOR_REQUIRED");

        ResponseEntity<JsonNode> unknown = api.post("/api/units/" + merged + "/end",
                Map.of("validTo", "2025-02-28", "reason", "MERGED", "successorCode", "khong-co"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody().path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã 'khong-co'.");

        // the successor only exists from 01/03/2025: not active the day after 31/12/2024
        String successor = RegistryApi.unique("t");
        assertThat(api.post("/api/units", RegistryApi.unit(successor, "Sở Dân tộc và Tôn giáo (thử)", "SO_NGANH",
                "2025-03-01", null)).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> notActive = api.post("/api/units/" + merged + "/end",
                Map.of("validTo", "2024-12-31", "reason", "MERGED", "successorCode", successor));
        assertThat(notActive.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notActive.getBody().path("code").asText()).isEqualTo("SUCCESSOR_NOT_ACTIVE");
        assertThat(notActive.getBody().path("message").asText()).contains("01/01/2025");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ? AND valid_to IS NULL")
                .param(merged).query(Long.class).single()).isEqualTo(1);

        ResponseEntity<JsonNode> ok = api.post("/api/units/" + merged + "/end",
                Map.of("validTo", "2025-02-28", "reason", "MERGED", "successorCode", successor));
        assertThat(ok.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(ok.getBody().path("successorCode").asText()).isEqualTo(successor);
        assertThat(ok.getBody().path("endReasonLabel").asText()).isEqualTo("Sáp nhập");
        assertThat(ok.getBody().path("activeToday").asBoolean()).isFalse();

        ResponseEntity<JsonNode> again = api.post("/api/units/" + merged + "/end",
                Map.of("validTo", "2025-03-31", "reason", "DISSOLVED"));
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(again.getBody().path("code").asText()).isEqualTo("UNIT_ALREADY_ENDED");

        // the test unit ends in 2099 already
        assertThat(api.post("/api/units/" + dissolved + "/end", Map.of("validTo", "2025-06-30", "reason",
                "DISSOLVED")).getBody().path("code").asText()).isEqualTo("UNIT_ALREADY_ENDED");
        api.put("/api/units/" + dissolved, Map.of("name", "Công ty thử", "unitType", "DOANH_NGHIEP",
                "validFrom", "2020-01-01"));
        ResponseEntity<JsonNode> withSuccessor = api.post("/api/units/" + dissolved + "/end",
                Map.of("validTo", "2025-06-30", "reason", "DISSOLVED", "successorCode", "stp"));
        assertThat(withSuccessor.getBody().path("code").asText()).isEqualTo("SUCCESSOR_NOT_ALLOWED");
        JsonNode gone = api.post("/api/units/" + dissolved + "/end",
                Map.of("validTo", "2025-06-30", "reason", "DISSOLVED")).getBody();
        assertThat(gone.path("endReason").asText()).isEqualTo("DISSOLVED");
        assertThat(gone.path("validTo").asText()).isEqualTo("2025-06-30");
        assertThat(gone.path("successorCode").isNull()).isTrue();
    }

    private long unitCount(String code) {
        return jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single();
    }

    static List<String> codes(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path("code").asText()).toList();
    }
}

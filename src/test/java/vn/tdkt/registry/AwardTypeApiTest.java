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

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AwardTypeApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @Test
    void catalogueIsReadableByEveryUser() {
        RegistryApi api = RegistryApi.as(rest, TestProvince.UNIT_OFFICER);
        JsonNode all = api.get("/api/award-types").getBody();
        assertThat(UnitApiTest.codes(all)).contains("LDTT", "CSTDCS", "CO_TINH", "BK_TINH");
        JsonNode cstdcs = api.get("/api/award-types/CSTDCS").getBody();
        assertThat(cstdcs.path("name").asText()).isEqualTo("Chiến sĩ thi đua cơ sở");
        assertThat(cstdcs.path("recipientKindLabel").asText()).isEqualTo("Cá nhân");
        assertThat(cstdcs.path("categoryLabel").asText()).isEqualTo("Danh hiệu thi đua");
        assertThat(cstdcs.path("bonusMultiplier").decimalValue()).isEqualByComparingTo("1.00");
        ResponseEntity<JsonNode> missing = api.get("/api/award-types/KHONG");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("code").asText()).isEqualTo("AWARD_TYPE_NOT_FOUND");
    }

    @Test
    void adminCreatesAndUpdatesAnAwardType() {
        RegistryApi api = RegistryApi.admin(rest);
        String code = RegistryApi.unique("T").toUpperCase();
        Map<String, Object> body = awardType(code);
        assertThat(RegistryApi.as(rest, TestProvince.UNIT_OFFICER).post("/api/award-types", body).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RegistryApi.anonymous(rest).post("/api/award-types", body).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> created = api.post("/api/award-types", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("decidingLevelLabel").asText()).isEqualTo("Tỉnh");
        assertThat(created.getBody().path("verified").asBoolean()).isFalse();
        assertThat(created.getBody().path("active").asBoolean()).isTrue();

        Map<String, Object> update = new HashMap<>(body);
        update.remove("code");
        update.put("name", "Giấy khen thử đã sửa");
        update.put("verified", true);
        update.put("bonusMultiplier", 0.5);
        ResponseEntity<JsonNode> updated = api.put("/api/award-types/" + code, update);
        assertThat(updated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(updated.getBody().path("verified").asBoolean()).isTrue();
        assertThat(jdbc.sql("SELECT name FROM award_type WHERE code = ?").param(code).query(String.class).single())
                .isEqualTo("Giấy khen thử đã sửa");

        ResponseEntity<JsonNode> duplicate = api.post("/api/award-types", body);
        assertThat(duplicate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(duplicate.getBody().path("code").asText()).isEqualTo("AWARD_TYPE_CODE_EXISTS");
    }

    /** Whether units may register for a title is the administrator's data; only collective titles can be. */
    @Test
    void onlyACollectiveTitleIsMarkedRegistrable() {
        RegistryApi api = RegistryApi.admin(rest);
        assertThat(api.get("/api/award-types/CO_CP").getBody().path("registrable").asBoolean()).isTrue();
        assertThat(api.get("/api/award-types/BK_TINH").getBody().path("registrable").asBoolean()).isFalse();

        String code = RegistryApi.unique("T").toUpperCase();
        Map<String, Object> form = new HashMap<>(awardType(code));
        form.put("registrable", true);
        ResponseEntity<JsonNode> refused = api.post("/api/award-types", form);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("NOT_REGISTRABLE");
        assertThat(refused.getBody().path("message").asText()).contains("Chỉ danh hiệu thi đua dành cho tập thể");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM award_type WHERE code = ?").param(code).query(Integer.class).single())
                .isZero();

        Map<String, Object> title = new HashMap<>(awardType(code));
        title.put("category", "DANH_HIEU");
        title.put("recipientKind", "TAP_THE");
        title.put("registrable", true);
        ResponseEntity<JsonNode> created = api.post("/api/award-types", title);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("registrable").asBoolean()).isTrue();
        // an update that does not mention it keeps it
        Map<String, Object> update = new HashMap<>(title);
        update.remove("code");
        update.remove("registrable");
        update.put("name", "Danh hiệu thử đã sửa");
        assertThat(api.put("/api/award-types/" + code, update).getBody().path("registrable").asBoolean()).isTrue();
        jdbc.sql("UPDATE award_type SET active = FALSE WHERE code = ?").param(code).update();
    }

    @Test
    void legalBasisAndCodeListsAreChecked() {
        RegistryApi api = RegistryApi.admin(rest);
        String code = RegistryApi.unique("T").toUpperCase();
        Map<String, Object> noBasis = new HashMap<>(awardType(code));
        noBasis.remove("legalBasis");
        ResponseEntity<JsonNode> missing = api.post("/api/award-types", noBasis);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().path("details").toString()).contains("Căn cứ pháp lý (legalBasis) không được để trống.");

        Map<String, Object> badKind = new HashMap<>(awardType(code));
        badKind.put("recipientKind", "GIA_DINH");
        ResponseEntity<JsonNode> kind = api.post("/api/award-types", badKind);
        assertThat(kind.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(kind.getBody().path("code").asText()).isEqualTo("UNKNOWN_RECIPIENT_KIND");
        assertThat(kind.getBody().path("message").asText()).contains("'GIA_DINH' không hợp lệ").contains("TAP_THE");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM award_type WHERE code = ?").param(code).query(Long.class).single())
                .isZero();
    }

    /**
     * The catalogue says per field what the sources confirm and the period of each entry; an entry with every field
     * confirmed is verified. A period ending before it starts is refused.
     */
    @Test
    void confirmationIsPerFieldAndEntriesAreDated() {
        RegistryApi api = RegistryApi.admin(rest);
        JsonNode ldtt = api.get("/api/award-types/LDTT").getBody();
        assertThat(ldtt.path("criteriaConfirmed").asBoolean()).isTrue();
        assertThat(ldtt.path("bonusConfirmed").asBoolean()).isTrue();
        assertThat(ldtt.path("deciderConfirmed").asBoolean()).as("the brief tags the decider [B]").isFalse();
        JsonNode bkTinh = api.get("/api/award-types/BK_TINH").getBody();
        assertThat(bkTinh.path("criteriaConfirmed").asBoolean()).as("collectives' criteria [B]").isFalse();
        assertThat(bkTinh.path("bonusConfirmed").asBoolean()).as("collective bonus [B]").isFalse();
        assertThat(bkTinh.path("deciderConfirmed").asBoolean()).isFalse();
        assertThat(bkTinh.path("verified").asBoolean()).isFalse();
        JsonNode xa = api.get("/api/award-types/XA_TIEU_BIEU").getBody();
        assertThat(xa.path("effectiveFrom").asText()).isEqualTo("2025-07-01");
        assertThat(xa.path("effectiveTo").isNull() || xa.path("effectiveTo").isMissingNode()).isTrue();

        String code = RegistryApi.unique("T").toUpperCase();
        Map<String, Object> body = new HashMap<>(awardType(code));
        body.put("deciderConfirmed", true);
        body.put("criteriaConfirmed", true);
        body.put("bonusConfirmed", false);
        body.put("effectiveFrom", "2025-07-01");
        ResponseEntity<JsonNode> created = api.post("/api/award-types", body);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("verified").asBoolean()).isFalse();
        assertThat(created.getBody().path("criteriaConfirmed").asBoolean()).isTrue();
        assertThat(created.getBody().path("effectiveFrom").asText()).isEqualTo("2025-07-01");

        Map<String, Object> update = new HashMap<>(body);
        update.remove("code");
        update.put("bonusConfirmed", true);
        ResponseEntity<JsonNode> updated = api.put("/api/award-types/" + code, update);
        assertThat(updated.getBody().path("verified").asBoolean()).isTrue();

        update.put("effectiveTo", "2025-06-30");
        ResponseEntity<JsonNode> backwards = api.put("/api/award-types/" + code, update);
        assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(backwards.getBody().path("code").asText()).isEqualTo("INVALID_PERIOD");
        JsonNode kept = api.get("/api/award-types/" + code).getBody().path("effectiveTo");
        assertThat(kept.isNull() || kept.isMissingNode()).as("nothing stored").isTrue();
    }

    private static Map<String, Object> awardType(String code) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code);
        body.put("name", "Giấy khen thử");
        body.put("category", "HINH_THUC");
        body.put("recipientKind", "CA_NHAN_TAP_THE");
        body.put("decidingLevel", "TINH");
        body.put("decider", "Chủ tịch UBND tỉnh");
        body.put("legalBasis", "Điều 75 Luật Thi đua, khen thưởng 2022");
        body.put("bonusMultiplier", 0.3);
        body.put("note", "Dùng cho kiểm thử");
        return body;
    }
}

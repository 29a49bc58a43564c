package vn.tdkt.notification;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** GET /api/notifications: staff read every row of a dossier, a unit's people only their unit's, others none. */
@IntegrationTest
class NotificationApiTest {

    static final String PASSWORD = "demo";

    @Autowired TestRestTemplate rest;
    @Autowired NotificationService notifications;

    private String businessKey;

    @BeforeEach
    void queueForTwoUnits() {
        businessKey = "ho-so-" + UUID.randomUUID();
        notifications.notifyUnit("stp", "Quyết định khen thưởng số 123/QĐ-UBND đã được ký",
                "Kính gửi Sở Tư pháp: quyết định đã được ký.", businessKey, "pi-stp");
        notifications.notifyUnit("snv", "Hồ sơ đề nghị bị trả lại", "Kính gửi Sở Nội vụ: hồ sơ bị trả lại.",
                businessKey, "pi-snv");
    }

    @Test
    void staffReadEveryRowOfTheDossier() {
        for (String user : List.of("thanhtra", "tiepnhan", "thamdinh", "lanhdao.snv", "admin")) {
            ResponseEntity<JsonNode> response = get(user, "/api/notifications?businessKey=" + businessKey);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(unitsOf(response.getBody())).as(user).containsExactlyInAnyOrder("stp", "snv");
        }
        JsonNode stp = rowOf(get("thanhtra", "/api/notifications?businessKey=" + businessKey).getBody(), "stp");
        assertThat(stp.get("subject").asText()).isEqualTo("Quyết định khen thưởng số 123/QĐ-UBND đã được ký");
        assertThat(stp.get("body").asText()).isEqualTo("Kính gửi Sở Tư pháp: quyết định đã được ký.");
        assertThat(stp.get("status").asText()).isEqualTo("PENDING");
        assertThat(stp.get("attempts").asInt()).isZero();
        assertThat(stp.get("processInstanceId").asText()).isEqualTo("pi-stp");
        assertThat(stp.get("recipients").toString()).contains("canbo.stp@tayninh.gov.vn");
        assertThat(stp.get("createdAt").asText()).endsWith("+07:00");
    }

    @Test
    void filtersByProcessInstance() {
        ResponseEntity<JsonNode> response = get("thanhtra",
                "/api/notifications?businessKey=" + businessKey + "&processInstanceId=pi-snv");
        assertThat(unitsOf(response.getBody())).containsExactly("snv");
    }

    @Test
    void unitPeopleReadOnlyTheirUnitsRows() {
        for (String user : List.of("canbo.stp", "thutruong.stp")) {
            ResponseEntity<JsonNode> response = get(user, "/api/notifications?businessKey=" + businessKey);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(unitsOf(response.getBody())).as(user).containsExactly("stp");
        }
        ResponseEntity<JsonNode> otherUnit = get(TestProvince.OTHER_UNIT_OFFICER, "/api/notifications?businessKey=" + businessKey);
        assertThat(otherUnit.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(otherUnit.getBody()).isEmpty();
    }

    @Test
    void othersAreRefused() {
        ResponseEntity<JsonNode> chairman = get("chutich", "/api/notifications?businessKey=" + businessKey);
        assertThat(chairman.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(chairman.getBody().get("code").asText()).isEqualTo("FORBIDDEN");
        assertThat(chairman.getBody().get("message").asText()).contains("thông báo");

        assertThat(rest.getForEntity("/api/notifications?businessKey=" + businessKey, JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<JsonNode> get(String user, String url) {
        return rest.withBasicAuth(user, PASSWORD).getForEntity(url, JsonNode.class);
    }

    private static List<String> unitsOf(JsonNode rows) {
        List<String> units = new ArrayList<>();
        rows.forEach(row -> units.add(row.get("recipientUnitCode").asText()));
        return units;
    }

    private static JsonNode rowOf(JsonNode rows, String unit) {
        for (JsonNode row : rows) {
            if (row.get("recipientUnitCode").asText().equals(unit)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + unit);
    }
}

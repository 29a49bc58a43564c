package vn.tdkt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.eligibility.EligibilityAssessor;
import vn.tdkt.eligibility.NomineeAssessment;
import vn.tdkt.eligibility.NomineeHistoryRepository;
import vn.tdkt.registry.common.Today;
import vn.tdkt.support.IntegrationTest;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's annual assessment (rating, months worked, maternity leave) entered by an administrator and read by the
 * eligibility rules: six months worked and six of maternity leave make a year of work where the legal parameters say
 * maternity counts. Refused to anyone else, and bad input changes nothing.
 */
@IntegrationTest
class AnnualAssessmentApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired EligibilityAssessor assessor;
    @Autowired NomineeHistoryRepository registry;
    @Autowired Today today;

    @Test
    void maternityLeaveEnteredByTheAdminCountsAsWork() {
        RegistryApi admin = RegistryApi.admin(rest);
        String code = RegistryApi.unique("T");
        assertThat(admin.post("/api/persons", RegistryApi.person(code, "Phạm Thị Thai Sản", "stp")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        int year = today.year() - 1;
        String path = "/api/persons/" + code + "/assessments/" + year;

        ResponseEntity<JsonNode> onlyWorked = admin.put(path, body("TOT", 6, null));
        assertThat(onlyWorked.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(codes(assess(code, year))).as("6 months without maternity leave").contains("LDTT_THOI_GIAN");

        ResponseEntity<JsonNode> withLeave = admin.put(path, body("TOT", 6, 6));
        assertThat(withLeave.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(withLeave.getBody().path("maternityMonths").asInt()).isEqualTo(6);
        assertThat(admin.get(path).getBody().path("taskRating").asText()).isEqualTo("TOT");
        assertThat(codes(assess(code, year))).as("6 worked + 6 maternity = 12").doesNotContain("LDTT_THOI_GIAN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM annual_assessment a JOIN person p ON p.id = a.person_id"
                + " WHERE p.code = ?").param(code).query(Integer.class).single()).as("one row per year").isOne();
    }

    @Test
    void onlyAnAdministratorReadsOrWritesAssessmentsAndBadInputChangesNothing() {
        RegistryApi admin = RegistryApi.admin(rest);
        String code = RegistryApi.unique("T");
        admin.post("/api/persons", RegistryApi.person(code, "Võ Văn Đánh Giá", "stp"));
        int year = today.year() - 1;
        String path = "/api/persons/" + code + "/assessments/" + year;
        assertThat(admin.put(path, body("XUAT_SAC", 12, 0)).getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(RegistryApi.as(rest, "canbo.stp").put(path, body("TOT", 1, 0)).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RegistryApi.as(rest, "canbo.stp").get(path).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RegistryApi.anonymous(rest).get(path).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> over = admin.put(path, body("TOT", 8, 6));
        assertThat(over.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(over.getBody().path("code").asText()).isEqualTo("MONTHS_OVER_YEAR");
        assertThat(over.getBody().path("message").asText()).contains("không được quá 12 tháng");
        ResponseEntity<JsonNode> rating = admin.put(path, body("GIOI", 12, 0));
        assertThat(rating.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(rating.getBody().toString()).contains("Xếp loại nhiệm vụ");
        ResponseEntity<JsonNode> future = admin.put("/api/persons/" + code + "/assessments/" + (today.year() + 1),
                body("TOT", 12, 0));
        assertThat(future.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(future.getBody().path("code").asText()).isEqualTo("BAD_YEAR");
        assertThat(admin.get("/api/persons/KHONG-CO/assessments/" + year).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        assertThat(admin.get(path).getBody().path("taskRating").asText()).as("nothing changed").isEqualTo("XUAT_SAC");
    }

    private List<NomineeAssessment> assess(String code, int year) {
        return assessor.assess("LDTT", "CONG_TRANG", year, List.of(registry.person(code).orElseThrow()), Set.of());
    }

    private static List<String> codes(List<NomineeAssessment> assessed) {
        return assessed.get(0).reasons().stream().map(NomineeAssessment.Reason::code).toList();
    }

    private static Map<String, Object> body(String rating, Integer worked, Integer maternity) {
        Map<String, Object> b = new HashMap<>();
        b.put("taskRating", rating);
        b.put("monthsWorked", worked);
        b.put("maternityMonths", maternity);
        return b;
    }
}

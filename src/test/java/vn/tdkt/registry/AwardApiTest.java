package vn.tdkt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.registry.award.AwardHistoryService;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AwardApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired AwardHistoryService history;

    @Test
    void adminRecordsAwardsAndEveryUserReadsThem() {
        RegistryApi api = RegistryApi.admin(rest);
        String person = api.createPerson("stp", "Võ Thị Khen");
        String ref = RegistryApi.unique("TT");
        assertThat(RegistryApi.as(rest, "canbo.stp").post("/api/awards",
                RegistryApi.award("LDTT", person, null, 2024, null, ref)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(RegistryApi.anonymous(rest).post("/api/awards",
                RegistryApi.award("LDTT", person, null, 2024, null, ref)).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<JsonNode> created = api.post("/api/awards", RegistryApi.award("LDTT", person, null, 2024, null, ref));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("awardTypeName").asText()).isEqualTo("Lao động tiên tiến");
        assertThat(created.getBody().path("commendationKind").asText()).isEqualTo("CONG_TRANG");
        assertThat(created.getBody().path("personName").asText()).isEqualTo("Võ Thị Khen");
        assertThat(created.getBody().path("achievementRef").asText()).isEqualTo(ref);
        // decided on 15/01/2025: given under Decree 98/2023, and the record keeps it
        assertThat(created.getBody().path("legalRegime").asText()).isEqualTo("ND_98_2023");
        assertThat(created.getBody().path("legalRegimeName").asText())
                .isEqualTo("Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP");
        assertThat(jdbc.sql("SELECT legal_regime FROM award_record WHERE id = ?")
                .param(created.getBody().path("id").asLong()).query(String.class).single()).isEqualTo("ND_98_2023");
        ResponseEntity<JsonNode> later = api.post("/api/awards", RegistryApi.award("LDTT", person, null, 2025, null,
                RegistryApi.unique("TT")));
        assertThat(later.getBody().path("legalRegime").asText()).as("decided on 15/01/2026").isEqualTo("ND_152_2025");

        ResponseEntity<JsonNode> mine = RegistryApi.as(rest, "canbo.stp").get("/api/persons/" + person + "/awards");
        assertThat(mine.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(mine.getBody().size()).isEqualTo(2);
        JsonNode filtered = api.get("/api/awards?personCode=" + person + "&year=2024&awardType=LDTT").getBody();
        assertThat(filtered.size()).isEqualTo(1);
        assertThat(api.get("/api/awards?personCode=" + person + "&year=2023").getBody().size()).isZero();

        String unit = api.createUnit("KHAC");
        ResponseEntity<JsonNode> collective = api.post("/api/awards",
                RegistryApi.award("BK_TINH", null, unit, 2024, "CHUYEN_DE", null));
        assertThat(collective.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(collective.getBody().path("commendationKindLabel").asText()).isEqualTo("Khen thưởng theo chuyên đề");
        assertThat(api.get("/api/awards?unitCode=" + unit).getBody().get(0).path("awardTypeCode").asText())
                .isEqualTo("BK_TINH");
        assertThat(api.get("/api/units/" + unit + "/awards").getBody().size()).isEqualTo(1);
    }

    @Test
    void recipientMustMatchTheKindOfTheAward() {
        RegistryApi api = RegistryApi.admin(rest);
        String person = api.createPerson("stp", "Đặng Văn Sai");
        String unit = api.createUnit("KHAC");
        long before = awards();

        ResponseEntity<JsonNode> individualToUnit = api.post("/api/awards",
                RegistryApi.award("CSTDCS", null, unit, 2024, null, null));
        assertThat(individualToUnit.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(individualToUnit.getBody().path("code").asText()).isEqualTo("RECIPIENT_KIND_MISMATCH");
        assertThat(individualToUnit.getBody().path("message").asText()).contains("chỉ dành cho cá nhân");

        ResponseEntity<JsonNode> collectiveToPerson = api.post("/api/awards",
                RegistryApi.award("CO_TINH", person, null, 2024, null, null));
        assertThat(collectiveToPerson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(collectiveToPerson.getBody().path("message").asText()).contains("chỉ dành cho tập thể");

        ResponseEntity<JsonNode> both = api.post("/api/awards", RegistryApi.award("BK_TINH", person, unit, 2024, null, null));
        assertThat(both.getBody().path("code").asText()).isEqualTo("RECIPIENT_REQUIRED");
        ResponseEntity<JsonNode> none = api.post("/api/awards", RegistryApi.award("BK_TINH", null, null, 2024, null, null));
        assertThat(none.getBody().path("code").asText()).isEqualTo("RECIPIENT_REQUIRED");

        ResponseEntity<JsonNode> unknownType = api.post("/api/awards",
                RegistryApi.award("KHONG_CO", person, null, 2024, null, null));
        assertThat(unknownType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownType.getBody().path("code").asText()).isEqualTo("UNKNOWN_AWARD_TYPE");
        ResponseEntity<JsonNode> unknownPerson = api.post("/api/awards",
                RegistryApi.award("LDTT", "KHONG-CO", null, 2024, null, null));
        assertThat(unknownPerson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownPerson.getBody().path("message").asText()).isEqualTo("Không tìm thấy cán bộ có mã 'KHONG-CO'.");
        ResponseEntity<JsonNode> unknownUnit = api.post("/api/awards",
                RegistryApi.award("TTLDTT", null, "khong-co", 2024, null, null));
        assertThat(unknownUnit.getBody().path("message").asText()).isEqualTo("Không tìm thấy đơn vị có mã 'khong-co'.");
        ResponseEntity<JsonNode> badKind = api.post("/api/awards",
                RegistryApi.award("LDTT", person, null, 2024, "THUONG_XUYEN", null));
        assertThat(badKind.getBody().path("code").asText()).isEqualTo("UNKNOWN_COMMENDATION_KIND");
        assertThat(awards()).isEqualTo(before);
    }

    @Test
    void sameAwardTwiceInAYearAndAReusedAchievementAreConflicts() {
        RegistryApi api = RegistryApi.admin(rest);
        String person = api.createPerson("stp", "Huỳnh Văn Trùng");
        String other = api.createPerson("stp", "Lý Thị Khác");
        String ref = RegistryApi.unique("TT");
        assertThat(api.post("/api/awards", RegistryApi.award("BK_TINH", person, null, 2024, "CONG_TRANG", ref))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        long before = awards();

        // the year's merit rewarded twice
        ResponseEntity<JsonNode> twice = api.post("/api/awards",
                RegistryApi.award("BK_TINH", person, null, 2024, "CONG_TRANG", null));
        assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(twice.getBody().path("code").asText()).isEqualTo("DUPLICATE_AWARD");
        assertThat(twice.getBody().path("message").asText()).contains(person).contains("2024")
                .contains("Bằng khen của Chủ tịch UBND tỉnh");

        ResponseEntity<JsonNode> reused = api.post("/api/awards",
                RegistryApi.award("LDTT", other, null, 2024, null, ref));
        assertThat(reused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reused.getBody().path("code").asText()).isEqualTo("ACHIEVEMENT_ALREADY_AWARDED");
        assertThat(reused.getBody().path("message").asText()).contains(ref).contains("một lần").contains("Điều 5");
        assertThat(awards()).isEqualTo(before);

        // another achievement in the same year (an exceptional feat) is another award: legal (Art. 5 forbids only the
        // same achievement twice)
        assertThat(api.post("/api/awards", RegistryApi.award("BK_TINH", person, null, 2024, "DOT_XUAT", null))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // a different year of the same award is fine
        assertThat(api.post("/api/awards", RegistryApi.award("BK_TINH", person, null, 2025, null, null))
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void streaksCountOnlyMeritAwardsInARow() {
        RegistryApi api = RegistryApi.admin(rest);
        String person = api.createPerson("stp", "Trương Thị Liên Tục");
        // LĐTT every year from 2021, as CSTĐCS requires; CSTĐCS 2023-2025 by merit and an ad hoc one in 2022
        for (int year = 2021; year <= 2025; year++) {
            api.post("/api/awards", RegistryApi.award("LDTT", person, null, year, null, null));
        }
        api.post("/api/awards", RegistryApi.award("CSTDCS", person, null, 2022, "DOT_XUAT", null));
        for (int year = 2023; year <= 2025; year++) {
            assertThat(api.post("/api/awards", RegistryApi.award("CSTDCS", person, null, year, "CONG_TRANG", null))
                    .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }

        ResponseEntity<JsonNode> streak = RegistryApi.as(rest, "canbo.stp")
                .get("/api/persons/" + person + "/streaks?award=CSTDCS&endingYear=2025");
        assertThat(streak.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(streak.getBody().path("award").asText()).isEqualTo("CSTDCS");
        assertThat(streak.getBody().path("endingYear").asInt()).isEqualTo(2025);
        assertThat(streak.getBody().path("consecutiveYears").asInt()).isEqualTo(3);
        assertThat(api.get("/api/persons/" + person + "/streaks?award=CSTDCS&endingYear=2024").getBody()
                .path("consecutiveYears").asInt()).isEqualTo(2);
        assertThat(api.get("/api/persons/" + person + "/streaks?award=LDTT&endingYear=2025").getBody()
                .path("consecutiveYears").asInt()).isEqualTo(5);
        assertThat(api.get("/api/persons/" + person + "/streaks?award=CSTDCS&endingYear=2026").getBody()
                .path("consecutiveYears").asInt()).isZero();

        long personId = jdbc.sql("SELECT id FROM person WHERE code = ?").param(person).query(Long.class).single();
        assertThat(history.consecutiveYears(personId, "CSTDCS", 2025)).isEqualTo(3);

        ResponseEntity<JsonNode> unknownAward = api.get("/api/persons/" + person + "/streaks?award=KHONG");
        assertThat(unknownAward.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownAward.getBody().path("code").asText()).isEqualTo("UNKNOWN_AWARD_TYPE");
        assertThat(api.get("/api/persons/KHONG-CO/streaks?award=CSTDCS").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void streaksCountTheConsecutiveYearsOfAPersonAndOfAUnit() {
        int lastYear = LocalDate.now(clock).getYear() - 1;
        RegistryApi admin = RegistryApi.admin(rest);
        // a person with LĐTT every year since 2020 and CSTĐCS in the last two years only (not the year before)
        String person = admin.createPerson("stp", "Tô Thị Liền");
        for (int year = 2020; year <= lastYear; year++) {
            record(admin, RegistryApi.award("LDTT", person, null, year, null, null));
        }
        record(admin, RegistryApi.award("CSTDCS", person, null, lastYear - 3, null, null));
        record(admin, RegistryApi.award("CSTDCS", person, null, lastYear - 1, null, null));
        record(admin, RegistryApi.award("CSTDCS", person, null, lastYear, null, null));
        // a unit Tập thể lao động tiên tiến in the last three years
        String unit = admin.createUnit("SO_NGANH");
        for (int year = lastYear - 2; year <= lastYear; year++) {
            record(admin, RegistryApi.award("TTLDTT", null, unit, year, null, null));
        }

        RegistryApi api = RegistryApi.as(rest, "thanhtra");
        JsonNode two = api.get("/api/persons/" + person + "/streaks?award=CSTDCS").getBody();
        assertThat(two.path("endingYear").asInt()).isEqualTo(lastYear);
        assertThat(two.path("consecutiveYears").asInt()).isEqualTo(2);
        assertThat(api.get("/api/persons/" + person + "/streaks?award=LDTT&endingYear=" + lastYear).getBody()
                .path("consecutiveYears").asInt()).isEqualTo(lastYear - 2020 + 1);
        long unitId = jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(unit).query(Long.class).single();
        assertThat(api.get("/api/units/" + unit + "/streaks?award=TTLDTT").getBody().path("consecutiveYears").asInt())
                .isEqualTo(3).isEqualTo(history.consecutiveYearsOfUnit(unitId, "TTLDTT", lastYear));
    }

    private static void record(RegistryApi admin, Object award) {
        ResponseEntity<JsonNode> created = admin.post("/api/awards", award);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
    }

    private long awards() {
        return jdbc.sql("SELECT COUNT(*) FROM award_record").query(Long.class).single();
    }
}

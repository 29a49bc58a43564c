package vn.tdkt.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * /api/calendar on the seeded calendar: reading as any user, changes by administrators only and seen at once
 * by the deadline computation, and Vietnamese 400s for bad input. Test days lie in 2098, a year nobody else uses.
 */
@IntegrationTest
class CalendarApiTest {

    static final String PASSWORD = "demo";

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;
    @Autowired WorkingDayCalendarProvider provider;

    @AfterEach
    void removeTestDays() {
        jdbc.sql("DELETE FROM calendar_day_exception WHERE calendar_date >= DATE '2098-01-01'"
                + " AND calendar_date <= DATE '2098-12-31'").update();
        provider.refresh();
    }

    @Test
    void seededYearsAreListedWithTheirLegalBasis() {
        JsonNode y2026 = get("canbo.stp", "/api/calendar/exceptions?year=2026").getBody();
        assertThat(y2026.path("year").asInt()).isEqualTo(2026);
        assertThat(y2026.path("seeded").asBoolean()).isTrue();
        assertThat(y2026.path("exceptions")).hasSize(17);
        JsonNode tet = day(y2026, "2026-02-17");
        assertThat(tet.path("kind").asText()).isEqualTo("HOLIDAY");
        assertThat(tet.path("kindLabel").asText()).isEqualTo("Ngày nghỉ");
        assertThat(tet.path("dayOfWeek").asText()).isEqualTo("Thứ Ba");
        assertThat(tet.path("name").asText()).isEqualTo("Tết Nguyên đán Bính Ngọ (mùng 1 tháng Giêng)");
        assertThat(tet.path("verified").asBoolean()).isTrue();
        JsonNode makeUp = day(y2026, "2026-01-10");
        assertThat(makeUp.path("kind").asText()).isEqualTo("WORKING");
        assertThat(makeUp.path("dayOfWeek").asText()).isEqualTo("Thứ Bảy");
        assertThat(makeUp.path("legalBasis").asText()).contains("12729/VPCP-KGVX");
        assertThat(day(y2026, "2026-11-24").path("verified").asBoolean()).isFalse();
        assertThat(day(y2026, "2026-04-26").path("name").asText()).isEqualTo("Giỗ Tổ Hùng Vương (10/3 âm lịch)");

        JsonNode y2025 = get("thanhtra", "/api/calendar/exceptions?year=2025").getBody();
        assertThat(y2025.path("exceptions")).hasSize(13);
        assertThat(day(y2025, "2025-04-07").path("name").asText()).startsWith("Giỗ Tổ Hùng Vương");
        assertThat(day(y2025, "2025-04-26").path("kind").asText()).isEqualTo("WORKING");
        JsonNode y2027 = get("admin", "/api/calendar/exceptions?year=2027").getBody();
        assertThat(y2027.path("exceptions")).hasSize(15);
        assertThat(day(y2027, "2027-04-16").path("verified").asBoolean()).isTrue();
        assertThat(day(y2027, "2027-02-04").path("verified").asBoolean()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_day_exception WHERE legal_basis IS NULL OR legal_basis = ''")
                .query(Long.class).single()).isZero();

        JsonNode empty = get("canbo.stp", "/api/calendar/exceptions?year=2098").getBody();
        assertThat(empty.path("seeded").asBoolean()).isFalse();
        assertThat(empty.path("exceptions")).isEmpty();
        assertThat(get("canbo.stp", "/api/calendar/exceptions").getStatusCode()).as("this year by default")
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForEntity("/api/calendar/exceptions?year=2026", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void dueDatesFollowTheSeededCalendar() {
        JsonNode tet = get("canbo.stp", "/api/calendar/working-days?from=2026-02-13&days=1").getBody();
        assertThat(tet.path("dueDate").asText()).isEqualTo("2026-02-23");
        assertThat(tet.path("dueDayOfWeek").asText()).isEqualTo("Thứ Hai");
        assertThat(tet.path("dueAt").asText()).isEqualTo("2026-02-23T17:00:00+07:00");
        assertThat(tet.path("exceptionsInBetween")).hasSize(5);
        assertThat(tet.path("warnings")).isEmpty();

        assertThat(dueDate("2026-02-10", 10)).isEqualTo("2026-03-03");
        assertThat(dueDate("2025-04-25", 1)).as("make-up Saturday").isEqualTo("2025-04-26");
        assertThat(dueDate("2025-04-29", 1)).isEqualTo("2025-05-05");
        assertThat(dueDate("2026-04-24", 3)).isEqualTo("2026-05-04");
        assertThat(dueDate("2025-12-31", 1)).isEqualTo("2026-01-05");
        assertThat(dueDate("2026-08-28", 1)).isEqualTo("2026-09-03");
        assertThat(dueDate("2026-02-17", 0)).isEqualTo("2026-02-23");

        JsonNode unverified = get("canbo.stp", "/api/calendar/working-days?from=2026-11-23&days=1").getBody();
        assertThat(unverified.path("dueDate").asText()).isEqualTo("2026-11-25");
        assertThat(unverified.path("warnings").toString()).contains("24/11/2026").contains("chưa được xác nhận");
    }

    @Test
    void adminChangesAreSeenAtOnceAndOthersAreRefused() {
        assertThat(dueDate("2098-06-09", 1)).isEqualTo("2098-06-10");
        assertThat(get("canbo.stp", "/api/calendar/working-days?from=2098-06-09&days=1").getBody()
                .path("warnings").toString()).contains("Năm 2098 chưa có dữ liệu ngày nghỉ lễ");

        Map<String, Object> holiday = body("HOLIDAY", "Ngày nghỉ thử", "Quyết định thử số 1/QĐ-UBND");
        ResponseEntity<JsonNode> officer = send("canbo.stp", HttpMethod.POST, "/api/calendar/exceptions/2098-06-10",
                holiday);
        assertThat(officer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(dueDate("2098-06-09", 1)).isEqualTo("2098-06-10");

        ResponseEntity<JsonNode> created = send("admin", HttpMethod.POST, "/api/calendar/exceptions/2098-06-10", holiday);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getBody().path("createdBy").asText()).isEqualTo("admin");
        assertThat(created.getBody().path("verified").asBoolean()).isTrue();
        assertThat(dueDate("2098-06-09", 1)).as("the cache was refreshed").isEqualTo("2098-06-11");

        // a make-up Saturday right after: Friday 13/6 + 1 working day is that Saturday
        ResponseEntity<JsonNode> saturday = send("admin", HttpMethod.POST, "/api/calendar/exceptions/2098-06-14",
                body("working", "Làm bù thử", "Quyết định thử số 2/QĐ-UBND"));
        assertThat(saturday.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(dueDate("2098-06-13", 1)).isEqualTo("2098-06-14");

        Map<String, Object> unconfirmed = body("HOLIDAY", "Ngày nghỉ thử (sửa)", "Dự thảo");
        unconfirmed.put("verified", false);
        ResponseEntity<JsonNode> replaced = send("admin", HttpMethod.POST, "/api/calendar/exceptions/2098-06-10",
                unconfirmed);
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replaced.getBody().path("name").asText()).isEqualTo("Ngày nghỉ thử (sửa)");
        assertThat(get("canbo.stp", "/api/calendar/working-days?from=2098-06-09&days=1").getBody()
                .path("warnings").toString()).contains("10/06/2098").contains("chưa được xác nhận");
        assertThat(get("canbo.stp", "/api/calendar/exceptions?year=2098").getBody().path("exceptions")).hasSize(2);

        assertThat(send("canbo.stp", HttpMethod.DELETE, "/api/calendar/exceptions/2098-06-10", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("admin", HttpMethod.DELETE, "/api/calendar/exceptions/2098-06-10", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(dueDate("2098-06-09", 1)).as("the cache was refreshed").isEqualTo("2098-06-10");
        ResponseEntity<JsonNode> again = send("admin", HttpMethod.DELETE, "/api/calendar/exceptions/2098-06-10", null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(again.getBody().path("code").asText()).isEqualTo("CALENDAR_EXCEPTION_NOT_FOUND");
        assertThat(again.getBody().path("message").asText()).contains("10/06/2098");
    }

    @Test
    void badInputIsAVietnamese400() {
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=2026-02-30&days=1"), "INVALID_DATE",
                "Ngày '2026-02-30' (from) không hợp lệ");
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=10/02/2026&days=1"), "INVALID_DATE", "yyyy-MM-dd");
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=2026-02-10&days=-1"), "NEGATIVE_DAYS", "không được âm");
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=2026-02-10&days=10001"), "TOO_MANY_DAYS",
                "tối đa là 10000");
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=2026-02-10&days=99999999999999"), "TOO_MANY_DAYS",
                "tối đa");
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=2026-02-10&days=mười"), "INVALID_DAYS",
                "không hợp lệ");
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=2026-02-10"), "MISSING_DAYS", "Thiếu số ngày");
        assertBad(get("canbo.stp", "/api/calendar/working-days?from=0001-01-01&days=1"), "YEAR_OUT_OF_RANGE",
                "ngoài khoảng");
        assertBad(get("canbo.stp", "/api/calendar/exceptions?year=hai-nghin"), "INVALID_YEAR", "Năm 'hai-nghin'");
        assertBad(get("canbo.stp", "/api/calendar/exceptions?year=20260"), "YEAR_OUT_OF_RANGE", "ngoài khoảng");

        assertBad(send("admin", HttpMethod.POST, "/api/calendar/exceptions/2098-06-10",
                body("NGHI", "Ngày nghỉ thử", "Quyết định thử")), "UNKNOWN_DAY_KIND", "Loại ngày 'NGHI' không hợp lệ");
        assertBad(send("admin", HttpMethod.POST, "/api/calendar/exceptions/2098-06-10",
                body("WORKING", "Làm bù thử", "Quyết định thử")), "WORKING_DAY_NOT_ON_WEEKEND", "thứ Bảy hoặc Chủ nhật");
        assertBad(send("admin", HttpMethod.POST, "/api/calendar/exceptions/2098-13-01",
                body("HOLIDAY", "Ngày nghỉ thử", "Quyết định thử")), "INVALID_DATE", "không hợp lệ");
        assertBad(send("admin", HttpMethod.POST, "/api/calendar/exceptions/2098-06-10",
                body("HOLIDAY", " ", "Quyết định thử")), "VALIDATION_FAILED", "Dữ liệu không hợp lệ");
        assertBad(send("admin", HttpMethod.DELETE, "/api/calendar/exceptions/ngay-mai", null), "INVALID_DATE",
                "không hợp lệ");
        assertThat(get("canbo.stp", "/api/calendar/exceptions?year=2098").getBody().path("exceptions")).isEmpty();
    }

    private static void assertBad(ResponseEntity<JsonNode> response, String code, String messagePart) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody().path("code").asText()).isEqualTo(code);
        assertThat(response.getBody().path("message").asText()).contains(messagePart);
    }

    private String dueDate(String from, int days) {
        ResponseEntity<JsonNode> response = get("canbo.stp", "/api/calendar/working-days?from=" + from + "&days=" + days);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return response.getBody().path("dueDate").asText();
    }

    private static JsonNode day(JsonNode year, String date) {
        List<JsonNode> matches = new ArrayList<>();
        year.path("exceptions").forEach(d -> {
            if (d.path("date").asText().equals(date)) {
                matches.add(d);
            }
        });
        assertThat(matches).as("exception on %s", date).hasSize(1);
        return matches.get(0);
    }

    private static Map<String, Object> body(String kind, String name, String legalBasis) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("name", name);
        body.put("legalBasis", legalBasis);
        return body;
    }

    private ResponseEntity<JsonNode> get(String user, String url) {
        return rest.withBasicAuth(user, PASSWORD).exchange(url, HttpMethod.GET, null, JsonNode.class);
    }

    private ResponseEntity<JsonNode> send(String user, HttpMethod method, String url, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, PASSWORD).exchange(url, method, new HttpEntity<>(body, headers), JsonNode.class);
    }
}

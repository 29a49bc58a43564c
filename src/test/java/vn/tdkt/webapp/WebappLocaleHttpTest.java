package vn.tdkt.webapp;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tdkt.support.IntegrationTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app serves the project's locale files and configuration of Camunda's webapps in place of the
 * webjar's, and the project's own JSON errors stay as they were (Vietnamese, whatever the browser's language).
 */
@IntegrationTest
class WebappLocaleHttpTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void theWebappsGetTheProjectsVietnameseFilesAndConfiguration() {
        for (String app : new String[] {"tasklist", "cockpit", "admin", "welcome"}) {
            ResponseEntity<String> config = rest.getForEntity("/camunda/app/" + app + "/scripts/config.js", String.class);
            assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(config.getBody()).contains("availableLocales: ['vi']", "normal: 'DD/MM/YYYY HH:mm'");

            ResponseEntity<String> vi = rest.getForEntity("/camunda/app/" + app + "/locales/vi.json", String.class);
            assertThat(vi.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(vi.getBody()).contains("\"Đăng xuất\"");
        }
        assertThat(rest.getForObject("/camunda/app/tasklist/locales/vi.json", String.class))
                .contains("\"CLAIM_TASK\": \"Nhận việc\"", "\"PAGE_LOGIN_SIGN_IN_ACTION\": \"Đăng nhập\"");
        assertThat(rest.getForObject("/camunda/app/cockpit/scripts/vietnamese-dates.js", String.class))
                .contains("module('cam.cockpit')", "camDateFormatProvider");
        assertThat(rest.getForObject("/camunda/app/admin/scripts/vietnamese-dates.js", String.class))
                .contains("module('cam.admin')", "camDateFormatProvider");
        // English stays available on the server (the webjar's), only no longer offered by config.js
        assertThat(rest.getForEntity("/camunda/app/tasklist/locales/en.json", String.class).getBody())
                .contains("\"Claim\"");
    }

    @Test
    void theAppsOwnJsonErrorsStayVietnamese() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en-US,en;q=0.9");
        ResponseEntity<Map> answer = rest.withBasicAuth("admin", "demo").exchange("/api/user-profiles/canbo.stp",
                HttpMethod.PUT, new HttpEntity<>("{\"unitCode\": ", headers), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        // where the JSON breaks is said too (issue 13: precise for API clients)
        assertThat(String.valueOf(answer.getBody().get("message")))
                .startsWith("Nội dung gửi lên không phải JSON hợp lệ hoặc sai kiểu dữ liệu (dòng 1, cột ");
    }
}

package vn.tdkt.proposal;

import com.jayway.jsonpath.JsonPath;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.support.IntegrationTest;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public consultation page's API, without sign-in: it lists only proposals whose window is open, with what the
 * law publishes and nothing else; a citizen's comment is stored for the specialist's review; bad input, closed or
 * unknown proposals, foreign pages and floods are refused and store nothing.
 */
@IntegrationTest
class PublicConsultationTest {

    private static final String PATH = "/api/public/consultations";

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired PublicCommentThrottle throttle;

    ProposalFixture f;
    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
        throttle.forgetAll();
    }

    @AfterEach
    void forget() {
        throttle.forgetAll();
    }

    private String proposal(String name, Instant windowEnds) {
        String person = f.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year)), Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = f.start("canbo.stp", "KHEN_CAO", "BK_TTG", year, person);
        String key = f.businessKey(pi);
        jdbc.sql("UPDATE commendation_proposal SET status = 'CONSULTATION', consultation_ends_at = ?,"
                        + " achievement_summary = ? WHERE business_key = ?")
                .params(Timestamp.from(windowEnds), "Chủ trì đề tài khoa học cấp tỉnh về giống lúa chịu hạn.", key)
                .update();
        return key;
    }

    private ResponseEntity<String> comment(String key, String body, HttpHeaders extra) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.addAll(extra);
        return rest.postForEntity(PATH + "/" + key + "/comments", new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> comment(String key, String body) {
        return comment(key, body, new HttpHeaders());
    }

    private int stored(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM consultation_comment WHERE business_key = ?").param(key)
                .query(Integer.class).single();
    }

    @Test
    void anyoneReadsTheOpenConsultationsAndOnlyWhatIsPublished() {
        String open = proposal("Hồ Văn Công", Instant.now(clock).plusSeconds(86_400));
        String closed = proposal("Lý Thị Kín", Instant.now(clock).minusSeconds(60));

        ResponseEntity<String> list = rest.getForEntity(PATH, String.class);

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        String body = list.getBody();
        List<String> keys = JsonPath.read(body, "$[*].businessKey");
        assertThat(keys).contains(open).doesNotContain(closed);
        assertThat(body).contains("Hồ Văn Công", "Bằng khen của Thủ tướng Chính phủ", "giống lúa chịu hạn")
                .doesNotContain("Lý Thị Kín", "processInstanceId", "createdBy", "canbo.stp");
        List<String> endsAt = JsonPath.read(body, "$[?(@.businessKey == '" + open + "')].endsAtText");
        assertThat(endsAt).singleElement().asString().as("province time, as Vietnamese write it").matches("\\d\\d:\\d\\d ngày \\d\\d/\\d\\d/\\d{4}");
    }

    @Test
    void aCitizensCommentIsStoredForTheSpecialistsReview() {
        String key = proposal("Mai Xuân Góp", Instant.now(clock).plusSeconds(86_400));
        String nominee = jdbc.sql("SELECT nominee_code FROM proposal_nominee WHERE business_key = ?").param(key)
                .query(String.class).single();

        ResponseEntity<String> sent = comment(key, "{\"nomineeCode\":\"" + nominee.toLowerCase()
                + "\",\"authorName\":\"Trần Văn Dân\",\"authorContact\":\"0276 3822 111\","
                + "\"content\":\"Ông Góp có nhiều đóng góp cho phong trào ở khu phố, tôi đồng ý đề nghị.\"}");

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(sent.getBody()).contains("Cảm ơn ông/bà Trần Văn Dân", "đã được ghi nhận").doesNotContain("\"id\"");
        Map<String, Object> row = jdbc.sql("SELECT * FROM consultation_comment WHERE business_key = ?").param(key)
                .query().singleRow();
        assertThat(row).containsEntry("author_name", "Trần Văn Dân").containsEntry("nominee_code", nominee)
                .containsEntry("submitted_by", ConsultationComments.PUBLIC);
    }

    @Test
    void badCommentsClosedAndUnknownProposalsAreRefusedAndStoreNothing() {
        String key = proposal("Phan Thị Lọc", Instant.now(clock).plusSeconds(86_400));
        String closed = proposal("Đỗ Văn Đóng", Instant.now(clock).minusSeconds(60));

        ResponseEntity<String> noName = comment(key, "{\"content\":\"Nội dung đủ dài để được nhận.\"}");
        ResponseEntity<String> shortText = comment(key, "{\"authorName\":\"Lê Văn Ý\",\"content\":\"ngắn\"}");
        ResponseEntity<String> otherNominee = comment(key, "{\"nomineeCode\":\"KHONG-CO\",\"authorName\":\"Lê Văn Ý\","
                + "\"content\":\"Nội dung đủ dài để được nhận.\"}");
        ResponseEntity<String> notJson = comment(key, "họ tên=Lê Văn Ý");
        ResponseEntity<String> whenClosed = comment(closed, "{\"authorName\":\"Lê Văn Ý\","
                + "\"content\":\"Nội dung đủ dài để được nhận.\"}");
        ResponseEntity<String> unknown = comment("DN-1999-9999", "{\"authorName\":\"Lê Văn Ý\","
                + "\"content\":\"Nội dung đủ dài để được nhận.\"}");

        assertThat(noName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noName.getBody()).contains("Phải ghi họ tên");
        assertThat(shortText.getBody()).contains("từ 10 đến 4000 ký tự");
        assertThat(otherNominee.getBody()).contains("không có đối tượng mã 'KHONG-CO'");
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(notJson.getBody()).doesNotContain("Exception", "at vn.");
        assertThat(whenClosed.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(whenClosed.getBody()).as("a closed proposal answers as one that does not exist")
                .contains("đang công khai lấy ý kiến").doesNotContain("không trong thời gian");
        assertThat(stored(key) + stored(closed)).isZero();
    }

    @Test
    void aForeignPageCannotSendAComment() {
        String key = proposal("Vũ Thị Ngoại", Instant.now(clock).plusSeconds(86_400));
        HttpHeaders foreign = new HttpHeaders();
        foreign.set("Origin", "https://trang-la.example");

        ResponseEntity<String> sent = comment(key, "{\"authorName\":\"Lê Văn Ý\","
                + "\"content\":\"Nội dung đủ dài để được nhận.\"}", foreign);

        assertThat(sent.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stored(key)).isZero();
    }

    @Test
    void oneAddressCannotFloodTheReview() {
        String key = proposal("Cao Văn Lũ", Instant.now(clock).plusSeconds(86_400));
        String body = "{\"authorName\":\"Người Gửi Nhiều\",\"content\":\"Nội dung lặp lại nhiều lần để làm nhiễu.\"}";
        int accepted = 0;
        ResponseEntity<String> last = null;
        for (int i = 0; i < 15; i++) {
            last = comment(key, body);
            if (last.getStatusCode() == HttpStatus.CREATED) {
                accepted++;
            }
        }

        assertThat(accepted).as("tdkt.consultation.public-comments-per-hour").isEqualTo(10);
        assertThat(last.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(last.getBody()).contains("gửi lại sau");
        assertThat(stored(key)).isEqualTo(10);
    }
}

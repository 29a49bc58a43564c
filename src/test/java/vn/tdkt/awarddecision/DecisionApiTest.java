package vn.tdkt.awarddecision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awarddecision.DecisionRequest.Awardee.person;

/** /api/decisions: JSON and PDFs for the province's roles and the submitting unit, 403 for other units. */
@IntegrationTest
class DecisionApiTest {

    private static final String PASSWORD = "demo";

    @Autowired TestRestTemplate rest;
    @Autowired AwardDecisionService decisions;
    @Autowired PersonService persons;
    @Autowired ObjectMapper json;

    @Test
    void theChairmanAndTheSubmittingUnitDownloadTheDecisionOtherUnitsAreRefused() throws Exception {
        String tuyet = DecisionTestData.person(persons, "stp", "Nguyễn Thị Ánh Tuyết", "Chuyên viên");
        String duc = DecisionTestData.person(persons, "stp", "Trần Văn Đức", "Trưởng phòng");
        IssuedDecision issued = decisions.issue(DecisionTestData.bangKhen(2026, "stp")
                .awardee(person(tuyet, "Hoàn thành xuất sắc nhiệm vụ năm 2026", null))
                .awardee(person(duc, "Hoàn thành xuất sắc nhiệm vụ năm 2026", null)).build());
        String pdfUrl = "/api/decisions/" + issued.id() + "/pdf";

        for (String reader : new String[]{"chutich", "canbo.stp", "thutruong.stp", "thanhtra", "admin", "tiepnhan",
                "thamdinh", "lanhdao.snv", "thuky.hd"}) {
            ResponseEntity<byte[]> pdf = download(reader, pdfUrl);
            assertThat(pdf.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
            assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        }
        ResponseEntity<byte[]> chairman = download("chutich", pdfUrl);
        String number = issued.number();
        assertThat(chairman.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"quyet-dinh-" + number.replace("/QĐ-UBND", "") + "-qd-ubnd-2026.pdf\"");
        assertThat(PdfAssertions.text(chairman.getBody())).contains("Số: " + number, "QUYẾT ĐỊNH",
                "Nguyễn Thị Ánh Tuyết", "Trần Văn Đức");

        for (String outsider : new String[]{"canbo.syt", "thutruong.syt", "thutruong.cat"}) {
            ResponseEntity<byte[]> refused = download(outsider, pdfUrl);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            JsonNode error = json.readTree(refused.getBody());
            assertThat(error.path("code").asText()).isEqualTo("FORBIDDEN");
            assertThat(error.path("message").asText()).contains(number);
        }
        assertThat(rest.exchange(pdfUrl, HttpMethod.GET, null, byte[].class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void decisionJsonListAndCertificates() {
        String phung = DecisionTestData.person(persons, "stp", "Lê Hoàng Phụng", "Phó Giám đốc");
        IssuedDecision issued = decisions.issue(DecisionTestData.bangKhen(2026, "stp")
                .awardee(person(phung, "Có sáng kiến cấp tỉnh", null)).build());

        ResponseEntity<JsonNode> one = get("canbo.stp", "/api/decisions/" + issued.id());
        assertThat(one.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = one.getBody();
        assertThat(body.path("number").asText()).isEqualTo(issued.number());
        assertThat(body.path("signedOn").asText()).isEqualTo("2026-11-25");
        assertThat(body.path("awardTypeName").asText()).isEqualTo("Bằng khen của Chủ tịch UBND tỉnh");
        assertThat(body.path("awardees").size()).isEqualTo(1);
        JsonNode awardee = body.path("awardees").get(0);
        assertThat(awardee.path("displayName").asText()).isEqualTo("Lê Hoàng Phụng");
        assertThat(awardee.path("positionAndUnit").asText()).isEqualTo("Phó Giám đốc, Sở Tư pháp");
        assertThat(awardee.path("personCode").asText()).isEqualTo(phung);
        assertThat(awardee.path("awardRecordId").isNumber()).isTrue();
        assertThat(get("canbo.syt", "/api/decisions/" + issued.id()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(ids(get("canbo.stp", "/api/decisions?year=2026").getBody())).contains(issued.id());
        assertThat(ids(get("thanhtra", "/api/decisions?year=2026").getBody())).contains(issued.id());
        assertThat(ids(get("canbo.syt", "/api/decisions?year=2026").getBody())).doesNotContain(issued.id());
        assertThat(get("chutich", "/api/decisions?year=2020").getBody().size()).isZero();

        String certificateUrl = "/api/decisions/" + issued.id() + "/awardees/" + awardee.path("id").asLong()
                + "/certificate.pdf";
        ResponseEntity<byte[]> certificate = download("canbo.stp", certificateUrl);
        assertThat(certificate.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(certificate.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(certificate.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("inline; filename=\"bang-khen-").endsWith("-2026-le-hoang-phung.pdf\"");
        assertThat(download("canbo.syt", certificateUrl).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download("canbo.stp", "/api/decisions/" + issued.id() + "/awardees/0/certificate.pdf")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<JsonNode> missing = get("chutich", "/api/decisions/0");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody().path("code").asText()).isEqualTo("DECISION_NOT_FOUND");
        assertThat(download("chutich", "/api/decisions/0/pdf").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(d -> ids.add(d.path("id").asLong()));
        return ids;
    }

    private ResponseEntity<JsonNode> get(String user, String url) {
        return rest.withBasicAuth(user, PASSWORD).exchange(url, HttpMethod.GET, null, JsonNode.class);
    }

    private ResponseEntity<byte[]> download(String user, String url) {
        return rest.withBasicAuth(user, PASSWORD).exchange(url, HttpMethod.GET, null, byte[].class);
    }
}

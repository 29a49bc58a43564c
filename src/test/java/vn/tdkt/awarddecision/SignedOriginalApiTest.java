package vn.tdkt.awarddecision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.audit.ChainVerifier;
import vn.tdkt.registry.person.PersonService;
import vn.tdkt.support.IntegrationTest;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.awarddecision.DecisionRequest.Awardee.person;

/**
 * The signed original of a decision: until Văn phòng UBND tỉnh records it, every page of the decision's PDF says
 * "BẢN CHƯA KÝ"; the office's officer records the scan (a PDF by its content), then the decision's PDF is that scan,
 * the generated text is the "BẢN ĐIỆN TỬ", the JSON says who recorded it when, and the audit chain holds it. Others
 * are refused by role and by unit; bad files are refused with nothing stored; only the office's head replaces it.
 */
@IntegrationTest
class SignedOriginalApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired AwardDecisionService decisions;
    @Autowired PersonService persons;
    @Autowired JdbcClient jdbc;
    @Autowired AuditLedger ledger;
    @Autowired ObjectMapper json;
    @Autowired DataSource dataSource;

    @Test
    void theOfficeRecordsTheSignedOriginalAndTheDecisionPdfBecomesIt() throws Exception {
        IssuedDecision issued = issue("Đặng Thị Kim Loan");
        String url = "/api/decisions/" + issued.id();

        // before: every page of the decision's PDF says it is not signed; the JSON says so too
        List<String> before = PdfAssertions.pages(download("canbo.stp", url + "/pdf").getBody());
        assertThat(before).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(page -> assertThat(page).contains("BẢN CHƯA KÝ – chờ bản chính có chữ ký và đóng dấu"));
        assertThat(get("canbo.stp", url).path("signed").asBoolean()).isFalse();
        assertThat(get("canbo.vpubnd", url).path("number").asText()).as("the office reads every decision")
                .isEqualTo(issued.number());

        byte[] scan = SignedPdfs.scan("Signed original of " + issued.number());
        ResponseEntity<JsonNode> recorded = upload("canbo.vpubnd", url, scan, "quyet-dinh-da-ky.pdf", null);
        assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode original = recorded.getBody().path("signedOriginal");
        assertThat(recorded.getBody().path("signed").asBoolean()).isTrue();
        assertThat(original.path("recordedBy").asText()).isEqualTo("canbo.vpubnd");
        assertThat(original.path("recordedByName").asText()).isNotBlank().isNotEqualTo("canbo.vpubnd");
        assertThat(original.path("recordedAt").asText()).isNotBlank();
        assertThat(original.path("sha256").asText()).isEqualTo(SignedOriginals.sha256(scan));
        assertThat(original.path("version").asInt()).isOne();
        assertThat(original.path("pageCount").asInt()).isOne();

        // after: the decision's PDF is the scan, byte for byte; the generated text is labelled the electronic copy
        ResponseEntity<byte[]> served = download("canbo.stp", url + "/pdf");
        assertThat(served.getBody()).isEqualTo(scan);
        assertThat(served.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).endsWith("-ban-da-ky.pdf\"");
        List<String> electronic = PdfAssertions.pages(download("canbo.stp", url + "/electronic-copy.pdf").getBody());
        assertThat(electronic).allSatisfy(page -> assertThat(page).contains("BẢN ĐIỆN TỬ để tra cứu, không có chữ ký")
                .doesNotContain("BẢN CHƯA KÝ"));
        assertThat(String.join(" ", electronic)).contains("Số: " + issued.number(), "Đặng Thị Kim Loan");
        assertThat(get("chutich", url).path("signedOriginal").path("sha256").asText())
                .isEqualTo(SignedOriginals.sha256(scan));
        assertThat(ids(rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/decisions?year=2026", JsonNode.class)
                .getBody(), issued.id()).path("signed").asBoolean()).isTrue();

        // the audit chain records it, and still verifies
        ledger.sealWaiting(); // the chain as a reader sees it (records are sealed just after commit)
        String payload = jdbc.sql("SELECT payload FROM audit_event WHERE kind = 'DECISION_SIGNED_ORIGINAL_RECORDED'"
                + " AND subject = ? AND actor = 'canbo.vpubnd'").param("Quyết định số " + issued.number())
                .query(String.class).single();
        assertThat(payload).contains(SignedOriginals.sha256(scan));
        try (Connection c = dataSource.getConnection()) {
            assertThat(ChainVerifier.verify(c).intact()).isTrue();
        }

        // one per decision: the officer may not replace it; the head may, with a reason, and the earlier is kept
        byte[] better = SignedPdfs.scan("Complete scan of " + issued.number());
        ResponseEntity<JsonNode> officerAgain = upload("canbo.vpubnd", url, better, "lai.pdf", "Bản quét thiếu trang");
        assertThat(officerAgain.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officerAgain.getBody().path("message").asText()).contains("chỉ Chánh Văn phòng UBND tỉnh");
        ResponseEntity<JsonNode> noReason = upload("thutruong.vpubnd", url, better, "lai.pdf", " ");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody().path("message").asText()).contains("lý do thay");
        ResponseEntity<JsonNode> replaced = upload("thutruong.vpubnd", url, better, "lai.pdf", "Bản quét thiếu trang");
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(replaced.getBody().path("signedOriginal").path("version").asInt()).isEqualTo(2);
        assertThat(replaced.getBody().path("signedOriginal").path("replaceReason").asText()).isEqualTo("Bản quét thiếu trang");
        assertThat(download("chutich", url + "/pdf").getBody()).isEqualTo(better);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_signed_original WHERE decision_id = ?").param(issued.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void othersAreRefusedByRoleAndUnitAndBadFilesAreRefusedWithNothingStored() throws Exception {
        IssuedDecision issued = issue("Tô Văn Khải");
        String url = "/api/decisions/" + issued.id();
        byte[] scan = SignedPdfs.scan("Signed original");
        // the submitting unit's officer and head (wrong unit), the chairman and vice-chairman (the office's unit, not
        // its roles), the Sở Nội vụ, the administrator
        for (String outsider : new String[]{"canbo.stp", "thutruong.stp", "chutich", "phochutich", "lanhdao.snv",
                "admin", "canbo.syt"}) {
            ResponseEntity<JsonNode> refused = upload(outsider, url, scan, "ky.pdf", null);
            assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().path("message").asText()).as(outsider)
                    .contains("Chỉ văn thư và Chánh Văn phòng UBND tỉnh được ghi nhận bản chính đã ký");
        }
        byte[] word = Arrays.copyOf("PK\u0003\u0004not really a pdf".getBytes(StandardCharsets.ISO_8859_1), 64);
        byte[] brokenPdf = "%PDF-1.7\nthis is no PDF body at all".getBytes(StandardCharsets.US_ASCII);
        byte[] tooLarge = new byte[(int) (10L * 1024 * 1024) + 1];
        System.arraycopy(scan, 0, tooLarge, 0, scan.length);
        record Bad(String name, byte[] content, String message) { }
        for (Bad bad : List.of(new Bad("ky.pdf", word, "không phải PDF"), new Bad("ky.pdf", new byte[0], "rỗng"),
                new Bad("ky.pdf", brokenPdf, "bị hỏng"),
                new Bad("anh-chup.png", Arrays.copyOf(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}, 40),
                        "không phải PDF"))) {
            ResponseEntity<JsonNode> refused = upload("canbo.vpubnd", url, bad.content(), bad.name(), null);
            assertThat(refused.getStatusCode()).as(bad.message()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("message").asText()).as(bad.message()).contains(bad.message());
        }
        // larger than the upload limit (10 MB, as the signed originals' own): refused before it is read, in Vietnamese
        ResponseEntity<JsonNode> large = upload("canbo.vpubnd", url, tooLarge, "ky.pdf", null);
        assertThat(large.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(large.getBody().path("message").asText()).contains("vượt quá dung lượng cho phép");
        ResponseEntity<JsonNode> noFile = rest.withBasicAuth("canbo.vpubnd", "demo").exchange(url + "/signed-original",
                HttpMethod.POST, new HttpEntity<>(new LinkedMultiValueMap<>(), multipart()), JsonNode.class);
        assertThat(noFile.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision_signed_original WHERE decision_id = ?").param(issued.id())
                .query(Integer.class).single()).as("nothing stored").isZero();
        assertThat(PdfAssertions.text(download("chutich", url + "/pdf").getBody())).contains("BẢN CHƯA KÝ");
        assertThat(upload("canbo.vpubnd", "/api/decisions/0", scan, "ky.pdf", null).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private IssuedDecision issue(String name) {
        String code = DecisionTestData.person(persons, "stp", name, "Chuyên viên");
        return decisions.issue(DecisionTestData.bangKhen(2026, "stp")
                .awardee(person(code, "Hoàn thành xuất sắc nhiệm vụ năm 2026", null)).build());
    }

    private static JsonNode ids(JsonNode list, long id) {
        for (JsonNode d : list) {
            if (d.path("id").asLong() == id) {
                return d;
            }
        }
        throw new AssertionError("decision " + id + " not listed");
    }

    private static HttpHeaders multipart() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return headers;
    }

    private ResponseEntity<JsonNode> upload(String user, String decisionUrl, byte[] content, String fileName,
                                            String reason) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(MediaType.APPLICATION_PDF);
        body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        }, part));
        if (reason != null) {
            body.add("reason", reason);
        }
        return rest.withBasicAuth(user, "demo").exchange(decisionUrl + "/signed-original", HttpMethod.POST,
                new HttpEntity<>(body, multipart()), JsonNode.class);
    }

    private JsonNode get(String user, String url) {
        return rest.withBasicAuth(user, "demo").getForEntity(url, JsonNode.class).getBody();
    }

    private ResponseEntity<byte[]> download(String user, String url) {
        return rest.withBasicAuth(user, "demo").exchange(url, HttpMethod.GET, null, byte[].class);
    }
}

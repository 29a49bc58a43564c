package vn.tdkt.block.scoring;

import org.junit.jupiter.api.BeforeEach;
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

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The block leader (and only they, or an admin) edits the block's scoring table; a bad table is refused. */
@IntegrationTest
class ScoringTableApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired ScoringTableStore store;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    String block;
    HttpHeaders json;

    @BeforeEach
    void block() {
        json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        block = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(send("admin", HttpMethod.POST, "/api/blocks", "{\"code\":\"" + block + "\",\"name\":\"Khối thử\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CREATED);
        // a year in which neither unit belongs to a block yet (a unit is in one block per year)
        year = jdbc.sql("SELECT COALESCE(MAX(m.emulation_year), 2049) + 1 FROM block_membership m JOIN org_unit u"
                + " ON u.id = m.unit_id WHERE u.code IN ('stp', 'syt') AND m.emulation_year >= 2050").query(Integer.class).single();
        assertThat(send("admin", HttpMethod.PUT, "/api/blocks/" + block + "/years/" + year + "/members",
                "{\"unitCodes\":[\"stp\",\"syt\"]}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(send("admin", HttpMethod.PUT, "/api/blocks/" + block + "/years/" + year + "/officers",
                "{\"leaderUnitCode\":\"stp\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    int year;

    private ResponseEntity<String> send(String user, HttpMethod method, String url, String body) {
        return rest.withBasicAuth(user, "demo").exchange(url, method, new HttpEntity<>(body, json), String.class);
    }

    @Test
    void theLeaderEditsTheTableOthersMayOnlyReadIt() {
        String url = "/api/blocks/" + block + "/years/" + year + "/scoring-table";
        ResponseEntity<String> template = rest.withBasicAuth("canbo.syt", "demo").getForEntity(url, String.class);
        assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(template.getBody()).contains("Tỷ lệ hoàn thành các chỉ tiêu được giao");

        String edited = template.getBody().replace("\"voteCandidates\":3", "\"voteCandidates\":2");
        assertThat(send("canbo.syt", HttpMethod.PUT, url, edited).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(send("canbo.stp", HttpMethod.PUT, url, edited).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("canbo.syt", "demo").getForEntity(url, String.class).getBody())
                .contains("\"voteCandidates\":2");

        ResponseEntity<String> bad = send("canbo.stp", HttpMethod.PUT, url, edited.replace("\"maxPoints\":30", "\"maxPoints\":0"));
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("phải lớn hơn 0");
        ResponseEntity<String> garbage = send("canbo.stp", HttpMethod.PUT, url, "{\"groups\":\"nhiều\"}");
        assertThat(garbage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(send("admin", HttpMethod.PUT, url, template.getBody()).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> upload(String user, String url, byte[] xlsx) {
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "bang-diem.xlsx";
            }
        });
        HttpHeaders multipart = new HttpHeaders();
        multipart.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").postForEntity(url, new HttpEntity<>(form, multipart), String.class);
    }

    @Test
    void theTableRoundTripsThroughAnXlsxSheet() throws Exception {
        String url = "/api/blocks/" + block + "/years/" + year + "/scoring-table";
        ResponseEntity<byte[]> workbook = rest.withBasicAuth("canbo.stp", "demo").getForEntity(url + "/workbook", byte[].class);
        assertThat(workbook.getStatusCode()).isEqualTo(HttpStatus.OK);
        ScoringTable exported = ScoringTableWorkbook.read(new java.io.ByteArrayInputStream(workbook.getBody()));
        assertThat(exported).usingRecursiveComparison().withComparatorForType(java.math.BigDecimal::compareTo,
                java.math.BigDecimal.class).isEqualTo(ScoringTemplates.illustrative());

        assertThat(upload("canbo.syt", url + "/import", workbook.getBody()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(upload("canbo.stp", url + "/import", workbook.getBody()).getStatusCode()).isEqualTo(HttpStatus.OK);

        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(workbook.getBody()));
             var out = new java.io.ByteArrayOutputStream()) {
            wb.getSheetAt(0).getRow(2).getCell(3).setCellValue("ba mươi");
            wb.write(out);
            ResponseEntity<String> bad = upload("canbo.stp", url + "/import", out.toByteArray());
            assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(bad.getBody()).contains("Dòng 3", "không phải là số");
        }
        assertThat(upload("canbo.stp", url + "/import", "không phải excel".getBytes()).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }
}

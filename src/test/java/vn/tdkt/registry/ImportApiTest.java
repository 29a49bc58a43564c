package vn.tdkt.registry;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.registry.importer.PersonImportValidator;
import vn.tdkt.registry.importer.UnitImportValidator;
import vn.tdkt.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ImportApiTest {

    @Autowired TestRestTemplate rest;
    @Autowired JdbcClient jdbc;

    @Test
    void unreadableFilesAreRefusedAndNothingIsWritten() {
        RegistryApi api = RegistryApi.admin(rest);
        long units = count("org_unit");
        long persons = count("person");
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        List<byte[]> files = List.of(random, "Mã đơn vị;Tên đơn vị\nx;y\n".getBytes(StandardCharsets.UTF_8),
                TestWorkbooks.xlsx(UnitImportValidator.SHEET, List.of("Mã", "Tên"), List.of(List.of("t-x", "Không đủ cột"))));
        for (byte[] file : files) {
            for (String url : List.of("/api/import/units", "/api/import/persons?importValidRows=true")) {
                ResponseEntity<JsonNode> answer = api.upload(url, file, "du-lieu.xlsx");
                assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(answer.getBody().path("code").asText()).isEqualTo("MALFORMED_XLSX");
                assertThat(answer.getBody().path("message").asText()).containsAnyOf(".xlsx", "thiếu cột",
                        "Không có trang tính");
            }
        }
        ResponseEntity<JsonNode> empty = api.upload("/api/import/units", new byte[0], "rong.xlsx");
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody().path("code").asText()).isEqualTo("MALFORMED_XLSX");
        assertThat(empty.getBody().path("message").asText()).contains("rỗng");
        assertThat(count("org_unit")).isEqualTo(units);
        assertThat(count("person")).isEqualTo(persons);
    }

    @Test
    void oneBadRowStopsTheWholeUnitImportUnlessValidRowsAreWanted() {
        RegistryApi api = RegistryApi.admin(rest);
        String a = RegistryApi.unique("t");
        String b = RegistryApi.unique("t");
        byte[] file = TestWorkbooks.xlsx(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of(
                List.of(a, "Đơn vị nhập A", "Sở, ban, ngành tỉnh", a + "@tayninh.gov.vn", LocalDate.of(2025, 3, 1),
                        "31/12/2099"),
                List.of(b, "Đơn vị nhập B", "DON_VI_SU_NGHIEP", "", "01/01/2024", "31/12/2099"),
                List.of("stp", "Trùng mã", "LOAI_LA", "", "01/01/2024", "31/12/2099")));
        long before = count("org_unit");

        ResponseEntity<JsonNode> refused = api.upload("/api/import/units", file, "don-vi.xlsx");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("IMPORT_HAS_ERRORS");
        assertThat(refused.getBody().path("message").asText()).contains("1 dòng lỗi").contains("importValidRows=true");
        JsonNode errors = refused.getBody().path("details");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(4);
        assertThat(errors.toString()).contains("Mã đơn vị 'stp' đã có trong hệ thống.")
                .contains("Loại đơn vị 'LOAI_LA' không hợp lệ");
        assertThat(count("org_unit")).isEqualTo(before);

        ResponseEntity<JsonNode> partial = api.upload("/api/import/units?importValidRows=true", file, "don-vi.xlsx");
        assertThat(partial.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(partial.getBody().path("imported").asInt()).isEqualTo(2);
        assertThat(partial.getBody().path("rejected").asInt()).isEqualTo(1);
        assertThat(partial.getBody().path("errors").get(0).path("row").asInt()).isEqualTo(4);
        assertThat(count("org_unit")).isEqualTo(before + 2);
        JsonNode imported = api.get("/api/units/" + a).getBody();
        assertThat(imported.path("unitType").asText()).isEqualTo("SO_NGANH");
        assertThat(imported.path("validFrom").asText()).isEqualTo("2025-03-01");
        assertThat(jdbc.sql("SELECT name FROM org_unit WHERE code = 'stp'").query(String.class).single())
                .isEqualTo("Sở Tư pháp");
    }

    @Test
    void personImportNamesTheBadRowAndWritesOnlyWhenAsked() {
        RegistryApi api = RegistryApi.admin(rest);
        String p1 = RegistryApi.unique("T");
        String p2 = RegistryApi.unique("T");
        String ended = api.createEndedUnit("2010-01-01", "2025-02-28", "stp");
        byte[] file = TestWorkbooks.xlsx(PersonImportValidator.SHEET, PersonImportValidator.HEADERS, List.of(
                List.of(p1, "Nguyễn Thị Nhập", "Nữ", "15/08/1990", "Chuyên viên", "stp", p1.toLowerCase() + "@tn.vn"),
                List.of(p2, "Trần Văn Lỗi", "Nam", "32/13/1990", "Chuyên viên", ended, "")));
        long before = count("person");

        ResponseEntity<JsonNode> refused = api.upload("/api/import/persons", file, "can-bo.xlsx");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("IMPORT_HAS_ERRORS");
        JsonNode errors = refused.getBody().path("details");
        assertThat(errors.findValues("row")).allMatch(row -> row.asInt() == 3);
        assertThat(errors.findValuesAsText("column")).containsExactlyInAnyOrder("Ngày sinh", "Mã đơn vị");
        assertThat(errors.toString()).contains("Ngày '32/13/1990' không hợp lệ").contains("'" + ended + "' không còn hoạt động");
        assertThat(count("person")).isEqualTo(before);

        ResponseEntity<JsonNode> partial = api.upload("/api/import/persons?importValidRows=true", file, "can-bo.xlsx");
        assertThat(partial.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(partial.getBody().path("imported").asInt()).isEqualTo(1);
        assertThat(partial.getBody().path("rejected").asInt()).isEqualTo(1);
        assertThat(count("person")).isEqualTo(before + 1);
        JsonNode person = api.get("/api/persons/" + p1).getBody();
        assertThat(person.path("birthDate").asText()).isEqualTo("1990-08-15");
        assertThat(person.path("gender").asText()).isEqualTo("NU");
        assertThat(person.path("unitCode").asText()).isEqualTo("stp");
        assertThat(api.get("/api/persons/" + p2).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePersonImportCarriesTheStatisticsGroupAndEthnicMinorityWhenTheFileHasThem() {
        RegistryApi api = RegistryApi.admin(rest);
        String p1 = RegistryApi.unique("T");
        String p2 = RegistryApi.unique("T");
        String p3 = RegistryApi.unique("T");
        List<String> headers = new ArrayList<>(PersonImportValidator.HEADERS);
        headers.addAll(PersonImportValidator.OPTIONAL_HEADERS);
        byte[] file = TestWorkbooks.xlsx(PersonImportValidator.SHEET, headers, List.of(
                List.of(p1, "Thạch Thị Sa Rươl", "Nữ", "", "Công nhân", "stp", "", "TRUC_TIEP", "Có"),
                List.of(p2, "Lê Văn Hải", "Nam", "", "Giám đốc", "stp", "",
                        "Lãnh đạo cấp vụ, sở, ngành và tương đương", "không"),
                List.of(p3, "Đỗ Văn Sai", "Nam", "", "Chuyên viên", "stp", "", "Nông dân", "Kinh")));
        long before = count("person");

        ResponseEntity<JsonNode> refused = api.upload("/api/import/persons", file, "can-bo.xlsx");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode errors = refused.getBody().path("details");
        assertThat(errors.findValues("row")).allMatch(row -> row.asInt() == 4);
        assertThat(errors.findValuesAsText("column")).containsExactlyInAnyOrder("Nhóm đối tượng", "Dân tộc thiểu số");
        assertThat(errors.toString()).contains("Nhóm đối tượng 'Nông dân' không hợp lệ", "không ghi 'Kinh'");
        assertThat(count("person")).isEqualTo(before);

        assertThat(api.upload("/api/import/persons?importValidRows=true", file, "can-bo.xlsx").getBody()
                .path("imported").asInt()).isEqualTo(2);
        JsonNode worker = api.get("/api/persons/" + p1).getBody();
        assertThat(worker.path("occupationCategory").asText()).isEqualTo("TRUC_TIEP");
        assertThat(worker.path("ethnicMinority").asBoolean()).isTrue();
        JsonNode leader = api.get("/api/persons/" + p2).getBody();
        assertThat(leader.path("occupationCategory").asText()).isEqualTo("LANH_DAO_SO_NGANH");
        assertThat(leader.path("ethnicMinority").asBoolean()).isFalse();
    }

    @Test
    void importsAreForAdminsAndTemplatesForEveryone() throws Exception {
        byte[] file = TestWorkbooks.xlsx(UnitImportValidator.SHEET, UnitImportValidator.HEADERS, List.of(
                List.of(RegistryApi.unique("t"), "Không được nhập", "KHAC", "", "01/01/2024", "31/12/2099")));
        long before = count("org_unit");
        assertThat(RegistryApi.anonymous(rest).upload("/api/import/units", file, "x.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(RegistryApi.as(rest, "canbo.stp").upload("/api/import/units", file, "x.xlsx").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(count("org_unit")).isEqualTo(before);

        for (String kind : List.of("units", "persons")) {
            ResponseEntity<byte[]> template = RegistryApi.as(rest, "canbo.stp").download("/api/import/" + kind + "/template");
            assertThat(template.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(template.getHeaders().getContentType().toString()).contains("spreadsheetml");
            assertThat(template.getHeaders().getContentDisposition().getFilename()).endsWith(".xlsx");
            List<String> headers = new ArrayList<>();
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.getBody()))) {
                Row row = workbook.getSheetAt(0).getRow(0);
                row.forEach(cell -> headers.add(cell.getStringCellValue()));
            }
            List<String> personHeaders = new ArrayList<>(PersonImportValidator.HEADERS);
            personHeaders.addAll(PersonImportValidator.OPTIONAL_HEADERS);
            assertThat(headers).isEqualTo(kind.equals("units") ? UnitImportValidator.HEADERS : personHeaders);
        }
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}

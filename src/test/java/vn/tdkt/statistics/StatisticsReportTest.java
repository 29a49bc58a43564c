package vn.tdkt.statistics;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.support.IntegrationTest;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics report computed from a registry with known counts: persons of both genders and of each group of the
 * form, collectives (an enterprise among them), several awards of the province and of the State, an award of another
 * year and one the form has no column for, which must not count. Every cell of both forms is checked, then the .xlsx
 * read back cell by cell, the PDF read back, a cell's raw list, the frozen figures of a submitted report, and who may
 * read the statistics (both ways).
 */
@IntegrationTest
class StatisticsReportTest {

    static final int YEAR = 2030;
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Autowired StatisticsService service;
    @Autowired StatisticsPdf pdf;
    @Autowired StatisticsRepository repository;
    @Autowired JdbcClient jdbc;
    @Autowired TestRestTemplate rest;

    private final Map<String, Long> ids = new HashMap<>();

    @BeforeEach
    void registry() {
        // the registry is read for the year 2030: the engine's (and the application's) clock is in 2031
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(YEAR + 1, 3, 2, 9, 0, 0, 0, VN).toInstant()));
        if (jdbc.sql("SELECT COUNT(*) FROM org_unit WHERE code = 'tk-dn'").query(Long.class).single() > 0) {
            loadIds();
            return;
        }
        unit("tk-dn", "Công ty Cổ phần Thống Kê", "DOANH_NGHIEP");
        unit("tk-sn", "Sở Thống Kê Thử", "SO_NGANH");
        long dn = ids.get("tk-dn");
        long sn = ids.get("tk-sn");
        person("tk-p1", "Trần Thị Lãnh Đạo Sở", "NU", "LANH_DAO_SO_NGANH", false, sn);
        person("tk-p2", "Điểu Văn Trực Tiếp", "NAM", "TRUC_TIEP", true, sn);
        person("tk-p3", "Nguyễn Thị Công Nhân", "NU", "TRUC_TIEP", false, dn);
        person("tk-p4", "Lê Văn Phó Phòng", "NAM", "LANH_DAO_KHAC", false, sn);
        person("tk-p5", "Phạm Văn Doanh Nhân", "NAM", "DOANH_NHAN", false, dn);
        // the province's awards of 2030
        award("a1", "BK_TINH", "tk-p1", null, "CONG_TRANG", YEAR);
        award("a2", "BK_TINH", "tk-p2", null, "CHUYEN_DE", YEAR);
        award("a3", "CSTD_TINH", "tk-p3", null, "CONG_TRANG", YEAR);
        award("a4", "BK_TINH", "tk-p4", null, "DOT_XUAT", YEAR);
        award("a5", "BK_TINH", null, "tk-dn", "CONG_TRANG", YEAR);
        award("a6", "CO_TINH", null, "tk-sn", "CONG_TRANG", YEAR);
        award("a7", "BK_TINH", "tk-p5", null, "NIEN_HAN", YEAR);
        // not counted: a title the form has no column for, an award of another year
        award("x1", "TTLDXS", null, "tk-sn", "CONG_TRANG", YEAR);
        award("x2", "BK_TINH", "tk-p1", null, "CONG_TRANG", YEAR - 1);
        // the State's awards of 2030 (form 0602, never in 0603)
        award("s1", "BK_TTG", "tk-p2", null, "CONG_TRANG", YEAR);
        award("s2", "BK_TTG", null, "tk-dn", "CONG_TRANG", YEAR);
        award("s3", "CSTD_TQ", "tk-p3", null, "CONG_TRANG", YEAR);
        award("s4", "CO_CP", null, "tk-sn", "CONG_TRANG", YEAR);
        award("s5", "HCLD_3", "tk-p1", null, "CONG_HIEN", YEAR);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /** Form 0603 (province): Tổng số, Bằng khen, CSTĐ cấp tỉnh, Cờ thi đua, Huy hiệu. */
    static Map<String, int[]> expectedProvince() {
        Map<String, int[]> e = new LinkedHashMap<>();
        e.put("01", new int[]{7, 5, 1, 1, 0});
        e.put("02", new int[]{2, 1, 0, 1, 0});
        e.put("03", new int[]{1, 1, 0, 0, 0});
        e.put("04", new int[]{0, 0, 0, 0, 0});
        e.put("05", new int[]{5, 4, 1, 0, 0});
        e.put("06", new int[]{0, 0, 0, 0, 0});
        e.put("07", new int[]{1, 1, 0, 0, 0});
        e.put("08", new int[]{1, 1, 0, 0, 0});
        e.put("09", new int[]{1, 1, 0, 0, 0});
        e.put("10", new int[]{2, 1, 1, 0, 0});
        e.put("11", new int[]{4, 2, 1, 1, 0});
        e.put("12", new int[]{1, 1, 0, 0, 0});
        e.put("13", new int[]{1, 1, 0, 0, 0});
        e.put("14", new int[]{0, 0, 0, 0, 0});
        e.put("15", new int[]{0, 0, 0, 0, 0});
        e.put("16", new int[]{1, 1, 0, 0, 0});
        e.put("17", new int[]{0, 0, 0, 0, 0});
        return e;
    }

    /**
     * Form 0602 (State): Tổng số; Huân chương Lao động hạng Ba TT, CN; Giải thưởng HCM; Giải thưởng Nhà nước;
     * Danh hiệu vinh dự TT, CN; Cờ thi đua của Chính phủ; Bằng khen TTg TT, CN; CSTĐ toàn quốc; khác TT, CN.
     */
    static Map<String, int[]> expectedState() {
        Map<String, int[]> e = new LinkedHashMap<>();
        e.put("01", new int[]{5, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0});
        e.put("02", new int[13]);
        e.put("03", new int[]{5, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0});
        e.put("06", new int[]{2, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0, 0, 0});
        e.put("07", new int[]{1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0});
        e.put("08", new int[13]);
        e.put("09", new int[]{3, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0});
        e.put("10", new int[13]);
        e.put("11", new int[]{1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        e.put("12", new int[13]);
        e.put("13", new int[13]);
        e.put("14", new int[]{2, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0});
        e.put("15", new int[]{4, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0});
        e.put("16", new int[13]);
        e.put("17", new int[13]);
        e.put("18", new int[13]);
        e.put("19", new int[]{1, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0});
        e.put("20", new int[13]);
        e.put("21", new int[13]);
        return e;
    }

    @Test
    void everyCellOfBothFormsCountsTheRegistry() {
        StatisticsTable province = service.compute(YEAR, "TINH");
        assertThat(province.formNumber()).isEqualTo("0603.N/BNV-TĐKT");
        assertThat(province.legalBasis()).contains("02/2023/TT-BNV");
        assertCells(province, expectedProvince());
        StatisticsTable state = service.compute(YEAR, "TRUNG_UONG");
        assertThat(state.formNumber()).isEqualTo("0602.N/BNV-TĐKT");
        assertCells(state, expectedState());
    }

    @Test
    void theRawListOfACellIsExactlyTheAwardsCounted() {
        StatisticsTable province = service.compute(YEAR, "TINH");
        assertThat(province.cell("10", 0)).extracting(AwardFact::recordId)
                .containsExactlyInAnyOrder(ids.get("a2"), ids.get("a3"));
        assertThat(province.cell("10", 1)).extracting(AwardFact::recordId).containsExactly(ids.get("a2"));
        assertThat(province.cell("01", 1)).extracting(AwardFact::recordId)
                .containsExactlyInAnyOrder(ids.get("a1"), ids.get("a2"), ids.get("a4"), ids.get("a5"), ids.get("a7"));
        assertThat(province.cell("03", 0)).extracting(AwardFact::recipientName)
                .containsExactly("Công ty Cổ phần Thống Kê");
        assertThat(province.cell("01", 0)).extracting(AwardFact::recordId)
                .doesNotContain(ids.get("x1"), ids.get("x2"), ids.get("s1"));

        ResponseEntity<byte[]> csv = rest.withBasicAuth("thamdinh", "demo").getForEntity(
                "/api/statistics/cell?year=" + YEAR + "&level=TINH&row=10&column=0&format=csv", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text.lines().count()).isEqualTo(3); // the headings and the two awards
        assertThat(text).contains("Điểu Văn Trực Tiếp", "Nguyễn Thị Công Nhân", "Bằng khen của Chủ tịch UBND tỉnh",
                "Chiến sĩ thi đua cấp tỉnh", "Chuyên đề").doesNotContain("Lãnh Đạo Sở");

        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("lanhdao.snv", "demo").getForEntity(
                "/api/statistics/cell?year=" + YEAR + "&level=TRUNG_UONG&row=06&column=8&format=xlsx", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("Công ty Cổ phần Thống Kê");
            assertThat(sheet.getRow(2).getCell(9).getStringCellValue()).isEqualTo(String.valueOf(ids.get("s2")));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theWorkbookIsTheFormCellByCell() throws Exception {
        StatisticsTable province = service.compute(YEAR, "TINH");
        byte[] bytes = StatisticsXlsx.report(new StatisticsDocument(province, "GIÁM ĐỐC", "Số liệu thử", "Người Lập",
                "Người Ký", LocalDate.of(YEAR, 12, 10)));
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Biểu số: 0603.N/BNV-TĐKT");
            assertThat(sheet.getRow(0).getCell(StatisticsXlsx.TOTAL_COLUMN).getStringCellValue())
                    .isEqualTo("Đơn vị báo cáo: Sở Nội vụ tỉnh Tây Ninh");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("Thông tư số 02/2023/TT-BNV");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue())
                    .isEqualTo("Ngày nhận báo cáo: Ngày 15 tháng 12 năm báo cáo");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).startsWith("SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ");
            assertThat(sheet.getRow(StatisticsXlsx.HEADER_ROW).getCell(StatisticsXlsx.TOTAL_COLUMN + 1)
                    .getStringCellValue()).isEqualTo("Bằng khen");
            Map<String, int[]> expected = expectedProvince();
            int checked = 0;
            for (int r = StatisticsXlsx.FIRST_DATA_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || row.getCell(1) == null) {
                    continue;
                }
                int[] values = expected.get(row.getCell(1).getStringCellValue());
                if (values == null) {
                    continue;
                }
                for (int c = 0; c < values.length; c++) {
                    assertThat((int) row.getCell(StatisticsXlsx.TOTAL_COLUMN + c).getNumericCellValue())
                            .as("row " + row.getCell(1).getStringCellValue() + " column " + c).isEqualTo(values[c]);
                }
                checked++;
            }
            assertThat(checked).isEqualTo(expected.size());
        }
    }

    @Test
    void thePdfShowsTheFormAndItsFigures() throws Exception {
        StatisticsTable state = service.compute(YEAR, "TRUNG_UONG");
        byte[] bytes = pdf.render(new StatisticsDocument(state, "GIÁM ĐỐC", "Số liệu thử", "Người Lập Biểu",
                "Nguyễn Văn Ký", LocalDate.of(YEAR, 12, 10)));
        String text;
        try (var doc = Loader.loadPDF(bytes)) {
            text = Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC)
                    .replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Biểu số: 0602.N/BNV-TĐKT", "SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC",
                "Thông tư số 02/2023/TT-BNV", "Đơn vị báo cáo: Sở Nội vụ tỉnh Tây Ninh", "năm 2030",
                "Bằng khen của Thủ tướng Chính phủ", "Chiến sĩ thi đua Toàn quốc", "NGƯỜI LẬP BIỂU", "GIÁM ĐỐC",
                "Nguyễn Văn Ký", "Ngày 10 tháng 12 năm 2030");
        // the total row: Tổng số 01 then 5 awards
        assertThat(text).containsPattern("Tổng số 01 5 0 1 0 0 0 0 1 1 1 1 0 0");
    }

    @Test
    void aSubmittedReportKeepsItsFiguresWhenTheRegistryChanges() {
        StatisticsRepository.Report r = service.open(YEAR, "TINH", "thamdinh", null);
        service.submit(r.id(), true, "Đã đối chiếu với sổ khen thưởng.", "thamdinh");
        service.approve(r.id(), "lanhdao.snv");
        long extra = award("late", "BK_TINH", "tk-p4", null, "CONG_TRANG", YEAR);
        try {
            assertThat(service.compute(YEAR, "TINH").row("01").values().get(0)).isEqualTo(8);
            StatisticsRepository.Report signed = repository.get(r.id());
            assertThat(signed.status()).isEqualTo("APPROVED");
            StatisticsTable frozen = service.table(signed);
            assertCells(frozen, expectedProvince());
            assertThat(frozen.cell("01", 0)).extracting(AwardFact::recordId).doesNotContain(extra);
            // the signed report's files and lists come from the frozen figures
            ResponseEntity<byte[]> file = rest.withBasicAuth("thanhtra", "demo").getForEntity(
                    "/api/statistics/reports/" + r.id() + "/report.xlsx", byte[].class);
            assertThat(file.getStatusCode()).isEqualTo(HttpStatus.OK);
            ResponseEntity<byte[]> list = rest.withBasicAuth("thanhtra", "demo").getForEntity(
                    "/api/statistics/reports/" + r.id() + "/cell?row=01&column=0", byte[].class);
            assertThat(new String(list.getBody(), StandardCharsets.UTF_8).lines().count()).isEqualTo(8);
        } finally {
            jdbc.sql("DELETE FROM award_record WHERE id = ?").param(extra).update();
        }
    }

    @Test
    void onlyTheStandingAgencyAndAuditorsReadTheStatistics() {
        String table = "/api/statistics/table?year=" + YEAR + "&level=TINH";
        for (String user : List.of("thamdinh", "lanhdao.snv", "thanhtra")) {
            assertThat(rest.withBasicAuth(user, "demo").getForEntity(table, String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.OK);
        }
        for (String user : List.of("canbo.stp", "thutruong.stp", "tiepnhan", "chutich")) {
            for (String url : List.of(table, "/api/statistics/table.xlsx?year=" + YEAR + "&level=TINH",
                    "/api/statistics/cell?year=" + YEAR + "&level=TINH&row=01", "/api/statistics/reports")) {
                ResponseEntity<String> refused = rest.withBasicAuth(user, "demo").getForEntity(url, String.class);
                assertThat(refused.getStatusCode()).as(user + " " + url).isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        // the home page leads the Sở's specialist, head and the auditors to the statistics page, not the receiver
        for (String user : List.of("thamdinh", "lanhdao.snv", "thanhtra")) {
            assertThat(rest.withBasicAuth(user, "demo").getForObject("/api/me", String.class)).as(user)
                    .contains("/pages/thong-ke.html");
        }
        assertThat(rest.withBasicAuth("tiepnhan", "demo").getForObject("/api/me", String.class))
                .doesNotContain("/pages/thong-ke.html");
        assertThat(rest.getForEntity(table, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/statistics/cell?year=" + YEAR + "&level=TINH&row=01", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<String> bad = rest.withBasicAuth("thamdinh", "demo")
                .getForEntity("/api/statistics/table?year=2019&level=TINH", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("Năm báo cáo phải từ 2023");
        ResponseEntity<String> noCell = rest.withBasicAuth("thamdinh", "demo")
                .getForEntity("/api/statistics/cell?year=" + YEAR + "&level=TINH&row=99", String.class);
        assertThat(noCell.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void thePersonRegistryHoldsTheFormsGroups() {
        String unit = "{\"code\":\"TK-API-1\",\"fullName\":\"Hoàng Thị Nhóm\",\"gender\":\"NU\","
                + "\"unitCode\":\"stp\",\"occupationCategory\":\"%s\",\"ethnicMinority\":true}";
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
        ResponseEntity<String> bad = rest.withBasicAuth("admin", "demo").postForEntity("/api/persons",
                new org.springframework.http.HttpEntity<>(unit.formatted("NONG_DAN_GIOI"), headers), String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("Nhóm đối tượng thống kê", "TRUC_TIEP");
        if (jdbc.sql("SELECT COUNT(*) FROM person WHERE code = 'TK-API-1'").query(Long.class).single() == 0) {
            ResponseEntity<String> created = rest.withBasicAuth("admin", "demo").postForEntity("/api/persons",
                    new org.springframework.http.HttpEntity<>(unit.formatted("TRUC_TIEP"), headers), String.class);
            assertThat(created.getStatusCode().is2xxSuccessful()).as(created.getBody()).isTrue();
        }
        String person = rest.withBasicAuth("admin", "demo").getForObject("/api/persons/TK-API-1", String.class);
        assertThat(person).contains("\"occupationCategory\":\"TRUC_TIEP\"", "\"ethnicMinority\":true");
    }

    static void assertCells(StatisticsTable table, Map<String, int[]> expected) {
        int rowsWithCode = 0;
        for (StatisticsTable.RowFigures row : table.rows()) {
            if (row.heading()) {
                assertThat(row.values()).isNull();
                continue;
            }
            rowsWithCode++;
            int[] values = expected.get(row.code());
            assertThat(values).as("expected figures of row " + row.code()).isNotNull();
            assertThat(row.values()).as("columns of row " + row.code()).hasSize(values.length);
            for (int c = 0; c < values.length; c++) {
                assertThat(row.values().get(c)).as(table.formNumber() + " row " + row.code() + " column " + c)
                        .isEqualTo(values[c]);
                assertThat(table.cell(row.code(), c)).as("list of row " + row.code() + " column " + c)
                        .hasSize(values[c]);
            }
        }
        assertThat(rowsWithCode).isEqualTo(expected.size());
    }

    // ---- the registry

    private void loadIds() {
        jdbc.sql("SELECT code, id FROM org_unit WHERE code LIKE 'tk-%'").query((rs, n) -> ids.put(rs.getString(1),
                rs.getLong(2))).list();
        jdbc.sql("SELECT code, id FROM person WHERE code LIKE 'tk-%'").query((rs, n) -> ids.put(rs.getString(1),
                rs.getLong(2))).list();
        jdbc.sql("SELECT achievement_ref, id FROM award_record WHERE achievement_ref LIKE 'tk:%'")
                .query((rs, n) -> ids.put(rs.getString(1).substring(3), rs.getLong(2))).list();
    }

    private void unit(String code, String name, String type) {
        jdbc.sql("INSERT INTO org_unit (code, name, unit_type, valid_from) VALUES (?, ?, ?, DATE '2020-01-01')")
                .params(code, name, type).update();
        ids.put(code, jdbc.sql("SELECT id FROM org_unit WHERE code = ?").param(code).query(Long.class).single());
    }

    private void person(String code, String name, String gender, String category, boolean minority, long unitId) {
        jdbc.sql("""
                        INSERT INTO person (code, full_name, gender, unit_id, occupation_category, ethnic_minority)
                        VALUES (?, ?, ?, ?, ?, ?)""").params(code, name, gender, unitId, category, minority).update();
        ids.put(code, jdbc.sql("SELECT id FROM person WHERE code = ?").param(code).query(Long.class).single());
    }

    private long award(String key, String type, String person, String unit, String kind, int year) {
        jdbc.sql("""
                        INSERT INTO award_record (award_type_code, person_id, unit_id, award_year, commendation_kind,
                          decision_number, decision_date, decision_authority, achievement_ref, legal_regime)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'ND_152_2025')""")
                .params(type, person == null ? null : ids.get(person), unit == null ? null : ids.get(unit), year,
                        kind, key + "/QĐ-TK", java.sql.Date.valueOf(LocalDate.of(year, 6, 15)),
                        "Chủ tịch UBND tỉnh", "tk:" + key).update();
        long id = jdbc.sql("SELECT id FROM award_record WHERE achievement_ref = ?").param("tk:" + key)
                .query(Long.class).single();
        ids.put(key, id);
        return id;
    }
}

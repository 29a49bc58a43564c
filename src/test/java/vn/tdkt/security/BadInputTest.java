package vn.tdkt.security;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.audit.AuditLedger;
import vn.tdkt.documents.DossierService;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.registry.importer.PersonImportValidator;
import vn.tdkt.registry.importer.UnitImportValidator;
import vn.tdkt.support.BrowserSession;
import vn.tdkt.support.DatabaseFingerprint;
import vn.tdkt.support.Http;
import vn.tdkt.support.Http.Body;
import vn.tdkt.support.Http.FilePart;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.support.TestProvince;

import javax.sql.DataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to every family of endpoints: numbers that are not whole, control characters, text made only of
 * invisible characters, .xlsx files with formulas or the wrong sheet, oversized uploads, serialized Java objects,
 * unknown ids, conflicts. Each is answered 4xx — never 5xx, never a dropped connection — with a Vietnamese message
 * (on /api; the engine's REST API keeps its own shape), and leaves the database exactly as it was.
 */
@IntegrationTest
class BadInputTest {

    @LocalServerPort int port;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired DataSource dataSource;
    @Autowired AuditLedger ledger;
    @Autowired Clock clock;
    @Autowired TestProvince province;

    /** What the inputs are sent to. */
    record Fixture(String dossier, String instance, String definition, String headTask, String blockCycle) { }

    private static Fixture fixture;
    private static DatabaseFingerprint fingerprint;

    /** One bad input: who sends what where, and the 4xx statuses it may get. */
    record Bad(String family, String what, String user, String method, Function<Fixture, String> path,
               Function<Fixture, Body> body, Set<Integer> statuses, String messagePart) {
        @Override
        public String toString() {
            return family + " · " + what;
        }
    }

    static final String NUL = "\\u0000";
    static final String INVISIBLE = "\\u200B\\u200B\\u2060\\uFEFF";
    static final Set<Integer> B400 = Set.of(400);

    static Stream<Bad> inputs() {
        return Stream.of(
                // /api/proposals: the start of a proposal
                json("proposals", "periodYear 2025.5", "canbo.stp", "POST", f -> "/api/proposals",
                        proposal("2025.5", "Hoàn thành xuất sắc nhiệm vụ được giao trong năm."), B400, "số nguyên"),
                json("proposals", "periodYear 2025.0", "canbo.stp", "POST", f -> "/api/proposals",
                        proposal("2025.0", "Hoàn thành xuất sắc nhiệm vụ được giao trong năm."), B400, "số nguyên"),
                json("proposals", "periodYear as words", "canbo.stp", "POST", f -> "/api/proposals",
                        proposal("\"hai nghìn\"", "Hoàn thành xuất sắc nhiệm vụ được giao trong năm."), B400, "periodYear"),
                json("proposals", "periodYear beyond any integer", "canbo.stp", "POST", f -> "/api/proposals",
                        proposal("1e20", "Hoàn thành xuất sắc nhiệm vụ được giao trong năm."), B400, "periodYear"),
                json("proposals", "summary with NUL", "canbo.stp", "POST", f -> "/api/proposals",
                        proposal("2025", "Hoàn thành xuất sắc " + NUL + " nhiệm vụ được giao."), B400, "U+0000"),
                json("proposals", "summary of invisible characters", "canbo.stp", "POST", f -> "/api/proposals",
                        proposal("2025", INVISIBLE.repeat(10)), B400, "Tóm tắt thành tích"),
                json("proposals", "nominee code with a right-to-left override", "canbo.stp", "POST",
                        f -> "/api/proposals", "{\"commendationKind\":\"CONG_TRANG\",\"awardType\":\"BK_TINH\","
                                + "\"periodYear\":2025,\"nomineeCodes\":[\"STP\\u202E01\"],\"achievementSummary\":"
                                + "\"Hoàn thành xuất sắc nhiệm vụ được giao trong năm.\"}", B400, "hướng chữ"),
                json("proposals", "malformed JSON", "canbo.stp", "POST", f -> "/api/proposals", "{\"periodYear\": 20",
                        B400, "JSON"),
                json("proposals", "JSON nested 400 deep", "canbo.stp", "POST", f -> "/api/proposals",
                        "[".repeat(400) + "]".repeat(400), B400, "JSON"),
                new Bad("proposals", "plain text body", "canbo.stp", "POST", f -> "/api/proposals",
                        f -> Body.text("periodYear=2025"), Set.of(415), "Kiểu nội dung"),
                json("proposals", "consultation comment with NUL", "thutruong.stp", "POST",
                        f -> "/api/proposals/" + f.dossier() + "/comments",
                        "{\"authorName\":\"A" + NUL + "\",\"content\":\"Nội dung góp ý đủ dài.\"}", B400, "U+0000"),
                new Bad("proposals", "unknown proposal", "admin", "GET", f -> "/api/proposals/DNKT-1900-99999", f -> null,
                        Set.of(404), "Không tìm thấy"),
                // /api/me/substitutions: a reason is required
                json("substitutions", "reason NUL", "thutruong.stp", "POST", f -> "/api/me/substitutions",
                        substitution("2099-03-02", NUL), B400, "U+0000"),
                json("substitutions", "reason of zero-width spaces", "thutruong.stp", "POST", f -> "/api/me/substitutions",
                        substitution("2099-03-02", INVISIBLE), B400, "Cần nêu lý do"),
                json("substitutions", "reason of non-breaking and ideographic spaces", "thutruong.stp", "POST",
                        f -> "/api/me/substitutions", substitution("2099-03-02", "\\u00A0\\u3000\\u2007"), B400,
                        "Cần nêu lý do"),
                json("substitutions", "30 February", "thutruong.stp", "POST", f -> "/api/me/substitutions",
                        substitution("2099-02-30", "Đi công tác"), B400, "fromDate"),
                json("substitutions", "substitute with a bell character", "thutruong.stp", "POST",
                        f -> "/api/me/substitutions", "{\"substituteId\":\"phothutruong\\u0007stp\",\"fromDate\":"
                                + "\"2099-03-02\",\"toDate\":\"2099-03-03\",\"reason\":\"Đi công tác\"}", B400, "U+0007"),
                // /api/units, /api/persons: the registry
                json("units", "code with NUL", "admin", "POST", f -> "/api/units", unit("dv" + NUL, "Đơn vị thử"), B400,
                        "U+0000"),
                json("units", "name of invisible characters", "admin", "POST", f -> "/api/units",
                        unit("dv-vo-hinh", INVISIBLE), B400, "Tên đơn vị không được để trống"),
                json("units", "name of 10 000 characters", "admin", "POST", f -> "/api/units",
                        unit("dv-dai", "Đ".repeat(10_000)), B400, "255"),
                json("units", "date written dd/MM/yyyy", "admin", "POST", f -> "/api/units",
                        "{\"code\":\"dv-ngay\",\"name\":\"Đơn vị\",\"unitType\":\"SO_NGANH\",\"validFrom\":\"01/03/2025\"}",
                        B400, "validFrom"),
                json("units", "a code already taken", "admin", "POST", f -> "/api/units", unit("stp", "Sở Tư pháp mới"),
                        Set.of(409), "Đã có đơn vị"),
                json("persons", "name with NUL", "admin", "POST", f -> "/api/persons",
                        "{\"code\":\"CB-NUL\",\"fullName\":\"Nguyễn" + NUL + "\",\"unitCode\":\"stp\"}", B400, "U+0000"),
                json("persons", "birth date to come", "admin", "POST", f -> "/api/persons",
                        "{\"code\":\"CB-TUONG-LAI\",\"fullName\":\"Nguyễn Văn Sau\",\"unitCode\":\"stp\",\"birthDate\":"
                                + "\"2999-01-01\"}", B400, "quá khứ"),
                json("awards", "awardYear 2024.5", "admin", "POST", f -> "/api/awards",
                        "{\"awardTypeCode\":\"LDTT\",\"unitCode\":\"stp\",\"awardYear\":2024.5,\"decisionNumber\":"
                                + "\"1/QĐ\",\"decisionDate\":\"2024-12-20\"}", B400, "số nguyên"),
                json("award-types", "a name of invisible characters", "admin", "POST", f -> "/api/award-types",
                        "{\"code\":\"HT_VO_HINH\",\"name\":\"" + INVISIBLE + "\",\"category\":\"HINH_THUC\","
                                + "\"recipientKind\":\"CA_NHAN\",\"decidingLevel\":\"TINH\"}", B400, "Tên không được để trống"),
                new Bad("notifications", "business key with NUL", "admin", "GET", f -> "/api/notifications?businessKey=a%00",
                        f -> null, B400, "U+0000"),
                new Bad("block-cycles", "unknown cycle", "admin", "GET", f -> "/api/block-cycles/KTD-KHONG-CO-2026/dashboard",
                        f -> null, Set.of(404), "Không tìm thấy"),
                new Bad("block-cycles", "a sheet kind that does not exist", "admin", "GET",
                        f -> "/api/block-cycles/" + f.blockCycle() + "/sheets/stp?kind=BAT_KY", f -> null,
                        B400, "SELF, CROSS"),
                json("me", "a substitution of someone else", "thutruong.stp", "POST", f -> "/api/me/substitutions",
                        "{\"userId\":\"chutich\",\"substituteId\":\"phothutruong.stp\",\"fromDate\":\"2099-03-02\","
                                + "\"toDate\":\"2099-03-03\",\"reason\":\"x\"}", Set.of(403), "quản trị viên"),
                new Bad("user-profiles", "unknown user", "admin", "PUT", f -> "/api/user-profiles/khong-co-ai",
                        f -> Body.json("{\"unitCode\":\"stp\"}"), Set.of(404), "Không có tài khoản"),
                json("user-profiles", "unit code with NUL", "admin", "PUT", f -> "/api/user-profiles/canbo.stp",
                        "{\"unitCode\":\"stp" + NUL + "\"}", B400, "U+0000"),
                // /api/import: .xlsx
                xlsx("import", "a formula cell (saved without its value)", "/api/import/units", UnitImportValidator.SHEET,
                        UnitImportValidator.HEADERS, List.of("dv-cong-thuc", "=A2", "SO_NGANH", "", "01/01/2020"),
                        "công thức"),
                xlsx("import", "the wrong sheet", "/api/import/units", "Sheet1", UnitImportValidator.HEADERS,
                        List.of("dv-sai-trang", "Đơn vị sai trang", "SO_NGANH", "", "01/01/2020"),
                        "Không có trang tính"),
                xlsx("import", "a control character in a cell", "/api/import/units", UnitImportValidator.SHEET,
                        UnitImportValidator.HEADERS, List.of("dv-dieu-khien", "Đơn vị_x0000_X", "SO_NGANH", "",
                                "01/01/2020"), "U+0000"),
                xlsx("import", "persons on the units' sheet", "/api/import/persons", UnitImportValidator.SHEET,
                        PersonImportValidator.HEADERS, List.of("CB-SAI-TRANG", "Trần Sai Trang", "Nam", "", "", "stp"),
                        "Cán bộ"),
                new Bad("import", "a text file", "admin", "POST", f -> "/api/import/units",
                        f -> Http.multipart(Map.of("file", new FilePart("don-vi.xlsx", "application/octet-stream",
                                "Mã đơn vị,Tên đơn vị\ndv,Đơn vị\n".getBytes(StandardCharsets.UTF_8)))), B400, ".xlsx"),
                // /api/dossiers: uploads
                new Bad("dossiers", "13 MB upload", "canbo.stp", "POST", f -> "/api/dossiers/" + f.dossier() + "/documents",
                        f -> upload(13_000_000), Set.of(413), "12 MB"),
                new Bad("dossiers", "11 MB file (the request fits)", "canbo.stp", "POST",
                        f -> "/api/dossiers/" + f.dossier() + "/documents", f -> upload(11 * 1024 * 1024),
                        Set.of(413), "10 MB"),
                new Bad("dossiers", "unknown document type", "canbo.stp", "POST",
                        f -> "/api/dossiers/" + f.dossier() + "/documents", f -> Http.multipart(Map.of(
                                "documentType", "KHONG_CO", "file", new FilePart("a.pdf", "application/pdf",
                                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))), B400, "Loại tài liệu"),
                new Bad("dossiers", "a web page named .pdf", "canbo.stp", "POST",
                        f -> "/api/dossiers/" + f.dossier() + "/documents", f -> Http.multipart(Map.of(
                                "documentType", "KHAC", "file", new FilePart("trang.pdf", "application/pdf",
                                        "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))), B400, null),
                new Bad("dossiers", "unknown dossier", "admin", "GET", f -> "/api/dossiers/KHONG-CO/documents", f -> null,
                        Set.of(404), null),
                // /api/calendar, /api/council, /api/blocks
                json("calendar", "13th month", "admin", "POST", f -> "/api/calendar/exceptions/2031-13-01",
                        "{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ\",\"legalBasis\":\"x\"}", B400, null),
                json("calendar", "name with NUL", "admin", "POST", f -> "/api/calendar/exceptions/2031-01-02",
                        "{\"kind\":\"HOLIDAY\",\"name\":\"Nghỉ" + NUL + "\",\"legalBasis\":\"x\"}", B400, "U+0000"),
                json("council", "term from a 99th month", "admin", "PUT", f -> "/api/council/terms/NK-SAI",
                        "{\"from\":\"2026-99-01\",\"to\":\"2030-12-31\",\"members\":[]}", B400, null),
                json("blocks", "year 2026.5", "admin", "PUT", f -> "/api/blocks/NC/years/2026.5/scoring-table", "{}",
                        B400, "year"),
                json("blocks", "criterion name with NUL", "admin", "PUT", f -> "/api/blocks/NC/years/2031/scoring-table",
                        "{\"groups\":[{\"code\":\"I\",\"name\":\"Nhóm" + NUL + "\",\"criteria\":[]}]}", B400, "U+0000"),
                // /api/audit, /api/decisions: reads
                new Bad("audit", "unit with NUL", "thanhtra", "GET", f -> "/api/audit/proposals?unit=%00", f -> null,
                        B400, "U+0000"),
                new Bad("audit", "year in words", "thanhtra", "GET", f -> "/api/audit/proposals?year=hai", f -> null,
                        B400, "year"),
                new Bad("decisions", "unknown decision", "admin", "GET", f -> "/api/decisions/999999999", f -> null,
                        Set.of(404), null),
                new Bad("decisions", "decision id in words", "admin", "GET", f -> "/api/decisions/mot", f -> null,
                        B400, "id"),
                // nowhere
                new Bad("errors", "the error page opened directly", null, "GET", f -> "/error", f -> null, Set.of(404),
                        "Không có trang"),
                new Bad("errors", "an address that does not exist", "admin", "GET", f -> "/api/khong-co", f -> null,
                        Set.of(404), "Không có"),
                // /engine-rest
                json("engine-rest", "a serialized Java object as a variable", "thutruong.stp", "POST",
                        f -> "/engine-rest/task/" + f.headTask() + "/complete", "{\"variables\":{\"x\":{\"value\":"
                                + "\"rO0ABXQAA2FiYw==\",\"type\":\"Object\",\"valueInfo\":{\"objectTypeName\":"
                                + "\"java.lang.String\",\"serializationDataFormat\":"
                                + "\"application/x-java-serialized-object\"}}}}", B400, "Java"),
                json("engine-rest", "a variable with NUL", "thutruong.stp", "PUT",
                        f -> "/engine-rest/task/" + f.headTask() + "/localVariables/ghiChu",
                        "{\"value\":\"a" + NUL + "b\",\"type\":\"String\"}", B400, "U+0000"),
                json("engine-rest", "a variable of zero-width spaces", "thutruong.stp", "PUT",
                        f -> "/engine-rest/task/" + f.headTask() + "/localVariables/ghiChu",
                        "{\"value\":\"" + INVISIBLE + "\",\"type\":\"String\"}", B400, "vô hình"),
                json("engine-rest", "a reason of zero-width spaces on completion", "thutruong.stp", "POST",
                        f -> "/engine-rest/task/" + f.headTask() + "/complete", "{\"variables\":{\"headDecision\":"
                                + "{\"value\":\"RETURN\",\"type\":\"String\"},\"headComment\":{\"value\":\""
                                + INVISIBLE + "\",\"type\":\"String\"}}}", B400, "vô hình"),
                json("engine-rest", "a comment of zero-width spaces", "thutruong.stp", "POST",
                        f -> "/engine-rest/task/" + f.headTask() + "/comment/create",
                        "{\"message\":\"" + INVISIBLE + "\"}", B400, "Ý kiến trống"),
                json("engine-rest", "a comment with NUL", "thutruong.stp", "POST",
                        f -> "/engine-rest/task/" + f.headTask() + "/comment/create", "{\"message\":\"a" + NUL + "\"}",
                        B400, "U+0000"),
                json("engine-rest", "start with periodYear 2025.5", "canbo.stp", "POST",
                        f -> "/engine-rest/process-definition/key/commendation-proposal/start",
                        "{\"variables\":{\"commendationKind\":{\"value\":\"CONG_TRANG\"},\"awardType\":{\"value\":"
                                + "\"BK_TINH\"},\"periodYear\":{\"value\":2025.5,\"type\":\"Double\"},\"nomineeCodes\":"
                                + "{\"value\":\"[\\\"STP-01\\\"]\",\"type\":\"Json\"},\"achievementSummary\":{\"value\":\"Hoàn thành xuất sắc nhiệm vụ"
                                + " được giao trong năm.\"}}}", B400, "Năm thành tích"),
                json("engine-rest", "restart a running instance", "admin", "POST",
                        f -> "/engine-rest/process-definition/" + f.definition() + "/restart",
                        null, Set.of(409), "đang chạy"),
                new Bad("engine-rest", "a membership already there", "admin", "PUT",
                        f -> "/engine-rest/group/unit-officer/members/canbo.stp", f -> null, Set.of(409), "đã ở trong nhóm"),
                new Bad("engine-rest", "the last administrator out of the group", "admin", "DELETE",
                        f -> "/engine-rest/group/camunda-admin/members/admin", f -> null, Set.of(409),
                        "quản trị viên cuối cùng"),
                json("engine-rest", "a user id with a space", "admin", "POST", f -> "/engine-rest/user/create",
                        "{\"profile\":{\"id\":\"ke gian\"},\"credentials\":{\"password\":\"x\"}}", B400, "Mã không hợp lệ"),
                json("engine-rest", "an authorization without its type", "admin", "POST",
                        f -> "/engine-rest/authorization/create", "{}", B400, "thiếu dữ liệu"),
                json("engine-rest", "a migration without its plan", "admin", "POST", f -> "/engine-rest/migration/execute",
                        "{}", B400, "thiếu dữ liệu"),
                // what Camunda's REST layer answered 500 (found by sending every endpoint bad input as admin)
                new Bad("engine-rest", "the variables of a task that does not exist", "admin", "GET",
                        f -> "/engine-rest/task/khong-co/variables", f -> null, Set.of(404), "Không tìm thấy"),
                json("engine-rest", "a variable put on a task that does not exist", "admin", "PUT",
                        f -> "/engine-rest/task/khong-co/variables/x", "{\"value\":\"a\",\"type\":\"String\"}",
                        Set.of(404), "Không tìm thấy"),
                new Bad("engine-rest", "the deployed form of a task that does not exist", "admin", "GET",
                        f -> "/engine-rest/task/khong-co/deployed-form", f -> null, Set.of(404), "Không tìm thấy"),
                json("engine-rest", "variables of a process instance that does not exist", "admin", "POST",
                        f -> "/engine-rest/process-instance/khong-co/variables", "{}", Set.of(404), "Không tìm thấy"),
                json("engine-rest", "a signal to an execution that does not exist", "admin", "POST",
                        f -> "/engine-rest/execution/khong-co/signal", "{}", Set.of(404), "Không tìm thấy"),
                json("engine-rest", "a group without its id", "admin", "POST", f -> "/engine-rest/group/create", "{}",
                        B400, "thiếu dữ liệu"),
                json("engine-rest", "an external-task fetch without a worker", "admin", "POST",
                        f -> "/engine-rest/external-task/fetchAndLock", "{}", B400, "thiếu dữ liệu"),
                json("engine-rest", "a claim for a user id longer than the column", "admin", "POST",
                        f -> "/engine-rest/task/" + f.headTask() + "/claim", "{\"userId\":\"" + "x".repeat(300) + "\"}",
                        B400, "vượt quá giới hạn"),
                new Bad("engine-rest", "a negative page size", "admin", "GET",
                        f -> "/engine-rest/incident?maxResults=-5", f -> null, B400, "vượt quá giới hạn"),
                new Bad("engine-rest", "deleting a task of a running process", "admin", "DELETE",
                        f -> "/engine-rest/task/" + f.headTask(), f -> null, Set.of(409), "quy trình đang chạy"),
                new Bad("engine-rest", "an attachment named with NUL", "thutruong.stp", "POST",
                        f -> "/engine-rest/task/" + f.headTask() + "/attachment/create", f -> Http.multipart(Map.of(
                                "attachment-name", "ghi\u0000chu.txt", "content", new FilePart("ghi-chu.txt", "text/plain",
                                        "x".getBytes(StandardCharsets.UTF_8)))), B400, "U+0000"),
                new Bad("engine-rest", "a deployment named with a bell", "admin", "POST", f -> "/engine-rest/deployment/create",
                        f -> Http.multipart(Map.of("deployment-name", "ban\u0007trien-khai", "data", new FilePart("x.bpmn",
                                "application/octet-stream", "<x/>".getBytes(StandardCharsets.UTF_8)))), B400, "U+0007"),
                new Bad("units", "a control character in the address", "admin", "GET", f -> "/api/units/st%07p", f -> null,
                        B400, "U+0007"),
                new Bad("engine-rest", "a 13 MB deployment", "admin", "POST", f -> "/engine-rest/deployment/create",
                        f -> Http.multipart(Map.of("deployment-name", "qua-lon", "data", new FilePart("x.bpmn",
                                "application/octet-stream", new byte[13_000_000]))), Set.of(413), "12 MB"));
    }

    private static Bad json(String family, String what, String user, String method, Function<Fixture, String> path,
                            String json, Set<Integer> statuses, String messagePart) {
        return new Bad(family, what, user, method, path, f -> json == null ? Body.json("{\"processInstanceIds\":[\""
                + f.instance() + "\"],\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":"
                + "\"Task_CompleteDossier\"}]}") : Body.json(json), statuses, messagePart);
    }

    private static String proposal(String year, String summary) {
        return "{\"commendationKind\":\"CONG_TRANG\",\"awardType\":\"BK_TINH\",\"periodYear\":" + year
                + ",\"nomineeCodes\":[\"STP-01\"],\"achievementSummary\":\"" + summary + "\"}";
    }

    private static String substitution(String from, String reason) {
        return "{\"substituteId\":\"phothutruong.stp\",\"fromDate\":\"" + from + "\",\"toDate\":\"2099-03-05\","
                + "\"reason\":\"" + reason + "\"}";
    }

    private static String unit(String code, String name) {
        return "{\"code\":\"" + code + "\",\"name\":\"" + name + "\",\"unitType\":\"SO_NGANH\",\"validFrom\":\"2020-01-01\"}";
    }

    private static Body upload(int size) {
        byte[] pdf = Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), size);
        return Http.multipart(Map.of("documentType", "KHAC", "file", new FilePart("lon.pdf", "application/pdf", pdf)));
    }

    /** An .xlsx with one row; a cell "=…" is a formula saved without its value; "_x0000_" a control character. */
    private static Bad xlsx(String family, String what, String path, String sheet, List<String> headers,
                            List<String> row, String messagePart) {
        return new Bad(family, what, "admin", "POST", f -> path, f -> Http.multipart(Map.of("file",
                new FilePart("nhap.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        workbook(sheet, headers, row)))), B400, messagePart);
    }

    private static byte[] workbook(String sheet, List<String> headers, List<String> values) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var s = wb.createSheet(sheet);
            Row header = s.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            Row row = s.createRow(1);
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).startsWith("=")) {
                    row.createCell(i).setCellFormula(values.get(i).substring(1));
                } else if (!values.get(i).isEmpty()) {
                    row.createCell(i).setCellValue(values.get(i));
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @BeforeEach
    void fixture() {
        if (fixture != null) {
            return;
        }
        int year = LocalDate.now(clock).getYear() - 1;
        ProposalFixture proposals = new ProposalFixture(engine, jdbc, dossiers);
        String nominee = proposals.person("stp", "Phan Văn Nhập Sai", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        // a proposal whose dossier is open (the officer uploads), and one waiting for the head's signature
        ProcessInstance open = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee);
        String nominee2 = proposals.person("stp", "Phan Thị Nhập Sai", Map.of("CSTDCS", List.of(year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        ProcessInstance signing = proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, nominee2);
        proposals.uploadAll(signing, "canbo.stp");
        proposals.submitDossier(signing);
        fixture = new Fixture(proposals.businessKey(open), open.getId(), open.getProcessDefinitionId(),
                proposals.task(signing, "Task_HeadSign").getId(), province.blockCycleOpened(engine.getRuntimeService()));
        fingerprint = new DatabaseFingerprint(dataSource, ledger::sealWaiting);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void badInputIsRefusedWith4xxAndChangesNothing(Bad bad) {
        Map<String, String> before = fingerprint.take();

        Http.Response r = Http.to(port).send(bad.method(), bad.path().apply(fixture), bad.user(),
                bad.body().apply(fixture));

        assertThat(r.status()).as(bad + ": " + r).isIn(bad.statuses());
        assertThat(r.header("Content-Type")).as(bad + ": an answer a program reads").contains("json");
        if (bad.messagePart() != null) {
            assertThat(r.body()).as(bad + ": the message says what is wrong").contains(bad.messagePart());
        }
        assertThat(r.body()).as(bad + ": in Vietnamese").containsPattern("[ạảãàáâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữđ]");
        assertThat(DatabaseFingerprint.changed(before, fingerprint.take())).as(bad + ": nothing changed").isEmpty();
    }

    /** The webapps' engine API (Tasklist, Cockpit, Admin) answers a missing task or a bad value as /engine-rest does. */
    @org.junit.jupiter.api.Test
    void webappsEngineApiAnswersMissingThingsAndBadValuesWith4xx() {
        BrowserSession admin = BrowserSession.signIn(port, "admin", "cockpit");
        Map<String, String> before = fingerprint.take();
        String api = "/camunda/api/engine/engine/default";
        for (String missing : List.of(api + "/task/khong-co/variables", api + "/task/khong-co/deployed-form",
                api + "/process-instance/khong-co/variables")) {
            Http.Response r = admin.get(missing);
            assertThat(r.status()).as(missing + ": " + r).isEqualTo(404);
            assertThat(r.body()).as(missing).contains("Không tìm thấy");
        }
        Http.Response negative = admin.get(api + "/incident?maxResults=-5");
        assertThat(negative.status()).as(negative.toString()).isEqualTo(400);
        assertThat(negative.body()).contains("vượt quá giới hạn");
        assertThat(DatabaseFingerprint.changed(before, fingerprint.take())).isEmpty();
    }

    /** Tasklist's own API (the webapps' session) refuses control characters too. */
    @org.junit.jupiter.api.Test
    void tasklistsApiRefusesControlCharacters() {
        BrowserSession head = BrowserSession.signIn(port, "thutruong.stp", "tasklist");
        Map<String, String> before = fingerprint.take();
        Http.Response r = head.change("POST", "/camunda/api/engine/engine/default/task/" + fixture.headTask()
                + "/comment/create", Body.json("{\"message\":\"a" + NUL + "\"}"));
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.body()).contains("U+0000");
        Http.Response zeroWidth = head.change("POST", "/camunda/api/engine/engine/default/task/" + fixture.headTask()
                + "/comment/create", Body.json("{\"message\":\"" + INVISIBLE + "\"}"));
        assertThat(zeroWidth.status()).as(zeroWidth.toString()).isEqualTo(400);
        assertThat(zeroWidth.body()).contains("Ý kiến trống");
        assertThat(DatabaseFingerprint.changed(before, fingerprint.take())).isEmpty();
    }
}

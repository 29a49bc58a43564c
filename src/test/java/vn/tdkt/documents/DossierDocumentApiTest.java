package vn.tdkt.documents;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.proposal.ProposalFixture;
import vn.tdkt.refusal.Refusal;
import vn.tdkt.support.IntegrationTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Uploading, listing and downloading dossier documents over HTTP as the province's users (TestProvince). */
@IntegrationTest
class DossierDocumentApiTest {

    private static final String PDF = "application/pdf";

    @Autowired TestRestTemplate rest;
    @Autowired DossierService service;
    @Autowired DocumentsProperties properties;
    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    ProposalFixture proposals;

    @BeforeEach
    void init() {
        proposals = new ProposalFixture(engine, jdbc, service);
    }

    /** A fresh dossier of the unit; business keys are unique because the database is shared by all tests. */
    private String newDossier(String unitCode) {
        String key = "DNKT-T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        service.openDossier(key, unitCode, null);
        return key;
    }

    @Test
    void theUnitOfficerUploadsListsAndDownloadsTheSameBytes() {
        String key = newDossier("stp");
        DossierApi officer = DossierApi.as(rest, "canbo.stp");
        byte[] pdf = TestFiles.pdf("Tờ trình đề nghị khen thưởng");

        ResponseEntity<JsonNode> created = officer.upload(key, "TTR", "Tờ trình số 12.pdf", PDF, pdf);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode doc = created.getBody();
        assertThat(doc.path("documentType").asText()).isEqualTo("TTR");
        assertThat(doc.path("documentTypeName").asText()).isEqualTo("Tờ trình và danh sách đề nghị");
        assertThat(doc.path("fileName").asText()).isEqualTo("Tờ trình số 12.pdf");
        assertThat(doc.path("contentType").asText()).isEqualTo(PDF);
        assertThat(doc.path("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(doc.path("sha256").asText()).isEqualTo(UploadValidator.sha256(pdf));
        assertThat(doc.path("uploadedBy").asText()).isEqualTo("canbo.stp");
        assertThat(doc.path("uploadedAt").asText()).endsWith("+07:00");
        assertThat(doc.path("round").asInt()).isEqualTo(1);
        long id = doc.path("id").asLong();

        ResponseEntity<JsonNode> listed = officer.list(key, false);
        assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(listed.getBody()).hasSize(1);
        assertThat(listed.getBody().get(0).path("id").asLong()).isEqualTo(id);

        ResponseEntity<byte[]> download = officer.download(key, id);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(pdf);
        assertThat(UploadValidator.sha256(download.getBody())).isEqualTo(doc.path("sha256").asText());
        HttpHeaders headers = download.getHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        // a PDF opens in the browser (inline); Word and Excel files are downloaded (see DownloadFormatsTest)
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("inline;")
                .endsWith("; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20s%E1%BB%91%2012.pdf");
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("Tờ trình số 12.pdf");
        assertThat(headers.get("X-Content-Type-Options")).containsExactly("nosniff");

        // the unit head reads his unit's dossier
        assertThat(DossierApi.as(rest, "thutruong.stp").download(key, id).getBody()).isEqualTo(pdf);
    }

    @Test
    void anotherUnitIsRefusedWhileTheStandingAgencyAndReviewersGetIn() {
        String key = newDossier("stp");
        long id = DossierApi.as(rest, "canbo.stp").upload(key, "BCTT", "bao-cao.pdf", PDF, TestFiles.pdf("Báo cáo"))
                .getBody().path("id").asLong();

        DossierApi otherUnit = DossierApi.as(rest, "canbo.syt");
        ResponseEntity<JsonNode> upload = otherUnit.upload(key, "KHAC", "chen.pdf", PDF, TestFiles.pdf("Chen"));
        assertForbidden(upload, "không có quyền tải tài liệu lên hồ sơ '" + key + "'");
        assertForbidden(otherUnit.list(key, false), "không có quyền xem tài liệu");
        assertForbidden(otherUnit.downloadRefused(key, id), "không có quyền xem tài liệu");

        assertThat(DossierApi.as(rest, "thamdinh").download(key, id).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(DossierApi.as(rest, "chutich").list(key, true).getBody()).hasSize(1);
        DossierApi auditor = DossierApi.as(rest, "thanhtra");
        assertThat(auditor.list(key, false).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertForbidden(auditor.upload(key, "KHAC", "ghi-chu.pdf", PDF, TestFiles.pdf("x")), "không có quyền tải");
        // the standing agency attaches the related agencies' opinions (hiệp y)
        ResponseEntity<JsonNode> opinion = DossierApi.as(rest, "tiepnhan")
                .upload(key, "HY", "hiep-y-cong-an.pdf", PDF, TestFiles.pdf("Hiệp y"));
        assertThat(opinion.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(opinion.getBody().path("uploadedBy").asText()).isEqualTo("tiepnhan");

        ResponseEntity<String> anonymous = rest.getForEntity(DossierApi.url(key), String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void unknownDossiersAndDocumentsAreNotFound() {
        DossierApi officer = DossierApi.as(rest, "canbo.stp");
        String unknown = "DNKT-KHONG-CO";
        ResponseEntity<JsonNode> list = officer.list(unknown, false);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(list.getBody().path("code").asText()).isEqualTo("DOSSIER_NOT_FOUND");
        assertThat(officer.upload(unknown, "TTR", "a.pdf", PDF, TestFiles.pdf("a")).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        // a document is only reachable through its own dossier
        String a = newDossier("stp");
        String b = newDossier("stp");
        long inB = officer.upload(b, "TTR", "b.pdf", PDF, TestFiles.pdf("b")).getBody().path("id").asLong();
        ResponseEntity<JsonNode> wrongDossier = officer.downloadRefused(a, inB);
        assertThat(wrongDossier.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongDossier.getBody().path("code").asText()).isEqualTo("DOCUMENT_NOT_FOUND");
        assertThat(officer.downloadRefused(a, Long.MAX_VALUE).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void badFilesAreRefusedWithAVietnameseMessage() {
        String key = newDossier("stp");
        DossierApi officer = DossierApi.as(rest, "canbo.stp");
        byte[] html = "<html><body>Không phải PDF</body></html>".getBytes(StandardCharsets.UTF_8);

        assertBadRequest(officer.upload(key, "TTR", "gia-mao.pdf", PDF, html), "CONTENT_MISMATCH", "không phải PDF");
        assertBadRequest(officer.upload(key, "TTR", "rong.pdf", PDF, new byte[0]), "EMPTY_FILE", "rỗng");
        assertBadRequest(officer.upload(key, "XYZ", "a.pdf", PDF, TestFiles.pdf("a")), "UNKNOWN_DOCUMENT_TYPE",
                "Loại tài liệu (documentType) 'XYZ' không hợp lệ");
        assertBadRequest(officer.upload(key, null, "a.pdf", PDF, TestFiles.pdf("a")), "DOCUMENT_TYPE_REQUIRED",
                "Chưa chọn loại tài liệu");
        assertBadRequest(officer.upload(key, "TTR", "trang.html", "text/html", html), "CONTENT_TYPE_NOT_ALLOWED",
                "không được chấp nhận");
        assertBadRequest(officer.upload(key, "TTR", null, null, null), "FILE_REQUIRED", "Chưa gửi tệp");
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<JsonNode> notMultipart = rest.withBasicAuth("canbo.stp", DossierApi.PASSWORD).exchange(
                DossierApi.url(key), HttpMethod.POST, new HttpEntity<>("{\"file\":\"x\"}", json), JsonNode.class);
        assertBadRequest(notMultipart, "FILE_REQUIRED", "multipart/form-data");

        assertThat(officer.list(key, true).getBody()).isEmpty();
        // a Word file sent as application/octet-stream (as curl does) is recognised by its name and content
        ResponseEntity<JsonNode> docx = officer.upload(key, "bctt", "bao-cao.docx", "application/octet-stream",
                TestFiles.docx());
        assertThat(docx.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(docx.getBody().path("contentType").asText()).isEqualTo(FileFormat.DOCX.mimeType());
        assertThat(docx.getBody().path("documentType").asText()).isEqualTo("BCTT");
    }

    @Test
    void tooLargeFilesAreRefusedAsJson() {
        String key = newDossier("stp");
        DossierApi officer = DossierApi.as(rest, "canbo.stp");
        byte[] pdf = Arrays.copyOf(TestFiles.pdf("Báo cáo"), 4096);

        long limit = properties.getMaxSizeBytes();
        properties.setMaxSizeBytes(2048);
        try {
            assertBadRequest(officer.upload(key, "BCTT", "bao-cao.pdf", PDF, pdf), "FILE_TOO_LARGE",
                    "có dung lượng 4 KB, vượt mức tối đa 2 KB");
        } finally {
            properties.setMaxSizeBytes(limit);
        }
        assertThat(officer.upload(key, "BCTT", "bao-cao.pdf", PDF, pdf).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // above spring.servlet.multipart.max-file-size Spring refuses before the controller; still JSON
        byte[] huge = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1024);
        ResponseEntity<JsonNode> refused = officer.upload(key, "BCTT", "qua-lon.pdf", PDF, huge);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("FILE_TOO_LARGE");
        assertThat(refused.getBody().path("message").asText()).contains("vượt quá dung lượng");
        assertThat(officer.list(key, false).getBody()).hasSize(1);
    }

    @Test
    void aClosedDossierRefusesUploadsUntilItIsReturned() {
        String key = newDossier("stp");
        DossierApi officer = DossierApi.as(rest, "canbo.stp");
        service.setUploadOpen(key, false);
        assertBadRequest(officer.upload(key, "TTR", "totrinh.pdf", PDF, TestFiles.pdf("v1")), "DOSSIER_CLOSED",
                "tạm khóa việc tải tài liệu");
        assertThat(service.dossier(key).openForUpload()).isFalse();

        service.setUploadOpen(key, true);
        assertThat(officer.upload(key, "TTR", "totrinh.pdf", PDF, TestFiles.pdf("v1")).getBody().path("round").asInt())
                .isEqualTo(1);
        service.setUploadOpen(key, false);
        service.startNewRound(key);
        Dossier returned = service.dossier(key);
        assertThat(returned.openForUpload()).isTrue();
        assertThat(returned.currentRound()).isEqualTo(2);
        assertThat(officer.upload(key, "BCTT", "bao-cao.pdf", PDF, TestFiles.pdf("b")).getBody().path("round").asInt())
                .isEqualTo(2);
    }

    @Test
    void theStandingAgencyAttachesConcurringOpinionsWhileTheDossierIsClosedAndKeepsEachOne() {
        String key = newDossier("stp");
        service.setUploadOpen(key, false);
        DossierApi specialist = DossierApi.as(rest, "thamdinh");
        assertThat(specialist.upload(key, "HY", "cuc-thue.pdf", PDF, TestFiles.pdf("Cục Thuế")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(specialist.upload(key, "HY", "bhxh.pdf", PDF, TestFiles.pdf("BHXH")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(specialist.list(key, false).getBody()).hasSize(2);
        // the unit's own documents stay locked, for the agency too
        assertBadRequest(specialist.upload(key, "TTR", "totrinh.pdf", PDF, TestFiles.pdf("x")), "DOSSIER_CLOSED",
                "tạm khóa");
        assertBadRequest(DossierApi.as(rest, "canbo.stp").upload(key, "HY", "hy.pdf", PDF, TestFiles.pdf("y")),
                "DOSSIER_CLOSED", "tạm khóa");
    }

    @Test
    void aNewUploadOfTheSameTypeReplacesTheOldOneButKeepsIt() {
        String key = newDossier("stp");
        DossierApi officer = DossierApi.as(rest, "canbo.stp");
        byte[] first = TestFiles.pdf("Tờ trình lần 1");
        byte[] second = TestFiles.pdf("Tờ trình lần 2, đã sửa");
        long v1 = officer.upload(key, "TTR", "totrinh-v1.pdf", PDF, first).getBody().path("id").asLong();
        officer.upload(key, "BCTT", "bao-cao.docx", FileFormat.DOCX.mimeType(), TestFiles.docx());
        service.startNewRound(key);
        long v2 = officer.upload(key, "TTR", "totrinh-v2.pdf", PDF, second).getBody().path("id").asLong();

        JsonNode current = officer.list(key, false).getBody();
        assertThat(current).hasSize(2);
        assertThat(current.findValuesAsText("fileName")).containsExactly("bao-cao.docx", "totrinh-v2.pdf");
        assertThat(current.findValues("replacedById")).allMatch(JsonNode::isNull);

        JsonNode history = officer.list(key, true).getBody();
        assertThat(history).hasSize(3);
        assertThat(history.get(0).path("id").asLong()).isEqualTo(v1);
        assertThat(history.get(0).path("replacedById").asLong()).isEqualTo(v2);
        assertThat(history.get(0).path("round").asInt()).isEqualTo(1);
        assertThat(history.get(2).path("round").asInt()).isEqualTo(2);
        // the replaced file can still be downloaded
        assertThat(officer.download(key, v1).getBody()).isEqualTo(first);
        assertThat(officer.download(key, v2).getBody()).isEqualTo(second);

        assertThat(service.missingTypes(key, List.of("TTR", "BCTT", "BB_PHIEU", "HY", "TTR"))).containsExactly("BB_PHIEU", "HY");
        assertThatThrownBy(() -> service.missingTypes(key, List.of("TTR", "KHONG_CO")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.code()).isEqualTo("UNKNOWN_DOCUMENT_TYPE"));

        String summary = service.summaryText(key);
        assertThat(summary.lines().toList()).hasSize(2);
        assertThat(summary).startsWith("• Tờ trình và danh sách đề nghị: totrinh-v2.pdf (")
                .contains(", SHA-256 " + UploadValidator.sha256(second).substring(0, 8) + "…)")
                .contains("\n• Báo cáo thành tích: bao-cao.docx (")
                .doesNotContain("totrinh-v1.pdf");
        assertThat(service.summaryText(newDossier("syt"))).isEqualTo(DossierSummary.EMPTY);
    }

    @Test
    void theUploadFormOffersTheMissingTypesFirstAndNothingWhileUnderReviewOrToOutsiders() {
        ProcessInstance pi = proposal();
        String key = proposals.businessKey(pi);
        List<String> required = proposals.required(pi);
        assertThat(required).contains("TTR", "BCTT");
        DossierApi officer = DossierApi.as(rest, "canbo.stp");

        JsonNode fresh = officer.state(key).getBody();
        assertThat(texts(fresh.path("requiredTypes"))).isEqualTo(required);
        assertThat(texts(fresh.path("missingTypes"))).isEqualTo(required);
        assertThat(fresh.path("finished").asBoolean()).isFalse();
        // every missing one, then "Tài liệu khác"; nothing to replace yet
        assertThat(choices(fresh, UploadChoices.MISSING)).isEqualTo(required);
        assertThat(choices(fresh, UploadChoices.OTHER)).containsExactly("KHAC");
        assertThat(choices(fresh, UploadChoices.REPLACE)).isEmpty();
        assertThat(fresh.path("uploadChoices").get(0).path("label").asText()).isEqualTo(
                DocumentType.valueOf(required.get(0)).label());

        assertThat(officer.upload(key, "TTR", "to-trinh.pdf", PDF, TestFiles.pdf("Tờ trình")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        JsonNode after = officer.state(key).getBody();
        assertThat(choices(after, UploadChoices.MISSING)).doesNotContain("TTR")
                .containsExactlyElementsOf(required.stream().filter(t -> !t.equals("TTR")).toList());
        assertThat(choices(after, UploadChoices.REPLACE)).containsExactly("TTR");
        assertThat(texts(after.path("missingTypes"))).doesNotContain("TTR");

        // the standing agency attaches concurring opinions as well
        assertThat(choices(DossierApi.as(rest, "thamdinh").state(key).getBody(), UploadChoices.OTHER))
                .containsExactly("HY", "KHAC");
        // readers who never upload: no choices, and why
        JsonNode head = DossierApi.as(rest, "thutruong.stp").state(key).getBody();
        assertThat(head.path("uploadChoices")).isEmpty();
        assertThat(head.path("uploadRefusal").asText()).contains("Chỉ cán bộ TĐKT của đơn vị lập hồ sơ");
        // under review: the unit may not add anything, the agency only its opinions and other papers
        service.setUploadOpen(key, false);
        JsonNode locked = officer.state(key).getBody();
        assertThat(locked.path("uploadChoices")).isEmpty();
        assertThat(locked.path("uploadRefusal").asText()).contains("tạm khóa việc tải tài liệu lên");
        assertThat(texts(DossierApi.as(rest, "tiepnhan").state(key).getBody().path("uploadChoices"), "code"))
                .containsExactly("HY", "KHAC");
        // another unit reads nothing; an unknown dossier is 404
        assertThat(DossierApi.as(rest, "canbo.syt").state(key).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(officer.state("DNKT-KHONG-CO-" + UUID.randomUUID().toString().substring(0, 4)).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aWithdrawnProposalsDossierRefusesUploadsWith409ForEveryone() {
        ProcessInstance pi = proposal();
        String key = proposals.businessKey(pi);
        DossierApi officer = DossierApi.as(rest, "canbo.stp");
        assertThat(officer.upload(key, "TTR", "to-trinh.pdf", PDF, TestFiles.pdf("Tờ trình")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        // the administrator stops the proposal (the unit withdrew it)
        engine.getRuntimeService().deleteProcessInstance(pi.getId(), "Đơn vị rút hồ sơ đề nghị");

        ResponseEntity<JsonNode> refused = officer.upload(key, "BCTT", "bao-cao.pdf", PDF, TestFiles.pdf("Báo cáo"));
        assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().path("code").asText()).isEqualTo("DOSSIER_FINISHED");
        assertThat(refused.getBody().path("message").asText())
                .isEqualTo("Hồ sơ '" + key + "' đã dừng xử lý: không bổ sung tài liệu được nữa.");
        assertThat(DossierApi.as(rest, "thamdinh").upload(key, "HY", "hy.pdf", PDF, TestFiles.pdf("HY"))
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        JsonNode state = officer.state(key).getBody();
        assertThat(state.path("finished").asBoolean()).isTrue();
        assertThat(state.path("uploadChoices")).isEmpty();
        assertThat(state.path("uploadRefusal").asText()).contains("đã dừng xử lý");
        // what was uploaded stays readable
        assertThat(officer.list(key, false).getBody()).hasSize(1);
    }

    @Test
    void theStatusTheFormPrintsFollowsEachUpload() {
        ProcessInstance pi = proposal();
        String key = proposals.businessKey(pi);
        String before = (String) engine.getRuntimeService().getVariable(pi.getId(), "dossierStatus");
        assertThat(before).contains("✗ Tờ trình và danh sách đề nghị – chưa có", "Hồ sơ chưa có tài liệu nào.");
        assertThat(DossierApi.as(rest, "canbo.stp").upload(key, "TTR", "to-trinh-cap-nhat.pdf", PDF,
                TestFiles.pdf("TTR")).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String after = (String) engine.getRuntimeService().getVariable(pi.getId(), "dossierStatus");
        // read again when the officer's form opens next: the tờ trình is now there, by name
        assertThat(after).isNotEqualTo(before).contains("✓ Tờ trình và danh sách đề nghị", "to-trinh-cap-nhat.pdf")
                .doesNotContain("Hồ sơ chưa có tài liệu nào.");
    }

    /** A proposal of Sở Tư pháp for one new person, its dossier open and empty. */
    private ProcessInstance proposal() {
        int year = java.time.LocalDate.now(clock).getYear() - 1;
        String person = proposals.person("stp", "Nguyễn Văn Hồ Sơ", java.util.Map.of("CSTDCS", List.of(year - 1, year)),
                java.util.Map.of(year, "XUAT_SAC"));
        return proposals.start("canbo.stp", "CONG_TRANG", "BK_TINH", year, person);
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static List<String> choices(JsonNode state, String group) {
        List<String> out = new java.util.ArrayList<>();
        state.path("uploadChoices").forEach(c -> {
            if (c.path("group").asText().equals(group)) {
                out.add(c.path("code").asText());
            }
        });
        return out;
    }

    @Test
    void openingADossierIsIdempotentAndChecked() {
        String key = newDossier("stp");
        assertThatCode(() -> service.openDossier(key, "stp", null)).doesNotThrowAnyException();
        service.openDossier(key, "stp", "pi-123");
        assertThat(service.dossier(key).processInstanceId()).isEqualTo("pi-123");
        assertThat(service.dossier(key).currentRound()).isEqualTo(1);
        assertApiError(() -> service.openDossier(key, "syt", null), "DOSSIER_OWNER_CONFLICT");
        assertApiError(() -> service.openDossier("DNKT-X" + UUID.randomUUID().toString().substring(0, 6), "khong-co", null),
                "UNKNOWN_UNIT");
        assertApiError(() -> service.openDossier("../hoso 1", "stp", null), "INVALID_BUSINESS_KEY");
        assertApiError(() -> service.setUploadOpen("DNKT-KHONG-CO", false), "DOSSIER_NOT_FOUND");
        assertApiError(() -> service.startNewRound("DNKT-KHONG-CO"), "DOSSIER_NOT_FOUND");
    }

    private static void assertApiError(Runnable action, String code) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    private static void assertBadRequest(ResponseEntity<JsonNode> answer, String code, String messagePart) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
        assertThat(answer.getBody().path("code").asText()).isEqualTo(code);
        assertThat(answer.getBody().path("message").asText()).contains(messagePart);
    }

    private static void assertForbidden(ResponseEntity<JsonNode> answer, String messagePart) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody().path("code").asText()).isEqualTo("DOSSIER_FORBIDDEN");
        assertThat(answer.getBody().path("message").asText()).contains(messagePart);
    }
}

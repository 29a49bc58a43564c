package vn.tdkt.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
import vn.tdkt.documents.DossierService;
import vn.tdkt.support.IntegrationTest;
import vn.tdkt.workflow.JsonVars;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

/**
 * What the chairman reads before deciding and what the decision then cites: the unit head's tờ trình (number, date,
 * proposer) given when signing and checked on the server; the appraisal opinion and the draft decision (DỰ THẢO, no
 * number) under /api/proposals/{key}, for the proposing unit's people and the provincial roles only; the issued
 * decision citing the tờ trình and the council's minutes, never the internal dossier code; the certificates with
 * "Ông"/"Bà" and their register number.
 */
@IntegrationTest
class ChairmanDocumentsTest {

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;
    @Autowired ObjectMapper json;

    ProposalFixture f;
    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
    }

    private String person(String name) {
        return f.person("stp", name, Map.of("CSTDCS", List.of(year - 1, year), "LDTT", List.of(year)),
                Map.of(year, "XUAT_SAC"));
    }

    private ProcessInstance waitingForTheHead(String... names) {
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "BK_TINH", year,
                java.util.Arrays.stream(names).map(this::person).toArray(String[]::new));
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        assertThat(pi).isWaitingAt("Task_HeadSign");
        return pi;
    }

    private ResponseEntity<byte[]> download(String user, String url) {
        return (user == null ? rest : rest.withBasicAuth(user, "demo")).exchange(url, HttpMethod.GET, null, byte[].class);
    }

    /** A small PDF sent as the dossier page sends it (multipart), as the user. */
    private ResponseEntity<String> upload(String user, String key, String type) {
        org.springframework.util.LinkedMultiValueMap<String, Object> body = new org.springframework.util.LinkedMultiValueMap<>();
        body.add("documentType", type);
        body.add("file", new org.springframework.core.io.ByteArrayResource(
                "%PDF-1.4\n% muon\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            @Override
            public String getFilename() {
                return "bo-sung.pdf";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, "demo").exchange("/api/dossiers/" + key + "/documents", HttpMethod.POST,
                new HttpEntity<>(body, headers), String.class);
    }

    private static String text(byte[] pdf) throws Exception {
        try (var doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    private String message(ResponseEntity<byte[]> answer) throws Exception {
        return json.readTree(answer.getBody()).path("message").asText();
    }

    /** The head completes his task over /engine-rest with these variables: 400 with the message, task still open. */
    private void headRefused(ProcessInstance pi, String variables, String message) {
        String taskId = f.task(pi, "Task_HeadSign").getId();
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = rest.withBasicAuth("thutruong.stp", "demo").postForEntity(
                "/engine-rest/task/" + taskId + "/complete", new HttpEntity<>("{\"variables\":" + variables + "}",
                        headers), String.class);
        Assertions.assertThat(answer.getStatusCode()).as(variables).isEqualTo(HttpStatus.BAD_REQUEST);
        Assertions.assertThat(answer.getBody()).as(variables).contains(message);
        Assertions.assertThat(f.task(pi, "Task_HeadSign")).as("the head's task stays open").isNotNull();
        Assertions.assertThat(jdbc.sql("SELECT submission_number FROM commendation_proposal WHERE business_key = ?")
                .param(f.businessKey(pi)).query(String.class).optional().orElse(null)).isNull();
    }

    private static String approve(String number, String date) {
        return "{\"headDecision\":{\"value\":\"APPROVE\"}" + (number == null ? "" : ",\"submissionNumber\":{\"value\":\""
                + number + "\"}") + (date == null ? "" : ",\"submissionDate\":{\"value\":\"" + date + "\"}") + "}";
    }

    @Test
    void theHeadGivesTheSubmissionLettersNumberAndDateWhenSigningAndTheServerChecksThem() throws Exception {
        ProcessInstance pi = waitingForTheHead("Võ Thị Tờ Trình");
        String key = f.businessKey(pi);
        LocalDate today = ProposalFixture.engineToday();
        Assertions.assertThat(f.var(pi, SubmissionLetter.PROPOSER)).as("prefilled for the head")
                .isEqualTo("Giám đốc Sở Tư pháp");

        headRefused(pi, approve(null, null), "Phải ghi số tờ trình của đơn vị (ví dụ 12/TTr-STP).");
        headRefused(pi, approve(null, null), "Phải ghi ngày ký tờ trình.");
        headRefused(pi, approve(key, today.toString()), "không đúng dạng số/TTr-ký hiệu đơn vị");
        headRefused(pi, approve("12/TTr-STP", today.plusDays(1).toString()), "chưa đến");
        headRefused(pi, approve("12/TTr-STP", (year - 1) + "-12-31"), "trước năm thành tích " + year);
        headRefused(pi, approve("12/TTr-STP", "05/11/2026"), "ngày hợp lệ");
        headRefused(pi, approve("12/TTr-STP", today.toString()).replace("}}", "},\"submissionProposer\":{\"value\":\" \"}}"),
                "chức danh thủ trưởng đơn vị");
        // one letter of the unit, one date: another proposal already cites this number with another day
        ProcessInstance other = waitingForTheHead("Đoàn Văn Cùng Số");
        String number = f.submissionNumber(pi);
        f.complete(other, "Task_HeadSign", "thutruong.stp", Map.of("headDecision", "APPROVE",
                SubmissionLetter.NUMBER, number, SubmissionLetter.DATE, today.minusDays(3).toString()));
        headRefused(pi, approve(number, today.toString()), "một tờ trình chỉ có một ngày ký");
        // a return needs no letter
        f.complete(pi, "Task_HeadSign", "thutruong.stp", Map.of("headDecision", "RETURN",
                "headComment", "Bổ sung báo cáo thành tích có xác nhận."));
        f.submitDossier(pi);

        f.complete(pi, "Task_HeadSign", "thutruong.stp", Map.of("headDecision", "APPROVE",
                SubmissionLetter.NUMBER, " " + number.replace("/", " / ") + " ", SubmissionLetter.DATE,
                today.minusDays(3).toString()));
        assertThat(pi).isWaitingAt("Task_Intake");
        Assertions.assertThat(jdbc.sql("SELECT submission_number, submission_date, submission_proposer FROM"
                + " commendation_proposal WHERE business_key = ?").param(key).query().singleRow())
                .containsEntry("submission_number", number).containsEntry("submission_proposer", "Giám đốc Sở Tư pháp")
                .satisfies(row -> Assertions.assertThat(row.get("submission_date").toString())
                        .isEqualTo(today.minusDays(3).toString()));
        Assertions.assertThat(f.var(pi, SubmissionLetter.TEXT)).isEqualTo("Số " + number + " ngày "
                + ProposalTexts.VN_DATE.format(today.minusDays(3)) + " – Giám đốc Sở Tư pháp");
        JsonNode view = json.readTree(rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/api/proposals/" + key, String.class).getBody());
        Assertions.assertThat(view.path("proposal").path("submissionNumber").asText()).isEqualTo(number);
        Assertions.assertThat(view.path("proposal").path("submissionDate").asText())
                .isEqualTo(today.minusDays(3).toString());
    }

    @Test
    void theChairmanReadsTheAppraisalAndTheDraftBeforeDecidingThenTheDecisionCitesTheLetter() throws Exception {
        ProcessInstance pi = waitingForTheHead("Nguyễn Văn Chánh", "Trần Thị Thư Ký");
        String key = f.businessKey(pi);
        String number = f.submissionNumber(pi);
        f.headApproves(pi);
        String draftUrl = "/api/proposals/" + key + "/draft-decision.pdf";
        String appraisalUrl = "/api/proposals/" + key + "/appraisal.pdf";

        // nothing to read before the appraisal is approved: 409 in Vietnamese, never a 500
        ResponseEntity<byte[]> early = download("chutich", draftUrl);
        Assertions.assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Assertions.assertThat(message(early)).contains("chưa đến bước Chủ tịch UBND tỉnh quyết định");
        ResponseEntity<byte[]> noAppraisal = download("chutich", appraisalUrl);
        Assertions.assertThat(noAppraisal.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Assertions.assertThat(message(noAppraisal)).contains("chưa có kết quả thẩm định");

        f.intakeAccepts(pi);
        f.complete(pi, "Task_Appraise", "thamdinh", Map.of("appraisal", JsonVars.json(f.list(pi, "appraisal")),
                "appraisalAction", "CONCLUDE", "appraisalNote", "Hồ sơ đầy đủ, hai cá nhân đạt tiêu chuẩn Bằng khen."));
        Map<String, Object> approval = new java.util.HashMap<>(f.agencyLetter(pi));
        approval.put("appraisalApproval", "APPROVE");
        approval.put("appraisalApprovalComment", "Đồng ý trình Chủ tịch UBND tỉnh.");
        f.complete(pi, "Task_ApproveAppraisal", "lanhdao.snv", approval);
        assertThat(pi).isWaitingAt("Task_ChairmanDecision");

        // the draft: marked DỰ THẢO, no number, citing the unit's letter, never the dossier code
        ResponseEntity<byte[]> draft = download("chutich", draftUrl);
        Assertions.assertThat(draft.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(draft.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        Assertions.assertThat(draft.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("inline; filename=\"du-thao-quyet-dinh-" + key.toLowerCase() + ".pdf\"");
        String draftText = text(draft.getBody());
        Assertions.assertThat(draftText).contains("DỰ THẢO", "Số: /QĐ-UBND", "QUYẾT ĐỊNH",
                "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số " + number,
                "Nguyễn Văn Chánh", "Trần Thị Thư Ký", "cho 2 cá nhân").doesNotContain(key)
                .doesNotContainPattern("\\d+/QĐ-UBND");
        // and the Sở Nội vụ's tờ trình its head numbered when approving, with its date written out
        Assertions.assertThat(draftText.replaceAll("\\s+", " ")).contains("và của Giám đốc Sở Nội vụ tại Tờ trình số "
                + f.agencyLetter(pi).get(vn.tdkt.proposal.AgencySubmission.NUMBER) + " "
                + vn.tdkt.awarddecision.VietnameseDates.longForm(ProposalFixture.engineToday()));

        // the chairman's draft is signed CHỦ TỊCH; the vice-chairman who would sign it for him reads it signed KT.
        Assertions.assertThat(draftText).doesNotContain("KT. CHỦ TỊCH");
        Assertions.assertThat(text(download("phochutich", draftUrl).getBody())).contains("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH");

        // the appraisal: per nominee, the specialist's opinion and the agency head's approval with their names
        ResponseEntity<byte[]> appraisal = download("chutich", appraisalUrl);
        Assertions.assertThat(appraisal.getStatusCode()).isEqualTo(HttpStatus.OK);
        String appraisalText = text(appraisal.getBody());
        Assertions.assertThat(appraisalText).contains("KẾT QUẢ THẨM ĐỊNH HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", key, "Sở Tư pháp",
                "Số " + number, "Nguyễn Văn Chánh", "Trần Thị Thư Ký", "Đủ điều kiện theo tiêu chuẩn",
                "Hồ sơ đầy đủ, hai cá nhân đạt tiêu chuẩn Bằng khen.", "Duyệt kết quả thẩm định",
                "Đồng ý trình Chủ tịch UBND tỉnh.", fullName("lanhdao.snv"), fullName("thamdinh"),
                "Không hỏi ý kiến hiệp y.");

        // who may read them: the proposing unit's people and the provincial roles; others 403, strangers 401
        for (String reader : new String[]{"chutich", "phochutich", "canbo.stp", "thutruong.stp", "tiepnhan", "thamdinh",
                "lanhdao.snv", "thuky.hd", "thanhtra", "admin"}) {
            Assertions.assertThat(download(reader, draftUrl).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
            Assertions.assertThat(download(reader, appraisalUrl).getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
        }
        for (String outsider : new String[]{"canbo.syt", "thutruong.cat", "canbo.cat"}) {
            ResponseEntity<byte[]> refused = download(outsider, draftUrl);
            Assertions.assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
            Assertions.assertThat(message(refused)).isEqualTo("Bạn không có quyền xem hồ sơ đề nghị của đơn vị khác.");
            Assertions.assertThat(download(outsider, appraisalUrl).getStatusCode()).as(outsider)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        Assertions.assertThat(download(null, draftUrl).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        // the addresses the chairman's form links to serve the same PDFs through the same checks
        String draftLink = "/tai-lieu/de-nghi/" + key + "/du-thao-quyet-dinh.pdf";
        String appraisalLink = "/tai-lieu/de-nghi/" + key + "/ket-qua-tham-dinh.pdf";
        Assertions.assertThat(text(download("chutich", draftLink).getBody())).contains("DỰ THẢO",
                "Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số " + number);
        Assertions.assertThat(download("canbo.stp", appraisalLink).getHeaders().getContentType())
                .isEqualTo(MediaType.APPLICATION_PDF);
        Assertions.assertThat(download("canbo.syt", draftLink).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(download("canbo.syt", appraisalLink).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Assertions.assertThat(download(null, appraisalLink).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        ResponseEntity<byte[]> unknown = download("chutich", "/api/proposals/DNKT-1999-99999/draft-decision.pdf");
        Assertions.assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        Assertions.assertThat(message(unknown)).isEqualTo("Không tìm thấy hồ sơ đề nghị DNKT-1999-99999.");

        // decided: the issued decision cites the letter; its number and PDF are on the proposal
        f.chairmanApprovesAll(pi);
        assertThat(pi).isEnded();
        String decisionNumber = jdbc.sql("SELECT decision_number FROM commendation_proposal WHERE business_key = ?")
                .param(key).query(String.class).single();
        // the dossier is over: nothing more may be added, by the unit or the agency (409, in Vietnamese)
        for (String uploader : new String[]{"canbo.stp", "thamdinh"}) {
            ResponseEntity<String> refusedUpload = upload(uploader, key, "KHAC");
            Assertions.assertThat(refusedUpload.getStatusCode()).as(uploader).isEqualTo(HttpStatus.CONFLICT);
            Assertions.assertThat(json.readTree(refusedUpload.getBody()).path("message").asText()).isEqualTo(
                    "Hồ sơ đề nghị " + key + " đã có kết quả (đã khen thưởng): không bổ sung tài liệu được nữa.");
        }
        JsonNode dossierState = json.readTree(rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/api/dossiers/" + key, String.class).getBody());
        Assertions.assertThat(dossierState.path("finished").asBoolean()).isTrue();
        Assertions.assertThat(dossierState.path("uploadChoices")).isEmpty();
        ResponseEntity<byte[]> late = download("chutich", draftUrl);
        Assertions.assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Assertions.assertThat(message(late)).contains("đã có Quyết định số " + decisionNumber);

        JsonNode decisions = json.readTree(rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/api/proposals/" + key + "/decisions", String.class).getBody());
        Assertions.assertThat(decisions.size()).isOne();
        JsonNode decision = decisions.get(0);
        Assertions.assertThat(decision.path("number").asText()).isEqualTo(decisionNumber);
        Assertions.assertThat(decision.path("legalBases").get(decision.path("legalBases").size() - 1).asText())
                .startsWith("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số " + number + " ngày ")
                .endsWith(" và của Giám đốc Sở Nội vụ tại Tờ trình số " + f.agencyLetter(pi).get(vn.tdkt.proposal.AgencySubmission.NUMBER)
                        + " " + vn.tdkt.awarddecision.VietnameseDates.longForm(ProposalFixture.engineToday()) + ".");
        String pdf = text(download("canbo.stp", "/api/decisions/" + decision.path("id").asLong() + "/pdf").getBody());
        Assertions.assertThat(pdf).contains("Số: " + decisionNumber, "Tờ trình số " + number).doesNotContain(key)
                .doesNotContain("DỰ THẢO");
        for (JsonNode awardee : decision.path("awardees")) {
            Assertions.assertThat(awardee.path("registerNumber").asText()).matches("\\d{5,}/" + LocalDate.now(clock).getYear());
            String certificate = text(download("canbo.stp", "/api/decisions/" + decision.path("id").asLong()
                    + "/awardees/" + awardee.path("id").asLong() + "/certificate.pdf").getBody());
            // the fixture's persons are men
            Assertions.assertThat(certificate).contains("Ông " + awardee.path("displayName").asText(),
                    "Số vào sổ: " + awardee.path("registerNumber").asText());
        }
        Assertions.assertThat(rest.withBasicAuth("canbo.syt", "demo").getForEntity("/api/proposals/" + key
                + "/decisions", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aProposalThroughTheCouncilIsDecidedOnTheCouncilsMinutes() throws Exception {
        String a = f.person("stp", "Lâm Văn Hội Đồng", Map.of("CSTDCS", List.of(year - 2, year - 1, year)),
                Map.of(year, "XUAT_SAC"));
        f.initiative(a, year, "TINH");
        ProcessInstance pi = f.start("canbo.stp", "CONG_TRANG", "CSTD_TINH", year, a);
        String key = f.businessKey(pi);
        f.uploadAll(pi, "canbo.stp");
        f.submitDossier(pi);
        f.headApproves(pi);
        f.intakeAccepts(pi);
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        assertThat(pi).isWaitingAt("Task_AwaitCouncil");
        Assertions.assertThat(download("chutich", "/api/proposals/" + key + "/draft-decision.pdf").getStatusCode())
                .as("waiting for the council").isEqualTo(HttpStatus.CONFLICT);

        // as council-review sends it (CouncilResultSender): number, meeting day and session
        List<Map<String, Object>> results = f.list(pi, "councilResults");
        results.forEach(r -> r.putAll(Map.of("passed", true, "yesVotes", 14, "totalMembers", 15)));
        LocalDate met = ProposalFixture.engineToday().minusDays(1);
        engine.getRuntimeService().createMessageCorrelation("CouncilResult").processInstanceBusinessKey(key)
                .setVariable("councilResults", JsonVars.json(results))
                .setVariable("councilMinutesRef", "07/BB-HĐTĐKT")
                .setVariable("councilMinutesDate", met.toString())
                .setVariable("councilSessionKey", "HDTDKT-" + met.getYear() + "-07").correlate();
        assertThat(pi).isWaitingAt("Task_ChairmanDecision");
        Assertions.assertThat(f.var(pi, "councilText")).isEqualTo("Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh"
                + " số 07/BB-HĐTĐKT ngày " + ProposalTexts.VN_DATE.format(met) + ": 1/1 trường hợp được thông qua.");

        String minutesLine = "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 07/BB-HĐTĐKT "
                + vn.tdkt.awarddecision.VietnameseDates.longForm(met) + ";";
        String draft = text(download("thutruong.stp", "/api/proposals/" + key + "/draft-decision.pdf").getBody());
        Assertions.assertThat(draft).contains("DỰ THẢO", minutesLine, "danh hiệu “Chiến sĩ thi đua cấp tỉnh”",
                "Lâm Văn Hội Đồng");
        Assertions.assertThat(text(download("chutich", "/api/proposals/" + key + "/appraisal.pdf").getBody()))
                .contains("Biên bản họp Hội đồng Thi đua - Khen thưởng tỉnh số 07/BB-HĐTĐKT", "Hội đồng thông qua");

        f.chairmanApprovesAll(pi);
        JsonNode decision = json.readTree(rest.withBasicAuth("chutich", "demo")
                .getForEntity("/api/proposals/" + key + "/decisions", String.class).getBody()).get(0);
        List<String> bases = json.convertValue(decision.path("legalBases"), json.getTypeFactory()
                .constructCollectionType(List.class, String.class));
        Assertions.assertThat(bases).contains(minutesLine);
        Assertions.assertThat(bases.get(bases.size() - 1)).startsWith("Xét đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số "
                + f.submissionNumber(pi));
    }

    @Test
    void khenCaoHasNoProvincialDraft() throws Exception {
        ProcessInstance pi = f.start("canbo.stp", "KHEN_CAO", "BK_TTG", year, person("Hà Thị Khen Cao"));
        ResponseEntity<byte[]> answer = download("chutich", "/api/proposals/" + f.businessKey(pi)
                + "/draft-decision.pdf");
        Assertions.assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        Assertions.assertThat(message(answer)).contains("đề nghị khen cao");
    }

    private String fullName(String userId) {
        User u = engine.getIdentityService().createUserQuery().userId(userId).singleResult();
        return (u.getFirstName() + " " + u.getLastName()).strip();
    }
}

package vn.tdkt.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tdkt.documents.DossierService;
import vn.tdkt.notification.OutboxDelivery;
import vn.tdkt.support.IntegrationTest;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the proposing unit receives at the end: the decision PDF and the certificate (read back with PDFBox,
 * Vietnamese names intact) and the e-mail, delivered to a real SMTP server (GreenMail) started by the test.
 */
@IntegrationTest
class ProposalOutcomeDeliveryTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired ProcessEngine engine;
    @Autowired JdbcClient jdbc;
    @Autowired DossierService dossiers;
    @Autowired OutboxDelivery delivery;
    @Autowired TestRestTemplate rest;
    @Autowired Clock clock;

    ProposalFixture f;
    int year;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        f = new ProposalFixture(engine, jdbc, dossiers);
        year = LocalDate.now(clock).getYear() - 1;
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(doc), Normalizer.Form.NFC).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theUnitGetsTheDecisionPdfTheCertificatesAndTheMail() throws Exception {
        Map<String, List<Integer>> merit = Map.of("CSTDCS", List.of(year - 1, year));
        String tuyet = f.person("stp", "Nguyễn Thị Ánh Tuyết", merit, Map.of(year, "XUAT_SAC"));
        String phung = f.person("stp", "Lê Hoàng Phụng", merit, Map.of(year, "XUAT_SAC"));
        ProcessInstance pi = f.acceptedAtIntake("BK_TINH", year, tuyet, phung);
        f.appraiseAsIs(pi);
        f.headApprovesAppraisal(pi);
        f.chairmanApprovesAll(pi);
        String key = f.businessKey(pi);
        var history = engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId());
        String number = (String) history.variableName("decisionNumber").singleResult().getValue();
        long decisionId = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).variableName("decisionId").singleResult().getValue()).longValue();

        ResponseEntity<byte[]> pdf = rest.withBasicAuth("canbo.stp", "demo")
                .getForEntity("/api/decisions/" + decisionId + "/pdf", byte[].class);
        Assertions.assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        Assertions.assertThat(text(pdf.getBody())).contains("QUYẾT ĐỊNH", number, "Nguyễn Thị Ánh Tuyết", "Lê Hoàng Phụng",
                "Bằng khen của Chủ tịch");
        Assertions.assertThat(rest.withBasicAuth("canbo.syt", "demo").getForEntity("/api/decisions/" + decisionId + "/pdf",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        JsonNode decision = new ObjectMapper().readTree(rest.withBasicAuth("chutich", "demo")
                .getForEntity("/api/decisions/" + decisionId, String.class).getBody());
        JsonNode awardee = decision.get("awardees").get(0);
        ResponseEntity<byte[]> certificate = rest.withBasicAuth("canbo.stp", "demo").getForEntity("/api/decisions/"
                + decisionId + "/awardees/" + awardee.get("id").asLong() + "/certificate.pdf", byte[].class);
        Assertions.assertThat(text(certificate.getBody())).contains(awardee.get("displayName").asText(), number);

        delivery.deliverPending();
        List<MimeMessage> mails = Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> subject(m).contains(key)).toList();
        Assertions.assertThat(mails).isNotEmpty();
        MimeMessage mail = mails.stream().filter(m -> subject(m).contains("Quyết định khen thưởng số " + number))
                .findFirst().orElseThrow();
        Assertions.assertThat(Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .contains("canbo.stp@tayninh.gov.vn", "stp@tayninh.gov.vn");
        Assertions.assertThat(((String) mail.getContent())).contains("Nguyễn Thị Ánh Tuyết", "được khen thưởng",
                "/api/decisions/" + decisionId + "/pdf", "/pages/ho-so.html?hoSo=" + key);
        // the chairman who decided is told the number too: his task is gone
        MimeMessage signer = mails.stream().filter(m -> subject(m).contains("Đã ban hành Quyết định số " + number))
                .findFirst().orElseThrow();
        Assertions.assertThat(Arrays.stream(signer.getRecipients(Message.RecipientType.TO)).map(Object::toString))
                .containsExactly("chutich@tayninh.gov.vn");
    }

    private static String subject(MimeMessage m) {
        try {
            return String.valueOf(m.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

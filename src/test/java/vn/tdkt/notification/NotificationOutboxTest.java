package vn.tdkt.notification;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tdkt.support.IntegrationTest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox end to end with a real SMTP server (GreenMail on the port of application-test.yml): what is
 * queued reaches the right mailboxes with Vietnamese intact; a mail server that is down delays delivery
 * without losing anything; a rolled-back transaction sends nothing; a unit without addresses is recorded.
 */
@IntegrationTest
class NotificationOutboxTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired NotificationService notifications;
    @Autowired OutboxDelivery delivery;
    @Autowired OutboxRepository outbox;
    @Autowired NotificationMailComposer composer;
    @Autowired NotificationProperties properties;
    @Autowired IdentityService identityService;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void unitNotificationReachesEveryMailboxOfTheUnitWithVietnameseIntact() throws Exception {
        String tag = tag();
        String subject = "Quyết định khen thưởng số 123/QĐ-UBND đã được ký [" + tag + "]";
        String body = "Kính gửi Sở Tư pháp,\n\nQuyết định khen thưởng số 123/QĐ-UBND ngày 15/01/2026 của Chủ tịch"
                + " UBND tỉnh Tây Ninh đã được ký: tặng Bằng khen cho tập thể Phòng Hành chính tư pháp.\n"
                + "Trân trọng.";
        long id = notifications.notifyUnit("stp", subject, body, "ho-so-" + tag, null);

        OutboxEntry queued = outbox.findById(id).orElseThrow();
        List<String> expected = expectedRecipientsOfStp();
        assertThat(expected).contains("stp@tayninh.gov.vn", "canbo.stp@tayninh.gov.vn", "thutruong.stp@tayninh.gov.vn");
        assertThat(queued.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(queued.recipientUnitCode()).isEqualTo("stp");
        assertThat(queued.recipients()).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
        assertThat(queued.recipients().get(0)).isEqualTo("stp@tayninh.gov.vn");

        DeliveryReport report = delivery.deliverPending();
        assertThat(report.mailServerConfigured()).isTrue();
        assertThat(report.sent()).isPositive();

        OutboxEntry sent = outbox.findById(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.sentAt()).isNotNull();
        assertThat(sent.attempts()).isZero();
        assertThat(sent.nextAttemptAt()).isNull();

        // GreenMail keeps one copy per envelope recipient
        List<MimeMessage> received = receivedWith(tag);
        assertThat(received).hasSize(expected.size());
        for (String address : expected) {
            assertThat(greenMail.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address),
                    message -> subjectOf(message).contains(tag)).count()).as(address).isEqualTo(1);
        }
        MimeMessage message = received.get(0);
        assertThat(message.getHeader("Subject")[0]).startsWith("=?UTF-8?");
        assertThat(message.getSubject()).isEqualTo(subject);
        assertThat(message.getContentType()).contains("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(((String) message.getContent()).replace("\r\n", "\n")).isEqualTo(body);
        InternetAddress from = (InternetAddress) message.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("tdkt@tayninh.gov.vn");
        assertThat(from.getPersonal()).isEqualTo("Thi đua - Khen thưởng tỉnh Tây Ninh");
        assertThat(addresses(message.getRecipients(Message.RecipientType.TO)))
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(message.getHeader("Auto-Submitted")).containsExactly("auto-generated");
    }

    @Test
    void mailServerDownKeepsTheRowPendingUntilItIsBack() throws Exception {
        String tag = tag();
        String subject = "Hồ sơ đề nghị bị trả lại [" + tag + "]";
        long id = notifications.notifyAddresses(List.of("canbo.sgddt@tayninh.gov.vn"), subject,
                "Hồ sơ đề nghị khen thưởng của đơn vị bị trả lại: đề nghị bổ sung báo cáo thành tích.",
                "ho-so-" + tag, null);

        long postponed = notifications.notifyAddresses(List.of("canbo.sgddt@tayninh.gov.vn"), "Thông báo [" + tag + "]",
                "Nội dung.", "ho-so-" + tag, null);

        greenMail.stop();
        Instant before = clock.instant();
        DeliveryReport down = delivery.deliverPending();
        Instant after = clock.instant();
        assertThat(down.retrying()).isGreaterThanOrEqualTo(2);
        assertThat(down.sent()).isZero();

        OutboxEntry waiting = outbox.findById(id).orElseThrow();
        assertThat(waiting.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError()).isNotBlank().contains("MailSendException");
        assertThat(waiting.sentAt()).isNull();
        Duration firstDelay = properties.backoff().delayAfter(1);
        assertThat(waiting.nextAttemptAt()).isBetween(before.plus(firstDelay), after.plus(firstDelay));
        // the run stopped contacting the server after the first refusal, but counted the attempt for every row
        OutboxEntry second = outbox.findById(postponed).orElseThrow();
        assertThat(second.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(second.attempts()).isEqualTo(1);
        assertThat(second.lastError()).contains("MailSendException");

        greenMail.start();
        // Not due yet: the backoff is respected even though the server is back.
        delivery.deliverPending();
        assertThat(outbox.findById(id).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(receivedWith(tag)).isEmpty();

        // The next run once the backoff has passed delivers it.
        delivery.deliverDueBy(second.nextAttemptAt().isAfter(waiting.nextAttemptAt())
                ? second.nextAttemptAt() : waiting.nextAttemptAt());
        OutboxEntry sent = outbox.findById(id).orElseThrow();
        assertThat(sent.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(sent.lastError()).contains("MailSendException");
        assertThat(outbox.findById(postponed).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
        assertThat(receivedWith(tag)).extracting(NotificationOutboxTest::subjectOf)
                .containsExactlyInAnyOrder(subject, "Thông báo [" + tag + "]");
    }

    @Test
    void givesUpAfterTheLastAllowedAttempt() {
        String tag = tag();
        long id = notifications.notifyAddresses(List.of("canbo.syt@tayninh.gov.vn"), "Thông báo [" + tag + "]",
                "Nội dung thông báo.", "ho-so-" + tag, null);
        // as if every attempt but the last had failed already
        jdbc.sql("UPDATE notification_outbox SET attempts = ? WHERE id = ?")
                .params(properties.maxAttempts() - 1, id).update();

        greenMail.stop();
        try {
            DeliveryReport report = delivery.deliverPending();
            assertThat(report.failed()).isPositive();
        } finally {
            greenMail.start();
        }
        OutboxEntry failed = outbox.findById(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(properties.maxAttempts());
        assertThat(failed.lastError()).contains("MailSendException");
        assertThat(failed.nextAttemptAt()).isNull();

        delivery.deliverDueBy(clock.instant().plus(Duration.ofDays(1)));
        assertThat(outbox.findById(id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(receivedWith(tag)).isEmpty();
    }

    @Test
    void rolledBackTransactionLeavesNoNotification() {
        String rolledBack = "ho-so-" + tag();
        tx.executeWithoutResult(status -> {
            notifications.notifyUnit("stp", "Hồ sơ đề nghị bị trả lại", "Nội dung.", rolledBack, null);
            assertThat(countOf(rolledBack)).as("visible inside the transaction").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(countOf(rolledBack)).isZero();

        String committed = "ho-so-" + tag();
        tx.executeWithoutResult(status ->
                notifications.notifyUnit("stp", "Hồ sơ đề nghị bị trả lại", "Nội dung.", committed, null));
        assertThat(countOf(committed)).isEqualTo(1);
    }

    @Test
    void unitWithoutAnyAddressIsRecordedAsNoRecipient() {
        String unitCode = "t-" + tag();
        jdbc.sql("INSERT INTO org_unit (code, name, unit_type, email, valid_from, valid_to)"
                        + " VALUES (?, 'Đơn vị thử không có thư điện tử', 'SO_NGANH', NULL, ?, ?)")
                .params(unitCode, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)).update();
        long withoutMailbox = notifications.notifyUnit(unitCode, "Hồ sơ đề nghị bị trả lại", "Nội dung.", null, null);
        long unknownUnit = notifications.notifyUnit("khong-ton-tai-" + tag(), "Thông báo", "Nội dung.", null, null);
        long badAddresses = notifications.notifyAddresses(List.of("không phải địa chỉ"), "Thông báo", "Nội dung.",
                null, null);
        long noUnit = notifications.notifyUnit(null, "Thông báo", "Nội dung.", null, null);

        delivery.deliverDueBy(clock.instant().plus(Duration.ofDays(1)));
        for (long id : List.of(withoutMailbox, unknownUnit, badAddresses, noUnit)) {
            OutboxEntry entry = outbox.findById(id).orElseThrow();
            assertThat(entry.status()).isEqualTo(OutboxStatus.NO_RECIPIENT);
            assertThat(entry.recipients()).isEmpty();
            assertThat(entry.attempts()).isZero();
            assertThat(entry.nextAttemptAt()).isNull();
        }
        assertThat(outbox.findById(withoutMailbox).orElseThrow().recipientUnitCode()).isEqualTo(unitCode);
    }

    @Test
    void recipientsDoNotDependOnTheCallersAuthorizations() {
        // a caller without any group may read no user at all through the engine's authorization checks
        identityService.setAuthentication("khach-vang-lai", List.of());
        long id;
        try {
            assertThat(identityService.createUserQuery().memberOfGroup("unit-officer.stp").count()).isZero();
            id = notifications.notifyUnit("stp", "Thông báo", "Nội dung.", null, null);
        } finally {
            identityService.clearAuthentication();
        }
        assertThat(outbox.findById(id).orElseThrow().recipients())
                .containsExactlyInAnyOrderElementsOf(expectedRecipientsOfStp());
    }

    @Test
    void explicitAddressesAreCheckedAndDeduplicated() {
        long id = notifications.notifyAddresses(List.of("Thanh.Tra@tayninh.gov.vn", "thanh.tra@tayninh.gov.vn",
                        "sai-dia-chi", " lanhdao.snv@tayninh.gov.vn "),
                "Thông báo\r\nnhiều dòng", "Nội dung.", "ho-so-" + tag(), "pi-1");
        OutboxEntry entry = outbox.findById(id).orElseThrow();
        assertThat(entry.recipients()).containsExactly("Thanh.Tra@tayninh.gov.vn", "lanhdao.snv@tayninh.gov.vn");
        assertThat(entry.recipientUnitCode()).isNull();
        assertThat(entry.subject()).isEqualTo("Thông báo nhiều dòng");
        assertThat(entry.processInstanceId()).isEqualTo("pi-1");
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void withoutMailServerDeliveryIsSkippedAndRowsStayPending() {
        OutboxDelivery withoutServer = new OutboxDelivery(outbox,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), composer, properties, clock);
        long id = notifications.notifyAddresses(List.of("canbo.stp@tayninh.gov.vn"), "Thông báo", "Nội dung.",
                "ho-so-" + tag(), null);

        DeliveryReport report = withoutServer.deliverPending();
        assertThat(report.mailServerConfigured()).isFalse();
        assertThat(report.nothingDone()).isTrue();
        assertThat(withoutServer.deliverPending().mailServerConfigured()).isFalse();
        OutboxEntry entry = outbox.findById(id).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(entry.attempts()).isZero();
    }

    private List<String> expectedRecipientsOfStp() {
        Set<String> expected = new LinkedHashSet<>(List.of("stp@tayninh.gov.vn"));
        for (String group : List.of("unit-officer.stp", "unit-head.stp")) {
            identityService.createUserQuery().memberOfGroup(group).list().stream().map(User::getEmail)
                    .filter(e -> e != null && !e.isBlank()).forEach(expected::add);
        }
        return new ArrayList<>(expected);
    }

    private List<MimeMessage> receivedWith(String tag) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> subjectOf(m).contains(tag)).toList();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    private int countOf(String businessKey) {
        return jdbc.sql("SELECT COUNT(*) FROM notification_outbox WHERE business_key = ?").param(businessKey)
                .query(Integer.class).single();
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

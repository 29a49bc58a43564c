package vn.tdkt.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;

/**
 * Turns an outbox row into a plain-text UTF-8 message: subject and sender's display name are encoded as
 * MIME encoded-words, so Vietnamese diacritics arrive intact; marked as automatically generated (RFC 3834)
 * so that out-of-office replies are not sent back.
 */
@Component
public class NotificationMailComposer {

    private final InternetAddress from;
    private final Clock clock;

    public NotificationMailComposer(NotificationProperties properties, Clock clock) {
        this.from = parseFrom(properties.from());
        this.clock = clock;
    }

    static InternetAddress parseFrom(String configured) {
        try {
            InternetAddress parsed = new InternetAddress(configured, true);
            // Re-created with an explicit charset: the JVM's default charset must not decide the encoding.
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (AddressException | java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException("tdkt.notification.from is not a valid e-mail address: " + configured, e);
        }
    }

    public MimeMessagePreparator compose(OutboxEntry entry) {
        return mimeMessage -> {
            MimeMessageHelper message = new MimeMessageHelper(mimeMessage, false, StandardCharsets.UTF_8.name());
            message.setFrom(from);
            message.setTo(entry.recipients().toArray(String[]::new));
            message.setSubject(entry.subject());
            message.setText(entry.bodyText(), false);
            message.setSentDate(Date.from(clock.instant()));
            mimeMessage.setHeader("Auto-Submitted", "auto-generated");
        };
    }
}

package vn.tdkt.notification;

import jakarta.mail.MessagingException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A failure to reach the mail server postpones the whole run; a failure of one message does not. */
class ServerUnreachableTest {

    @Test
    void connectionFailuresMeanTheServerIsUnreachable() {
        assertThat(OutboxDelivery.serverUnreachable(new MailSendException("Mail server connection failed",
                new MessagingException("Couldn't connect to host", new ConnectException("Connection refused")))))
                .isTrue();
        assertThat(OutboxDelivery.serverUnreachable(new MailSendException(Map.of(new Object(),
                new MessagingException("Exception reading response", new SocketTimeoutException("Read timed out"))))))
                .isTrue();
    }

    @Test
    void failuresOfOneMessageDoNotStopTheRun() {
        assertThat(OutboxDelivery.serverUnreachable(new MailSendException(Map.of(new Object(),
                new MessagingException("550 5.1.1 Mailbox unavailable"))))).isFalse();
        assertThat(OutboxDelivery.serverUnreachable(new MailParseException("Illegal address"))).isFalse();
    }
}

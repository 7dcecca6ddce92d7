package io.parlor.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.parlor.application.notification.port.out.Contact;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;
import io.parlor.domain.notification.NotificationId;
import io.parlor.domain.notification.NotificationType;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MailNotificationChannelTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private MailNotificationChannel channel() {
        return new MailNotificationChannel(
                new SmtpMailer(SmtpSettings.of("127.0.0.1", SMTP.getSmtp().getPort(), "Parlor <no-reply@parlor.test>")));
    }

    @Test
    void mailsTheTitleAsSubjectAndTheBodyAsText() throws Exception {
        var contact = new Contact(new MemberId(UUID.randomUUID()), "Mina", Optional.of("mina@example.com"),
                Optional.empty());

        assertThat(channel().send(contact, notification("Unread message in Cut & Color", "Mina: 3 pm?"))).isEmpty();

        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        var received = SMTP.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()).containsExactly(new InternetAddress("mina@example.com"));
        assertThat(received.getSubject()).isEqualTo("Unread message in Cut & Color");
        assertThat(((String) received.getContent()).strip()).isEqualTo("Mina: 3 pm?");
    }

    @Test
    void aMemberWithoutAnAddressIsNotTriedAndSaysWhy() {
        var contact = new Contact(new MemberId(UUID.randomUUID()), "Mina", Optional.empty(), Optional.of("+8210"));

        assertThat(channel().send(contact, notification("t", "b"))).contains("the member has no e-mail address");
        assertThat(SMTP.getReceivedMessages()).isEmpty();
    }

    private static Notification notification(String title, String body) {
        return Notification.raise(new NotificationId(UUID.randomUUID()), new MemberId(UUID.randomUUID()),
                NotificationType.CHAT_UNREAD, title, body, Map.of(), Instant.parse("2026-12-06T09:00:00Z"));
    }
}

package io.parlor.adapters.messaging.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import io.parlor.application.membership.port.out.Mail;
import io.parlor.domain.membership.Email;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SmtpMailerTest {

    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    private static final String FROM = "Parlor <no-reply@parlor.test>";
    private static final String PASSWORD = "never-printed-7Qx";
    private static final Duration SHORT = Duration.ofMillis(300);
    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final InetAddress LOCALHOST = InetAddress.getLoopbackAddress();

    @Test
    void handsAPlainTextUtf8MailToTheServer() throws Exception {
        var mailer = new SmtpMailer(SmtpSettings.of("127.0.0.1", SMTP.getSmtp().getPort(), FROM));
        var mail = new Mail(new Email("guest@example.com"), "Réservation ✓ 예약",
                "Code 123456 – é ✓ 예약\nSee you soon.");

        mailer.send(mail);

        assertThat(SMTP.waitForIncomingEmail(5_000, 1)).isTrue();
        MimeMessage received = SMTP.getReceivedMessages()[0];
        assertThat(received.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(received.getAllRecipients()).containsExactly(new InternetAddress("guest@example.com"));
        assertThat(received.getSubject()).isEqualTo("Réservation ✓ 예약");
        assertThat(received.getContentType()).containsIgnoringCase("text/plain")
                .containsIgnoringCase("charset=utf-8");
        assertThat(((String) received.getContent()).replace("\r\n", "\n")).isEqualTo(mail.text());
    }

    @Test
    void anUnreachableServerFailsQuicklyNamingItButNotThePassword() throws IOException {
        int closedPort;
        try (var probe = new ServerSocket(0, 1, LOCALHOST)) {
            closedPort = probe.getLocalPort();
        }
        var mailer = new SmtpMailer(settings(closedPort));

        Throwable failure = assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(() -> mailer.send(aMail())));

        assertThat(failure).isInstanceOf(SmtpSendFailed.class)
                .hasMessageContaining(LOCALHOST.getHostAddress() + ":" + closedPort)
                .hasMessageNotContaining(PASSWORD);
    }

    @Test
    void aServerThatNeverAnswersFailsWithinTheReadTimeout() throws IOException {
        // Never accepted, yet the kernel completes the handshake: the connection opens, no greeting comes.
        try (var silent = new ServerSocket(0, 1, LOCALHOST)) {
            var mailer = new SmtpMailer(settings(silent.getLocalPort()));

            Throwable failure = assertTimeoutPreemptively(QUICKLY, () -> catchThrowable(() -> mailer.send(aMail())));

            assertThat(failure).isInstanceOf(SmtpSendFailed.class)
                    .hasRootCauseInstanceOf(SocketTimeoutException.class);
        }
    }

    private static SmtpSettings settings(int port) {
        var login = new SmtpSettings.Login("parlor", PASSWORD);
        return new SmtpSettings(LOCALHOST.getHostAddress(), port, FROM, Optional.of(login), false, SHORT, SHORT);
    }

    private static Mail aMail() {
        return new Mail(new Email("guest@example.com"), "Your code", "123456");
    }
}

package io.parlor.adapters.messaging.mail;

import io.parlor.application.membership.port.out.Mail;
import io.parlor.application.membership.port.out.Mailer;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import java.time.Instant;
import java.util.Properties;

/**
 * Hands each mail to an SMTP server as a plain-text UTF-8 message, one connection per mail
 * (codes and temporary passwords are rare enough not to need a pool). Sending blocks for at most
 * the configured timeouts.
 */
public final class SmtpMailer implements Mailer {

    private final SmtpSettings settings;
    private final InternetAddress from;
    private final Session session;

    /** Connects to nothing yet: each {@link #send} opens its own connection. */
    public SmtpMailer(SmtpSettings settings) {
        this.settings = settings;
        this.from = SmtpMessages.address(settings.from());
        this.session = Session.getInstance(properties(settings));
    }

    /** @throws SmtpSendFailed when the server cannot be reached or refuses the mail */
    @Override
    public void send(Mail mail) {
        try {
            var message = SmtpMessages.compose(session, from, mail, Instant.now());
            if (settings.login().isPresent()) {
                var login = settings.login().get();
                Transport.send(message, login.username(), login.password());
            } else {
                Transport.send(message);
            }
        } catch (MessagingException e) {
            throw new SmtpSendFailed("could not hand a mail over to the SMTP server at "
                    + settings.host() + ":" + settings.port() + ": " + e.getMessage(), e);
        }
    }

    private static Properties properties(SmtpSettings settings) {
        var properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.login().isPresent()));
        properties.put("mail.smtp.connectiontimeout", Long.toString(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(settings.readTimeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(settings.readTimeout().toMillis()));
        if (settings.startTls()) {
            // Required, not merely enabled: a server that "forgets" STARTTLS would get the login in clear.
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
        }
        return properties;
    }
}

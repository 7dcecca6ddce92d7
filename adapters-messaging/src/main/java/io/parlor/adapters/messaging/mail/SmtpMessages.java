package io.parlor.adapters.messaging.mail;

import io.parlor.application.membership.port.out.Mail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Date;

/** Turns a {@link Mail} into the RFC 822 message that both mailers send or keep. */
final class SmtpMessages {

    private static final String UTF_8 = "UTF-8";

    private SmtpMessages() {
    }

    static MimeMessage compose(Session session, InternetAddress from, Mail mail, Instant sentAt)
            throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
        message.setSubject(mail.subject(), UTF_8);
        message.setText(mail.text(), UTF_8);
        message.setSentDate(Date.from(sentAt));
        message.saveChanges();
        return message;
    }

    /**
     * Parses strictly: a lenient parse would take {@code a,b@example.com} for two recipients.
     *
     * @throws IllegalArgumentException when {@code text} is not one address
     */
    static InternetAddress address(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a sender address is required");
        }
        try {
            return new InternetAddress(text, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("not a mail address: " + text, e);
        }
    }
}

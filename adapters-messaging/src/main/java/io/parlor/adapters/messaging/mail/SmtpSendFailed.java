package io.parlor.adapters.messaging.mail;

/**
 * The SMTP server could not be reached or did not take a mail. The message names the server,
 * never the credentials; the cause carries the server's own answer.
 */
public final class SmtpSendFailed extends RuntimeException {

    SmtpSendFailed(String message, Throwable cause) {
        super(message, cause);
    }
}

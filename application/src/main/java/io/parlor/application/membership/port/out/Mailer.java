package io.parlor.application.membership.port.out;

/** Sends mail. */
public interface Mailer {

    /**
     * Hands {@code mail} over for delivery (SMTP, or a logged outbox). Delivery itself may fail
     * later; a failure to hand over is an unchecked exception.
     */
    void send(Mail mail);
}

package io.parlor.application.notification.port.out;

/** Sends text messages to phone numbers. */
public interface SmsGateway {

    /**
     * Sends {@code text} to {@code phone}.
     *
     * @throws RuntimeException when the gateway refused or could not be reached; worth retrying
     */
    void send(String phone, String text);
}

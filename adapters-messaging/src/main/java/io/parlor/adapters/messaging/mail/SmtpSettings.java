package io.parlor.adapters.messaging.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how {@link SmtpMailer} hands mail over.
 *
 * @param host           the SMTP server's host name
 * @param port           its port, 1 to 65535
 * @param from           the sender, an RFC 822 address such as {@code Parlor <no-reply@example.com>}
 * @param login          the credentials, when the server wants them
 * @param startTls       whether to insist on STARTTLS before anything else is said
 * @param connectTimeout how long to wait for the connection
 * @param readTimeout    how long to wait for each answer of the server (and each write to it)
 */
public record SmtpSettings(String host, int port, String from, Optional<Login> login, boolean startTls,
        Duration connectTimeout, Duration readTimeout) {

    /** The timeouts of {@link #of}: long enough for a slow relay, short enough not to hold a request. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    /** @throws IllegalArgumentException when a value cannot work, e.g. {@code from} is not an address */
    public SmtpSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("an SMTP host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("an SMTP port is between 1 and 65535, not " + port);
        }
        SmtpMessages.address(from);
        Objects.requireNonNull(login, "login");
        if (!isPositive(connectTimeout) || !isPositive(readTimeout)) {
            throw new IllegalArgumentException("SMTP timeouts are required and positive");
        }
    }

    private static boolean isPositive(Duration timeout) {
        return timeout != null && !timeout.isNegative() && !timeout.isZero();
    }

    /** A server that takes mail without login or STARTTLS, with the default timeouts. */
    public static SmtpSettings of(String host, int port, String from) {
        return new SmtpSettings(host, port, from, Optional.empty(), false, DEFAULT_TIMEOUT, DEFAULT_TIMEOUT);
    }

    /** Credentials for the SMTP server; {@link #toString()} leaves the password out. */
    public record Login(String username, String password) {

        public Login {
            if (username == null || username.isBlank()) {
                throw new IllegalArgumentException("an SMTP username is required");
            }
            Objects.requireNonNull(password, "password");
        }

        @Override
        public String toString() {
            return "Login[username=" + username + ", password=(hidden)]";
        }
    }
}

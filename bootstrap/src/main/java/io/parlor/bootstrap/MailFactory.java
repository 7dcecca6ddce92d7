package io.parlor.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.parlor.adapters.messaging.mail.OutboxMailer;
import io.parlor.adapters.messaging.mail.SmtpMailer;
import io.parlor.adapters.messaging.mail.SmtpSettings;
import io.parlor.application.membership.port.out.Mailer;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/** SMTP when {@code PARLOR_MAIL_SMTP_HOST} is set; otherwise mail is logged and kept in the outbox. */
@Factory
class MailFactory {

    static final String SMTP_HOST = "parlor.mail.smtp.host";
    private static final String DEFAULT_FROM = "Parlor <no-reply@parlor.invalid>";

    @Singleton
    @Requires(property = SMTP_HOST)
    Mailer smtpMailer(@Property(name = SMTP_HOST) String host,
                      @Property(name = "parlor.mail.smtp.port", defaultValue = "25") int port,
                      @Property(name = "parlor.mail.from", defaultValue = DEFAULT_FROM) String from,
                      @Nullable @Property(name = "parlor.mail.smtp.username") String username,
                      @Nullable @Property(name = "parlor.mail.smtp.password") String password,
                      @Property(name = "parlor.mail.smtp.start-tls", defaultValue = "false") boolean startTls) {
        Optional<SmtpSettings.Login> login = Optional.ofNullable(username).filter(u -> !u.isBlank())
                .map(u -> new SmtpSettings.Login(u, password == null ? "" : password));
        return new SmtpMailer(new SmtpSettings(host, port, from, login, startTls, SmtpSettings.DEFAULT_TIMEOUT,
                SmtpSettings.DEFAULT_TIMEOUT));
    }

    @Singleton
    @Requires(missingProperty = SMTP_HOST)
    Mailer outboxMailer(@Property(name = "parlor.data-dir") String dataDir,
                        @Property(name = "parlor.mail.from", defaultValue = DEFAULT_FROM) String from) {
        return new OutboxMailer(Path.of(dataDir, "outbox"), from, Clock.systemUTC());
    }
}

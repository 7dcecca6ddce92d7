package io.parlor.bootstrap.membership;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.membership.inmemory.InMemoryMailer;
import io.parlor.application.membership.port.out.Mailer;
import jakarta.inject.Singleton;

/** Keeps mail in memory so tests can read the codes they were sent; off when SMTP is configured. */
@Factory
@Requires(env = "test")
@Requires(missingProperty = "parlor.mail.smtp.host")
class TestMailbox {

    @Singleton
    @Replaces(Mailer.class)
    InMemoryMailer mailbox() {
        return new InMemoryMailer();
    }
}

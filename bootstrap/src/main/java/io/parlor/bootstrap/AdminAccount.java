package io.parlor.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.parlor.application.membership.port.in.EnsureAdmin;
import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creates the administrator named by {@code PARLOR_ADMIN_EMAIL}/{@code PASSWORD} at start, once. */
@Singleton
@Requires(property = "parlor.admin.email")
@Requires(property = "parlor.admin.password")
class AdminAccount implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

    private final EnsureAdmin ensureAdmin;
    private final String email;
    private final String password;

    AdminAccount(EnsureAdmin ensureAdmin, @Value("${parlor.admin.email}") String email,
                 @Value("${parlor.admin.password}") String password) {
        this.ensureAdmin = ensureAdmin;
        this.email = email;
        this.password = password;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        var result = ensureAdmin.ensure(new EnsureAdmin.Command(new Email(email), password, new MemberName("Administrator")));
        if (result.created()) {
            LOG.info("created the administrator account {}", result.member());
        }
    }
}

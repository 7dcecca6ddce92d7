package io.parlor.application.membership.inmemory;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.port.out.LoginTickets;
import io.parlor.application.membership.port.out.LoginTickets.Kind;
import io.parlor.application.membership.port.out.LoginTicketsContract;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryLoginTicketsTest extends LoginTicketsContract {

    @Override
    protected LoginTickets newSubject() {
        return new InMemoryLoginTickets();
    }

    @Test
    void sweepsExpiredTicketsOnceItHoldsMany() {
        var tickets = new InMemoryLoginTickets();
        var now = Instant.parse("2026-11-21T09:30:00Z");
        var abandoned = freshKey();
        tickets.put(Kind.OAUTH_STATE, abandoned, "abandoned", now.plusSeconds(60));
        tickets.take(Kind.OAUTH_STATE, freshKey(), now.plusSeconds(61));

        for (int i = 0; i < 1100; i++) {
            tickets.put(Kind.OAUTH_STATE, freshKey(), "fresh", now.plusSeconds(600));
        }

        assertThat(tickets.take(Kind.OAUTH_STATE, abandoned, now)).isEmpty();
    }
}

package io.parlor.application.reservation.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookingRules;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link BookingPolicies} store does. */
public abstract class BookingPoliciesContract {

    protected abstract BookingPolicies newSubject();

    /** A shop rules may refer to; a relational subclass overrides it to create one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    @Test
    void storesAndReplacesAShopsRules() {
        var policies = newSubject();
        var shop = existingShop();
        var first = new BookingRules(Duration.ofMinutes(90), Duration.ofDays(30), Duration.ofHours(12));
        var second = new BookingRules(Duration.ZERO, Duration.ofDays(365), Duration.ofMinutes(45));

        policies.put(shop, first);
        var stored = policies.find(shop);
        policies.put(shop, second);

        assertThat(stored).contains(first);
        assertThat(policies.find(shop)).contains(second);
        assertThat(policies.find(existingShop())).isEmpty();
    }
}

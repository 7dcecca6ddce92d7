package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link ShopCustomers} store does. */
public abstract class ShopCustomersContract {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    protected abstract ShopCustomers newSubject();

    /** A shop the store may refer to; a relational subclass overrides it to create one first. */
    protected ShopId existingShop() {
        return new ShopId(UUID.randomUUID());
    }

    /** A member the store may refer to; a relational subclass overrides it to create one first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    @Test
    void registersOnceAndKeepsTheFirstInstant() {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();

        boolean first = customers.register(shop, member, NOW);
        boolean again = customers.register(shop, member, NOW.plusSeconds(60));

        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(customers.customerSince(shop, member)).contains(NOW);
    }

    @Test
    void aCustomerOfOneShopIsNoCustomerOfAnother() {
        var customers = newSubject();
        var member = existingMember();
        customers.register(existingShop(), member, NOW);

        var since = customers.customerSince(existingShop(), member);

        assertThat(since).isEmpty();
    }
}

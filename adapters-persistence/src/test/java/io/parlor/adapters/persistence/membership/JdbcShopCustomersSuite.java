package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.ShopCustomersContract;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The shop-customers contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcShopCustomersSuite extends ShopCustomersContract {

    private ApplicationContext context;

    protected abstract ApplicationContext startContext();

    @BeforeAll
    void start() {
        context = startContext();
    }

    @AfterAll
    void stop() {
        context.close();
    }

    @Override
    protected ShopCustomers newSubject() {
        return context.getBean(JdbcShopCustomers.class);
    }

    @Override
    protected MemberId existingMember() {
        return MembershipFixtures.existingMember(context.getBean(JdbcMembers.class));
    }

    @Override
    protected ShopId existingShop() {
        return MembershipFixtures.existingShop(context.getBean(JdbcShops.class), existingMember());
    }

    @Test
    void ofConcurrentRegistrationsExactlyOneInserts() throws InterruptedException {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();

        var outcomes = Race.of(10, () -> customers.register(shop, member, MembershipFixtures.NOW));

        assertThat(outcomes).hasSize(10).containsOnlyOnce(true);
        assertThat(customers.customerSince(shop, member)).contains(MembershipFixtures.NOW);
    }
}

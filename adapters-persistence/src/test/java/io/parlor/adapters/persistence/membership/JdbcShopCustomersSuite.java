package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.ShopCustomersContract;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shop-customers contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcShopCustomersSuite extends ShopCustomersContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcShopCustomersSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected ShopCustomers newSubject() {
        return database.bean(JdbcShopCustomers.class);
    }

    @Override
    protected MemberId existingMember() {
        return MembershipFixtures.existingMember(database.bean(JdbcMembers.class));
    }

    @Override
    protected ShopId existingShop() {
        return MembershipFixtures.existingShop(database.bean(JdbcShops.class), existingMember());
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

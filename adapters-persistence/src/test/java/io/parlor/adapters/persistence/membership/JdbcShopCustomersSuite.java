package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.ShopCustomersContract;
import io.parlor.domain.membership.CustomerMemo;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.Optional;
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
    protected MemberId existingMember(String name, Optional<String> phone) {
        return MembershipFixtures.existingMember(database.bean(JdbcMembers.class), name, phone);
    }

    @Override
    protected ShopId existingShop() {
        return MembershipFixtures.existingShop(database.bean(JdbcShops.class), existingMember());
    }

    @Override
    protected void inRolledBackUnit(Runnable work) {
        try {
            database.bean(JdbcTransactionRunner.class).runInTransaction(() -> {
                work.run();
                throw new IllegalStateException("roll back");
            });
        } catch (IllegalStateException expected) {
            // the unit of work was rolled back, as the test wants
        }
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

    @Test
    void concurrentVisitsAllCount() throws InterruptedException {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();

        Race.of(10, () -> {
            customers.recordVisit(shop, member, MembershipFixtures.NOW);
            return true;
        });

        assertThat(customers.find(shop, member).orElseThrow().visits()).isEqualTo(10);
    }

    /** The memo column holds the longest memo the domain allows, in characters outside the BMP too. */
    @Test
    void storesTheLongestMemoInAnyScript() {
        var customers = newSubject();
        var shop = existingShop();
        var member = existingMember();
        customers.register(shop, member, MembershipFixtures.NOW);
        var memo = new CustomerMemo("\uD83D\uDC87".repeat(CustomerMemo.MAX_LENGTH));

        customers.setMemo(shop, member, memo);

        assertThat(customers.find(shop, member).orElseThrow().memo()).isEqualTo(memo);
    }
}

package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.membership.port.out.CustomerGroupsContract;
import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.ShopId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The customer-groups contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcCustomerGroupsSuite extends CustomerGroupsContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcCustomerGroupsSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected CustomerGroups newSubject() {
        return database.bean(JdbcCustomerGroups.class);
    }

    @Override
    protected ShopId existingShop() {
        return MembershipFixtures.existingShop(database.bean(JdbcShops.class),
                MembershipFixtures.existingMember(database.bean(JdbcMembers.class)));
    }

    /** The unique key decides between concurrent adds of one name: exactly one is stored. */
    @Test
    void ofConcurrentAddsOfOneNameExactlyOneIsStored() throws InterruptedException {
        var groups = newSubject();
        var shop = existingShop();

        var outcomes = Race.of(8, () -> groups.add(CustomerGroup.custom(new GroupId(UUID.randomUUID()), shop,
                "Regulars", Optional.of(3))));

        assertThat(outcomes).hasSize(8).containsOnlyOnce(true);
        assertThat(groups.ofShop(shop)).hasSize(1);
    }
}

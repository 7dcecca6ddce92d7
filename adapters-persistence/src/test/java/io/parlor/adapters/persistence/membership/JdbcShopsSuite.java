package io.parlor.adapters.persistence.membership;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.adapters.persistence.shared.JdbcTransactionRunner;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.membership.port.out.ShopsContract;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.membership.SlotMinutes;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The shops contract, and what the JDBC store adds to it, on one database; subclasses say which. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JdbcShopsSuite extends ShopsContract {

    @RegisterExtension
    final TestDatabase database;

    protected JdbcShopsSuite(TestDatabase database) {
        this.database = database;
    }

    @Override
    protected Shops newSubject() {
        return database.bean(JdbcShops.class);
    }

    @Override
    protected MemberId existingMember() {
        return MembershipFixtures.existingMember(database.bean(JdbcMembers.class));
    }

    @Test
    void aTakenCodeLeavesTheRunningUnitOfWorkUsableForTheNextDraw() {
        var shops = newSubject();
        var owner = existingMember();
        var taken = MembershipFixtures.anyShop(owner);
        shops.add(taken);
        var clash = Shop.open(new ShopId(UUID.randomUUID()), taken.state().code(), new ShopName("Other"),
                ZoneId.of("Asia/Seoul"), SlotMinutes.DEFAULT, owner, MembershipFixtures.NOW);
        var redrawn = MembershipFixtures.anyShop(owner);

        boolean[] added = database.bean(JdbcTransactionRunner.class)
                .inTransaction(() -> new boolean[] {shops.add(clash), shops.add(redrawn)});

        assertThat(added).containsExactly(false, true);
        assertThat(shops.findById(redrawn.id())).isPresent();
        assertThat(shops.findById(clash.id())).isEmpty();
    }
}

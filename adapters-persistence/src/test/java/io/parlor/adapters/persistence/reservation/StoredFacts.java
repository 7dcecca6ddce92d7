package io.parlor.adapters.persistence.reservation;

import io.parlor.adapters.persistence.membership.JdbcMembers;
import io.parlor.adapters.persistence.membership.JdbcShops;
import io.parlor.adapters.persistence.membership.MembershipFixtures;
import io.parlor.adapters.persistence.shared.TestDatabase;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import java.math.BigDecimal;
import java.util.UUID;

/** Stored members, shops and services with fresh ids, for the foreign keys of the reservation tables. */
final class StoredFacts {

    private final TestDatabase database;

    StoredFacts(TestDatabase database) {
        this.database = database;
    }

    MemberId member() {
        return MembershipFixtures.existingMember(database.bean(JdbcMembers.class));
    }

    ShopId shop() {
        return MembershipFixtures.existingShop(database.bean(JdbcShops.class), member());
    }

    BookableService service(ShopId shop, int minutes, int bufferMinutes) {
        var service = BookableService.offer(new ServiceId(UUID.randomUUID()), shop, new ServiceName("Cut"), minutes,
                new Price(new BigDecimal("30")), bufferMinutes);
        database.bean(JdbcCatalog.class).add(service);
        return service;
    }
}

package io.parlor.application.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.inmemory.InMemoryShops;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.membership.SlotMinutes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MembershipShopDirectoryTest {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    /** Counts the reads of shops, to show which answers come from what was kept. */
    private static final class CountingShops implements Shops {
        final AtomicInteger reads = new AtomicInteger();
        private final Shops store = new InMemoryShops(new InMemoryTransactionRunner());

        @Override
        public Optional<Shop> findById(ShopId id) {
            reads.incrementAndGet();
            return store.findById(id);
        }

        @Override
        public boolean add(Shop shop) {
            return store.add(shop);
        }

        @Override
        public void save(Shop shop) {
            store.save(shop);
        }

        @Override
        public Optional<Shop> lockById(ShopId id) {
            return store.lockById(id);
        }

        @Override
        public Optional<Shop> findByCode(ShopCode code) {
            return store.findByCode(code);
        }

        @Override
        public Set<Role> staffRolesOf(MemberId member) {
            return store.staffRolesOf(member);
        }

        @Override
        public List<ShopId> staffedBy(MemberId member) {
            return store.staffedBy(member);
        }
    }

    private final CountingShops shops = new CountingShops();
    private final MembershipShopDirectory directory = new MembershipShopDirectory(shops);
    private final MemberId owner = member();
    private final MemberId designer = member();

    @Test
    void answersAKeptShopsProfileAndStaffWithoutReadingItAgain() {
        var shop = openShop();

        var profile = directory.profile(shop.id());
        boolean ownerIsStaff = directory.isStaff(shop.id(), owner);
        boolean designerIsStaff = directory.isDesigner(shop.id(), designer);
        boolean ownerOwns = directory.isOwner(shop.id(), owner);

        assertThat(profile).hasValueSatisfying(p -> {
            assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Seoul"));
            assertThat(p.shop()).isEqualTo(shop.id());
        });
        assertThat(ownerIsStaff).isTrue();
        assertThat(designerIsStaff).isTrue();
        assertThat(ownerOwns).isTrue();
        assertThat(shops.reads).hasValue(1);
    }

    @Test
    void aDesignerAddedAfterTheShopWasKeptIsFound() {
        var shop = openShop();
        directory.profile(shop.id());
        var newcomer = member();
        var stored = shops.findById(shop.id()).orElseThrow();
        stored.addDesigner(owner, newcomer);
        shops.save(stored);

        assertThat(directory.isStaff(shop.id(), newcomer)).isTrue();
        assertThat(directory.isDesigner(shop.id(), newcomer)).isTrue();
        assertThat(directory.isOwner(shop.id(), newcomer)).isFalse();
    }

    @Test
    void aMemberWhoIsNotStaffIsAskedOfTheStoreEachTime() {
        var shop = openShop();
        var stranger = member();
        directory.profile(shop.id());
        int before = shops.reads.get();

        boolean first = directory.isStaff(shop.id(), stranger);
        boolean second = directory.isStaff(shop.id(), stranger);

        assertThat(first).isFalse();
        assertThat(second).isFalse();
        assertThat(shops.reads.get() - before).isEqualTo(2);
    }

    @Test
    void anUnknownShopIsNotKept() {
        var id = new ShopId(UUID.randomUUID());

        assertThat(directory.profile(id)).isEmpty();
        var shop = Shop.open(id, new ShopCode(UUID.randomUUID().toString().substring(0, 12)),
                new ShopName("Late"), ZoneId.of("Europe/Paris"), SlotMinutes.DEFAULT, owner, NOW);
        shops.add(shop);

        assertThat(directory.profile(id)).map(p -> p.zone()).contains(ZoneId.of("Europe/Paris"));
        assertThat(directory.isOwner(id, owner)).isTrue();
    }

    private Shop openShop() {
        var shop = Shop.open(new ShopId(UUID.randomUUID()), new ShopCode(UUID.randomUUID().toString().substring(0, 12)),
                new ShopName("Salon"), ZoneId.of("Asia/Seoul"), SlotMinutes.DEFAULT, owner, NOW);
        shop.addDesigner(owner, designer);
        shops.add(shop);
        return shop;
    }

    private static MemberId member() {
        return new MemberId(UUID.randomUUID());
    }
}

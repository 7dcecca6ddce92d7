package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopName;
import io.parlor.domain.membership.SlotMinutes;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Shops} store does. Each test uses fresh ids and codes. */
public abstract class ShopsContract {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    protected abstract Shops newSubject();

    /**
     * Members the shops refer to; a store with foreign keys needs them to exist. The default
     * makes bare ids; a relational subclass overrides it to add members first.
     */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    private static ShopCode freshCode() {
        return new ShopCode(UUID.randomUUID().toString().substring(0, 12));
    }

    private Shop newShop(ShopCode code) {
        return Shop.open(new ShopId(UUID.randomUUID()), code, new ShopName("Salon Ana"), ZoneId.of("Asia/Seoul"),
                new SlotMinutes(15), existingMember(), NOW);
    }

    @Test
    void readsBackEveryFieldByIdAndByCode() {
        var shops = newSubject();
        var shop = newShop(freshCode());

        boolean added = shops.add(shop);

        assertThat(added).isTrue();
        assertThat(shops.findById(shop.id())).map(Shop::state).contains(shop.state());
        assertThat(shops.lockById(shop.id())).map(Shop::state).contains(shop.state());
        assertThat(shops.findByCode(shop.state().code())).map(Shop::state).contains(shop.state());
    }

    @Test
    void refusesASecondShopWithTheSameCode() {
        var shops = newSubject();
        var code = freshCode();
        shops.add(newShop(code));
        var second = newShop(code);

        boolean added = shops.add(second);

        assertThat(added).isFalse();
        assertThat(shops.findById(second.id())).isEmpty();
    }

    @Test
    void savesTheStaffAndDerivesTheirRoles() {
        var shops = newSubject();
        var shop = newShop(freshCode());
        shops.add(shop);
        var designer = existingMember();
        var loaded = shops.lockById(shop.id()).orElseThrow();

        loaded.addDesigner(shop.owner(), designer);
        shops.save(loaded);

        assertThat(shops.findById(shop.id())).map(Shop::state).contains(loaded.state());
        assertThat(shops.staffRolesOf(shop.owner())).containsExactly(Role.OWNER);
        assertThat(shops.staffRolesOf(designer)).containsExactly(Role.DESIGNER);
        assertThat(shops.staffRolesOf(existingMember())).isEmpty();
    }

    @Test
    void findsTheShopsAMemberOwnsOrDesignsFor() {
        var shops = newSubject();
        var owned = newShop(freshCode());
        var other = newShop(freshCode());
        shops.add(owned);
        shops.add(other);
        var loaded = shops.lockById(other.id()).orElseThrow();
        loaded.addDesigner(other.owner(), owned.owner());
        shops.save(loaded);

        assertThat(shops.staffedBy(owned.owner())).containsExactlyInAnyOrder(owned.id(), other.id());
        assertThat(shops.staffedBy(other.owner())).containsExactly(other.id());
        assertThat(shops.staffedBy(existingMember())).isEmpty();
    }
}

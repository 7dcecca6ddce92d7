package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ShopProfile;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shops and staff registered by hand, standing in for membership in tests and for library
 * users who keep shops elsewhere.
 */
public final class InMemoryShopDirectory implements ShopDirectory {

    private record Entry(ShopProfile profile, MemberId owner, Set<MemberId> designers) {
    }

    private final Map<ShopId, Entry> shops = new ConcurrentHashMap<>();

    /** Registers (or replaces) a shop with its owner and no designer. */
    public void register(ShopProfile profile, MemberId owner) {
        shops.put(profile.shop(), new Entry(profile, owner, ConcurrentHashMap.newKeySet()));
    }

    /** Adds a designer to a registered shop. @throws IllegalStateException for an unknown shop */
    public void addDesigner(ShopId shop, MemberId designer) {
        var entry = shops.get(shop);
        if (entry == null) {
            throw new IllegalStateException("no such shop: " + shop);
        }
        entry.designers().add(designer);
    }

    @Override
    public Optional<ShopProfile> profile(ShopId shop) {
        return Optional.ofNullable(shops.get(shop)).map(Entry::profile);
    }

    @Override
    public boolean isOwner(ShopId shop, MemberId member) {
        return Optional.ofNullable(shops.get(shop)).filter(e -> e.owner().equals(member)).isPresent();
    }

    @Override
    public boolean isDesigner(ShopId shop, MemberId member) {
        return Optional.ofNullable(shops.get(shop)).filter(e -> e.designers().contains(member)).isPresent();
    }
}

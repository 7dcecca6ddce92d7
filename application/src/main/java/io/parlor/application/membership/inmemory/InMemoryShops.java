package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.membership.ShopState;
import io.parlor.domain.shared.ShopNotFound;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Shops in a map of {@link ShopState}s; writes run as (or join) units of work of the runner. */
public final class InMemoryShops implements Shops {

    private final InMemoryTransactionRunner transactions;
    private final Map<ShopId, ShopState> byId = new ConcurrentHashMap<>();

    public InMemoryShops(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean add(Shop shop) {
        return transactions.inTransaction(() -> {
            ShopState state = shop.state();
            if (findByCode(state.code()).isPresent() || byId.containsKey(state.id())) {
                return false;
            }
            write(state);
            return true;
        });
    }

    @Override
    public void save(Shop shop) {
        transactions.runInTransaction(() -> {
            if (!byId.containsKey(shop.id())) {
                throw new ShopNotFound();
            }
            write(shop.state());
        });
    }

    @Override
    public Optional<Shop> findById(ShopId id) {
        return Optional.ofNullable(byId.get(id)).map(Shop::reconstitute);
    }

    @Override
    public Optional<Shop> lockById(ShopId id) {
        return findById(id);
    }

    @Override
    public Optional<Shop> findByCode(ShopCode code) {
        return byId.values().stream().filter(s -> s.code().equals(code)).findFirst().map(Shop::reconstitute);
    }

    @Override
    public Set<Role> staffRolesOf(MemberId member) {
        var roles = EnumSet.noneOf(Role.class);
        for (ShopState state : byId.values()) {
            Shop.reconstitute(state).staffRoleOf(member).ifPresent(roles::add);
        }
        return roles;
    }

    @Override
    public List<ShopId> staffedBy(MemberId member) {
        return byId.values().stream().filter(state -> Shop.reconstitute(state).staffRoleOf(member).isPresent())
                .map(ShopState::id).toList();
    }

    private void write(ShopState state) {
        ShopState previous = byId.put(state.id(), state);
        transactions.onRollback(() -> {
            if (previous == null) {
                byId.remove(state.id());
            } else {
                byId.put(state.id(), previous);
            }
        });
    }
}

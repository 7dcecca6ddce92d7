package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.ShopId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Custom groups in a map per shop; an add runs as (or joins) a unit of work of the runner. */
public final class InMemoryCustomerGroups implements CustomerGroups {

    private final InMemoryTransactionRunner transactions;
    private final Map<ShopId, Map<String, CustomerGroup>> byShopAndName = new ConcurrentHashMap<>();

    public InMemoryCustomerGroups(InMemoryTransactionRunner transactions) {
        this.transactions = transactions;
    }

    @Override
    public boolean add(CustomerGroup group) {
        return transactions.inTransaction(() -> {
            var named = byShopAndName.computeIfAbsent(group.shop(), shop -> new ConcurrentHashMap<>());
            var key = group.name().toLowerCase(Locale.ROOT);
            if (named.putIfAbsent(key, group) != null) {
                return false;
            }
            transactions.onRollback(() -> named.remove(key, group));
            return true;
        });
    }

    @Override
    public List<CustomerGroup> ofShop(ShopId shop) {
        var groups = new ArrayList<>(byShopAndName.getOrDefault(shop, Map.of()).values());
        groups.sort(Comparator.comparing(CustomerGroup::name));
        return groups;
    }

    @Override
    public Optional<CustomerGroup> find(ShopId shop, GroupId id) {
        return byShopAndName.getOrDefault(shop, Map.of()).values().stream().filter(g -> g.id().equals(id)).findFirst();
    }
}

package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.CustomerQuery;
import io.parlor.application.membership.port.out.CustomerRecord;
import io.parlor.application.membership.port.out.Members;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.membership.CustomerMemo;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.Phone;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shop customers in a map, ordered as a database orders UUIDs (their text, not {@code UUID.compareTo}), their names and phones read from the members store; writes run as
 * (or join) units of work of the runner and are undone on rollback.
 */
public final class InMemoryShopCustomers implements ShopCustomers {

    private record Key(ShopId shop, MemberId member) {
    }

    private record Entry(Instant since, int visits, Optional<Instant> lastVisitAt, CustomerMemo memo,
            Set<GroupId> addedTo) {
    }

    private final InMemoryTransactionRunner transactions;
    private final Members members;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();

    public InMemoryShopCustomers(InMemoryTransactionRunner transactions, Members members) {
        this.transactions = transactions;
        this.members = members;
    }

    @Override
    public boolean register(ShopId shop, MemberId member, Instant at) {
        return transactions.inTransaction(() -> {
            var key = new Key(shop, member);
            if (entries.putIfAbsent(key, new Entry(at, 0, Optional.empty(), CustomerMemo.empty(), Set.of())) != null) {
                return false;
            }
            transactions.onRollback(() -> entries.remove(key));
            return true;
        });
    }

    @Override
    public Optional<Instant> customerSince(ShopId shop, MemberId member) {
        return Optional.ofNullable(entries.get(new Key(shop, member))).map(Entry::since);
    }

    @Override
    public Optional<CustomerRecord> find(ShopId shop, MemberId member) {
        return Optional.ofNullable(entries.get(new Key(shop, member))).map(entry -> record(member, entry));
    }

    @Override
    public List<CustomerRecord> page(CustomerQuery query) {
        var text = query.text().map(t -> t.toLowerCase(Locale.ROOT));
        return entries.entrySet().stream()
                .filter(e -> e.getKey().shop().equals(query.shop()))
                .filter(e -> query.after().map(a -> e.getKey().member().toString().compareTo(a.toString()) > 0).orElse(true))
                .filter(e -> query.group().map(rule -> inGroup(e.getValue(), rule)).orElse(true))
                .map(e -> record(e.getKey().member(), e.getValue()))
                .filter(c -> text.map(t -> matches(c, t)).orElse(true))
                .sorted(Comparator.comparing(c -> c.member().toString()))
                .limit(query.limit())
                .toList();
    }

    @Override
    public long count(ShopId shop, CustomerQuery.GroupRule group) {
        return entries.entrySet().stream()
                .filter(e -> e.getKey().shop().equals(shop) && inGroup(e.getValue(), group)).count();
    }

    @Override
    public void recordVisit(ShopId shop, MemberId member, Instant at) {
        transactions.runInTransaction(() -> {
            register(shop, member, at);
            change(shop, member, e -> new Entry(e.since(), e.visits() + 1,
                    Optional.of(e.lastVisitAt().filter(last -> last.isAfter(at)).orElse(at)), e.memo(), e.addedTo()));
        });
    }

    @Override
    public boolean setMemo(ShopId shop, MemberId member, CustomerMemo memo) {
        return transactions.inTransaction(() -> change(shop, member,
                e -> new Entry(e.since(), e.visits(), e.lastVisitAt(), memo, e.addedTo())));
    }

    @Override
    public void addToGroup(ShopId shop, GroupId group, Set<MemberId> added) {
        transactions.runInTransaction(() -> added.forEach(member -> change(shop, member, e -> {
            var groups = new HashSet<>(e.addedTo());
            groups.add(group);
            return new Entry(e.since(), e.visits(), e.lastVisitAt(), e.memo(), groups);
        })));
    }

    @Override
    public boolean isAddedTo(ShopId shop, GroupId group, MemberId member) {
        var entry = entries.get(new Key(shop, member));
        return entry != null && entry.addedTo().contains(group);
    }

    @Override
    public boolean removeFromGroup(ShopId shop, GroupId group, MemberId member) {
        return transactions.inTransaction(() -> {
            var entry = entries.get(new Key(shop, member));
            if (entry == null || !entry.addedTo().contains(group)) {
                return false;
            }
            return change(shop, member, e -> {
                var groups = new HashSet<>(e.addedTo());
                groups.remove(group);
                return new Entry(e.since(), e.visits(), e.lastVisitAt(), e.memo(), groups);
            });
        });
    }

    private interface Change {
        Entry apply(Entry entry);
    }

    /** Replaces an entry, undone on rollback; false if the member is no customer. Runs inside a unit of work. */
    private boolean change(ShopId shop, MemberId member, Change change) {
        var key = new Key(shop, member);
        var before = entries.get(key);
        if (before == null) {
            return false;
        }
        var after = entries.compute(key, (k, current) -> change.apply(current));
        transactions.onRollback(() -> entries.replace(key, after, before));
        return true;
    }

    private static boolean inGroup(Entry entry, CustomerQuery.GroupRule rule) {
        return entry.addedTo().contains(rule.group())
                || rule.minVisits().map(min -> entry.visits() >= min).orElse(false);
    }

    private static boolean matches(CustomerRecord customer, String text) {
        return customer.name().map(n -> n.toLowerCase(Locale.ROOT).contains(text)).orElse(false)
                || customer.phone().map(p -> p.contains(text)).orElse(false);
    }

    private CustomerRecord record(MemberId member, Entry entry) {
        var state = members.findById(member).map(m -> m.state());
        return new CustomerRecord(member, state.flatMap(s -> s.name()).map(MemberName::value),
                state.flatMap(s -> s.phone()).map(Phone::value), entry.since(), entry.visits(), entry.lastVisitAt(),
                entry.memo(), entry.addedTo());
    }
}

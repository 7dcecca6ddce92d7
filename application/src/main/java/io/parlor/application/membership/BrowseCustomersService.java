package io.parlor.application.membership;

import io.parlor.application.membership.port.in.BrowseCustomers;
import io.parlor.application.membership.port.in.CustomerView;
import io.parlor.application.membership.port.out.CustomerQuery;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.CustomerMemo;
import io.parlor.domain.membership.CustomerNotFound;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

final class BrowseCustomersService implements BrowseCustomers {

    private final ShopCustomers customers;
    private final ShopStaff staff;
    private final GroupBook groups;
    private final TransactionRunner transactions;

    BrowseCustomersService(ShopCustomers customers, ShopStaff staff, GroupBook groups, TransactionRunner transactions) {
        this.customers = customers;
        this.staff = staff;
        this.groups = groups;
        this.transactions = transactions;
    }

    @Override
    public Page list(Query query) {
        staff.requireStaff(query.shop(), query.actor());
        var all = groups.all(query.shop());
        var rule = query.group().map(id -> GroupBook.ruleOf(groups.find(query.shop(), id)));
        var after = query.cursor().map(BrowseCustomersService::memberOf);
        var found = customers.page(new CustomerQuery(query.shop(), rule, query.text(), after, query.limit() + 1));
        var items = found.stream().limit(query.limit()).map(c -> GroupBook.view(all, c)).toList();
        Optional<String> next = found.size() > query.limit()
                ? Optional.of(items.get(items.size() - 1).member().toString())
                : Optional.empty();
        return new Page(items, next);
    }

    @Override
    public CustomerView show(ShopId shop, MemberId actor, MemberId customer) {
        staff.requireStaff(shop, actor);
        return groups.view(shop, customers.find(shop, customer).orElseThrow(CustomerNotFound::new));
    }

    @Override
    public CustomerView writeMemo(ShopId shop, MemberId actor, MemberId customer, String memo) {
        staff.requireStaff(shop, actor);
        var text = new CustomerMemo(memo);
        transactions.runInTransaction(() -> {
            if (!customers.setMemo(shop, customer, text)) {
                throw new CustomerNotFound();
            }
        });
        return show(shop, actor, customer);
    }

    @Override
    public Set<MemberId> staff(ShopId shop, MemberId actor) {
        var state = staff.requireStaff(shop, actor).state();
        var all = new HashSet<>(state.designers());
        all.add(state.owner());
        return Set.copyOf(all);
    }

    /** The cursor is the last member id of the page before. */
    private static MemberId memberOf(String cursor) {
        try {
            return new MemberId(UUID.fromString(cursor));
        } catch (IllegalArgumentException notACursor) {
            throw new InvalidValue("cursor", "not a cursor this server gave");
        }
    }
}

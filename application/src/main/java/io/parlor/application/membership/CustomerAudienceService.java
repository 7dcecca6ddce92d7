package io.parlor.application.membership;

import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.membership.port.out.CustomerQuery;
import io.parlor.application.membership.port.out.CustomerRecord;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.GroupKind;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class CustomerAudienceService implements CustomerAudience {

    private static final int PAGE = 500;

    private final Shops shops;
    private final ShopCustomers customers;
    private final GroupBook groups;
    private final TransactionRunner transactions;

    CustomerAudienceService(Shops shops, ShopCustomers customers, GroupBook groups, TransactionRunner transactions) {
        this.shops = shops;
        this.customers = customers;
        this.groups = groups;
        this.transactions = transactions;
    }

    @Override
    public boolean isBlacklisted(ShopId shop, MemberId member) {
        var blacklist = CustomerGroup.standardId(shop, GroupKind.BLACKLIST);
        return customers.isAddedTo(shop, blacklist, member);
    }

    @Override
    public List<MemberId> recipients(ShopId shop, GroupId id) {
        var group = groups.find(shop, id);
        var blacklist = CustomerGroup.standardId(shop, GroupKind.BLACKLIST);
        boolean skipBlacklisted = group.kind() != GroupKind.BLACKLIST;
        var recipients = new ArrayList<MemberId>();
        Optional<MemberId> after = Optional.empty();
        while (true) {
            var page = customers.page(new CustomerQuery(shop, Optional.of(GroupBook.ruleOf(group)), Optional.empty(),
                    after, PAGE));
            page.stream().filter(c -> !(skipBlacklisted && c.addedTo().contains(blacklist)))
                    .map(CustomerRecord::member).forEach(recipients::add);
            if (page.size() < PAGE) {
                return recipients;
            }
            after = Optional.of(page.get(page.size() - 1).member());
        }
    }

    @Override
    public void booked(ShopId shop, MemberId member, Instant at) {
        transactions.runInTransaction(() -> customers.register(shop, member, at));
    }

    @Override
    public void visited(ShopId shop, MemberId member, Instant at) {
        transactions.runInTransaction(() -> customers.recordVisit(shop, member, at));
    }

    @Override
    public void roomOpened(Set<MemberId> members, Instant at) {
        transactions.runInTransaction(() -> {
            for (MemberId member : members) {
                for (ShopId shop : shops.staffedBy(member)) {
                    var staff = shops.findById(shop).orElseThrow();
                    members.stream().filter(other -> staff.staffRoleOf(other).isEmpty())
                            .forEach(customer -> customers.register(shop, customer, at));
                }
            }
        });
    }
}

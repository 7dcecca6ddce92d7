package io.parlor.application.membership;

import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.membership.port.out.CustomerQuery;
import io.parlor.application.membership.port.out.CustomerRecord;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.in.CustomerView;
import io.parlor.application.membership.port.in.GroupView;
import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.GroupNotFound;
import io.parlor.domain.membership.ShopId;
import java.util.ArrayList;
import java.util.List;

/** A shop's groups, standard and custom, and who is in each: the rule of {@link CustomerGroup#holds} applied to stored customers. */
final class GroupBook {

    private final CustomerGroups groups;
    private final ShopCustomers customers;

    GroupBook(CustomerGroups groups, ShopCustomers customers) {
        this.groups = groups;
        this.customers = customers;
    }

    List<CustomerGroup> all(ShopId shop) {
        var all = new ArrayList<>(CustomerGroup.defaultsOf(shop));
        all.addAll(groups.ofShop(shop));
        return all;
    }

    /** @throws GroupNotFound for a group the shop does not have */
    CustomerGroup find(ShopId shop, GroupId id) {
        return CustomerGroup.defaultsOf(shop).stream().filter(g -> g.id().equals(id)).findFirst()
                .or(() -> groups.find(shop, id))
                .orElseThrow(GroupNotFound::new);
    }

    static CustomerQuery.GroupRule ruleOf(CustomerGroup group) {
        return new CustomerQuery.GroupRule(group.id(), group.minVisits());
    }

    GroupView view(CustomerGroup group) {
        return new GroupView(group.id(), group.name(), group.kind(), group.minVisits(),
                customers.count(group.shop(), ruleOf(group)));
    }

    /** The customer with every group it is in, by hand or by its visits. */
    CustomerView view(ShopId shop, CustomerRecord customer) {
        return view(all(shop), customer);
    }

    static CustomerView view(List<CustomerGroup> groups, CustomerRecord customer) {
        var in = groups.stream()
                .filter(g -> g.holds(customer.addedTo().contains(g.id()), customer.visits()))
                .map(CustomerGroup::id).toList();
        return new CustomerView(customer.member(), customer.name(), customer.phone(), customer.visits(),
                customer.lastVisitAt(), in, customer.memo().text());
    }
}

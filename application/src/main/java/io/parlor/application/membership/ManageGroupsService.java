package io.parlor.application.membership;

import io.parlor.application.membership.port.in.GroupView;
import io.parlor.application.membership.port.in.ManageGroups;
import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.GroupNameTaken;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.NotACustomer;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.util.List;
import java.util.Optional;
import java.util.Set;

final class ManageGroupsService implements ManageGroups {

    private final CustomerGroups stored;
    private final ShopCustomers customers;
    private final ShopStaff staff;
    private final GroupBook groups;
    private final TransactionRunner transactions;
    private final IdGenerator ids;

    ManageGroupsService(CustomerGroups stored, ShopCustomers customers, ShopStaff staff, GroupBook groups,
            TransactionRunner transactions, IdGenerator ids) {
        this.stored = stored;
        this.customers = customers;
        this.staff = staff;
        this.groups = groups;
        this.transactions = transactions;
        this.ids = ids;
    }

    @Override
    public List<GroupView> list(ShopId shop, MemberId actor) {
        staff.requireStaff(shop, actor);
        return groups.all(shop).stream().map(groups::view).toList();
    }

    @Override
    public GroupView create(ShopId shop, MemberId actor, String name, Optional<Integer> minVisits) {
        staff.requireOwner(shop, actor);
        var group = CustomerGroup.custom(new GroupId(ids.newId()), shop, name, minVisits);
        boolean standardName = CustomerGroup.defaultsOf(shop).stream().anyMatch(g -> g.sameNameAs(group.name()));
        if (standardName || !transactions.inTransaction(() -> stored.add(group))) {
            throw new GroupNameTaken();
        }
        return groups.view(group);
    }

    @Override
    public GroupView addMembers(ShopId shop, MemberId actor, GroupId id, Set<MemberId> members) {
        staff.requireOwner(shop, actor);
        var group = groups.find(shop, id);
        if (members.isEmpty() || members.size() > MAX_MEMBERS_PER_CALL) {
            throw new InvalidValue("memberIds", "name 1 to " + MAX_MEMBERS_PER_CALL + " customers");
        }
        transactions.runInTransaction(() -> {
            if (members.stream().anyMatch(member -> customers.customerSince(shop, member).isEmpty())) {
                throw new NotACustomer();
            }
            customers.addToGroup(shop, group.id(), members);
        });
        return groups.view(group);
    }

    @Override
    public void removeMember(ShopId shop, MemberId actor, GroupId id, MemberId member) {
        staff.requireOwner(shop, actor);
        var group = groups.find(shop, id);
        transactions.runInTransaction(() -> customers.removeFromGroup(shop, group.id(), member));
    }
}

package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.NotShopOwner;
import io.parlor.domain.shared.ShopNotFound;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A shop's customer groups: its staff sees them; its owner makes groups and puts customers in and out. */
public interface ManageGroups {

    int MAX_MEMBERS_PER_CALL = 100;

    /**
     * The three standard groups first, then the custom ones by name.
     *
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop or a caller not on its staff
     */
    List<GroupView> list(ShopId shop, MemberId actor);

    /**
     * @throws io.parlor.domain.shared.NotShopOwner for a designer
     * @throws io.parlor.domain.membership.GroupNameTaken if a group of the shop has the name already
     * @throws io.parlor.domain.shared.InvalidValue (fields {@code name}, {@code minVisits})
     */
    GroupView create(ShopId shop, MemberId actor, String name, Optional<Integer> minVisits);

    /**
     * Adds all of them or none.
     *
     * @throws io.parlor.domain.membership.NotACustomer if one of them is no customer of the shop
     * @throws io.parlor.domain.membership.GroupNotFound for a group the shop does not have
     * @throws io.parlor.domain.shared.InvalidValue (field {@code memberIds}) for none or more than {@value #MAX_MEMBERS_PER_CALL}
     */
    GroupView addMembers(ShopId shop, MemberId actor, GroupId group, Set<MemberId> members);

    /** Idempotent: a customer not in the group by hand stays out. */
    void removeMember(ShopId shop, MemberId actor, GroupId group, MemberId member);
}

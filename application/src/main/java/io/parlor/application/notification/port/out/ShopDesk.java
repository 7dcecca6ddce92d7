package io.parlor.application.notification.port.out;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.List;
import java.util.Optional;

/** Membership's view of shops and their customers, by id; implemented over membership by the application's wiring. */
public interface ShopDesk {

    /** The shop, with its staff; empty for an unknown shop. */
    Optional<ShopFacts> shop(ShopId shop);

    /** The shops {@code member} owns or designs for. */
    List<ShopId> staffedBy(MemberId member);

    /**
     * Who gets a message to the group: its members as of now, blacklisted ones left out unless
     * the group is the blacklist.
     *
     * @throws io.parlor.domain.membership.GroupNotFound for a group the shop does not have
     */
    List<MemberId> recipients(ShopId shop, GroupId group);
}

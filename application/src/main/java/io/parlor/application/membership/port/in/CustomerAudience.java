package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the other contexts learn about a shop's customers, by id: who is blacklisted, who is in
 * a group, and the facts that make a member a customer. Not for end users: the caller is
 * trusted (the application's own wiring).
 */
public interface CustomerAudience {

    /** Whether the shop put {@code member} in its {@code BLACKLIST} group. */
    boolean isBlacklisted(ShopId shop, MemberId member);

    /**
     * Everyone in the group as of now, blacklisted customers left out unless the group is the
     * blacklist itself.
     *
     * @throws io.parlor.domain.membership.GroupNotFound for a group the shop does not have
     */
    List<MemberId> recipients(ShopId shop, GroupId group);

    /** The member booked at the shop: it is one of its customers from now on (idempotent). */
    void booked(ShopId shop, MemberId member, Instant at);

    /** A reservation of the member at the shop was completed: one more visit. */
    void visited(ShopId shop, MemberId member, Instant at);

    /**
     * A room with these members was opened: every member not on a shop's staff becomes a
     * customer of each shop whose staff is in the room.
     */
    void roomOpened(Set<MemberId> members, Instant at);
}

package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.CustomerMemo;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which members are customers of which shop (they booked there, chatted with its staff, or
 * logged in through its link), with what the shop keeps about them. Writes join the caller's
 * unit of work.
 */
public interface ShopCustomers {

    /**
     * Records {@code member} as a customer of {@code shop} since {@code at}; idempotent, the
     * first instant is kept. Safe under concurrency (insert-if-absent).
     *
     * @return whether the member was not a customer of the shop before
     */
    boolean register(ShopId shop, MemberId member, Instant at);

    /** Since when {@code member} is a customer of {@code shop}, if it is one. */
    Optional<Instant> customerSince(ShopId shop, MemberId member);

    /** The customer, with its name and phone as its account holds them now. */
    Optional<CustomerRecord> find(ShopId shop, MemberId member);

    /** Up to {@code query.limit()} customers matching the query, by member id. */
    List<CustomerRecord> page(CustomerQuery query);

    /** How many customers of {@code shop} belong to the group. */
    long count(ShopId shop, CustomerQuery.GroupRule group);

    /**
     * Counts a completed visit at {@code at}, registering the member as a customer first if it
     * is none; {@code lastVisitAt} becomes the later of the stored one and {@code at}. Safe under
     * concurrency: two visits counted at once count two.
     */
    void recordVisit(ShopId shop, MemberId member, Instant at);

    /** Replaces the memo; {@code false}, changing nothing, if the member is no customer of the shop. */
    boolean setMemo(ShopId shop, MemberId member, CustomerMemo memo);

    /** Adds customers to a group by hand; members already in it stay, once. The caller checks they are customers. */
    void addToGroup(ShopId shop, GroupId group, Set<MemberId> members);

    /** Takes a customer out of a group it was added to by hand; {@code false} if it was not in it. */
    boolean removeFromGroup(ShopId shop, GroupId group, MemberId member);

    /**
     * Whether {@code member} was added to the group by hand: what {@link #find} tells in
     * {@code addedTo}, in one short read (every hold asks it of the blacklist).
     */
    boolean isAddedTo(ShopId shop, GroupId group, MemberId member);
}

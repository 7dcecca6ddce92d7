package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.Role;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The stored shops and their staff. Reads return fresh {@link Shop} objects. */
public interface Shops {

    /**
     * Stores a new shop, unless another shop already has its code.
     *
     * @return {@code false}, storing nothing, if the code is taken (checked atomically, e.g. by a
     *         unique index); the caller draws another code
     */
    boolean add(Shop shop);

    /**
     * Replaces every stored field of an existing shop with {@link Shop#state()}, staff included.
     * Use it inside a unit of work, after {@link #lockById} read the shop.
     *
     * @throws io.parlor.domain.shared.ShopNotFound if the shop was never added
     */
    void save(Shop shop);

    /** The shop with this id. */
    Optional<Shop> findById(ShopId id);

    /** As {@link #findById}, and holds the shop against other writers until the unit of work ends. */
    Optional<Shop> lockById(ShopId id);

    /** The shop whose login-link code is {@code code}. */
    Optional<Shop> findByCode(ShopCode code);

    /**
     * The shop roles {@code member} holds anywhere: {@code OWNER} if it owns a shop,
     * {@code DESIGNER} if it is a designer of one; empty otherwise.
     */
    Set<Role> staffRolesOf(MemberId member);

    /** The shops {@code member} owns or designs for, in no order. */
    List<ShopId> staffedBy(MemberId member);
}

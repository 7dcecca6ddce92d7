package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.CustomerGroup;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.ShopId;
import java.util.List;
import java.util.Optional;

/** The groups a shop's owner made ({@code CUSTOM}); the three standard groups are never stored. */
public interface CustomerGroups {

    /**
     * Stores a new custom group, unless the shop has a custom group of the same name without
     * case (checked atomically, e.g. by a unique index).
     *
     * @return {@code false}, storing nothing, if the name is taken
     */
    boolean add(CustomerGroup group);

    /** The shop's custom groups, by name. */
    List<CustomerGroup> ofShop(ShopId shop);

    /** The shop's custom group with this id. */
    Optional<CustomerGroup> find(ShopId shop, GroupId id);
}

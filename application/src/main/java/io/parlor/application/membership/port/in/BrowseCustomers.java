package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A shop's staff (its owner and designers) looks at the shop's customers and keeps a memo on
 * each. Anyone else is told the shop does not exist.
 */
public interface BrowseCustomers {

    int DEFAULT_LIMIT = 20;
    int MAX_LIMIT = 100;

    /**
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop or a caller not on its staff
     * @throws io.parlor.domain.membership.GroupNotFound for a group the shop does not have
     * @throws io.parlor.domain.shared.InvalidValue (field {@code cursor}) for a cursor this never gave
     */
    Page list(Query query);

    /** @throws io.parlor.domain.membership.CustomerNotFound if the member is no customer of the shop */
    CustomerView show(ShopId shop, MemberId actor, MemberId customer);

    /**
     * @throws io.parlor.domain.shared.InvalidValue (field {@code memo}) above 2,000 characters
     * @throws io.parlor.domain.membership.CustomerNotFound if the member is no customer of the shop
     */
    CustomerView writeMemo(ShopId shop, MemberId actor, MemberId customer, String memo);

    /**
     * The shop's owner and designers, for views that gather what the customer shares with them.
     *
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop or a caller not on its staff
     */
    Set<MemberId> staff(ShopId shop, MemberId actor);

    /** @param limit counts as {@link #MAX_LIMIT} above it */
    record Query(ShopId shop, MemberId actor, Optional<GroupId> group, Optional<String> text,
            Optional<String> cursor, int limit) {
        public Query {
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(cursor, "cursor");
            limit = Math.max(1, Math.min(limit, MAX_LIMIT));
        }
    }

    record Page(List<CustomerView> items, Optional<String> nextCursor) {
    }
}

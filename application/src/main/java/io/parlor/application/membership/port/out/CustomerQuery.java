package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.Objects;
import java.util.Optional;

/**
 * A page of a shop's customers, ordered by member id.
 *
 * @param group only the members of this group
 * @param text  only customers whose name (without case) or phone contains it
 * @param after only customers whose member id sorts after this one (the cursor)
 */
public record CustomerQuery(ShopId shop, Optional<GroupRule> group, Optional<String> text, Optional<MemberId> after,
        int limit) {

    /**
     * Who belongs to a group: those added to it by hand and, with {@code minVisits}, everyone
     * with at least that many visits.
     */
    public record GroupRule(GroupId group, Optional<Integer> minVisits) {
        public GroupRule {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(minVisits, "minVisits");
        }
    }

    public CustomerQuery {
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(group, "group");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
        Objects.requireNonNull(after, "after");
        if (limit < 1) {
            throw new IllegalArgumentException("limit is at least 1");
        }
    }
}

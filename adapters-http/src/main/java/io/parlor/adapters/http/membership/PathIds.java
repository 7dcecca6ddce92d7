package io.parlor.adapters.http.membership;

import io.parlor.domain.membership.CustomerNotFound;
import io.parlor.domain.membership.GroupId;
import io.parlor.domain.membership.GroupNotFound;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.MemberNotFound;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Optional;
import java.util.UUID;

/** Ids taken from paths or bodies: one that cannot be an id names nothing, so it is not found. */
final class PathIds {

    private PathIds() {
    }

    static MemberId member(String raw) {
        return parse(raw).map(MemberId::new).orElseThrow(MemberNotFound::new);
    }

    static ShopId shop(String raw) {
        return parse(raw).map(ShopId::new).orElseThrow(ShopNotFound::new);
    }

    static GroupId group(String raw) {
        return parse(raw).map(GroupId::new).orElseThrow(GroupNotFound::new);
    }

    /** A customer's id in a path: one that cannot be an id names no customer. */
    static MemberId customer(String raw) {
        return parse(raw).map(MemberId::new).orElseThrow(CustomerNotFound::new);
    }

    private static Optional<UUID> parse(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}

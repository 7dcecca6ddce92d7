package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.RoomName;
import io.parlor.domain.chat.RoomType;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A member opens a room with other members. A direct room is unique per pair: asking for one
 * that exists returns it unchanged.
 */
public interface CreateRoom {

    /**
     * @throws io.parlor.domain.shared.InvalidValue (field {@code memberIds}) for an unknown member,
     *         or a direct room not naming exactly one other member; ({@code name}, {@code shopId})
     *         for a direct room given a name or a shop
     * @throws io.parlor.domain.chat.RoomFull for a group larger than the settings allow
     */
    Result create(Command command);

    /**
     * @param creator the authenticated caller; it is a member of the room whether or not
     *                {@code members} names it
     * @param members the other members
     */
    record Command(MemberId creator, RoomType type, Optional<RoomName> name, Set<MemberId> members,
            Optional<ShopId> shop) {
        public Command {
            Objects.requireNonNull(creator, "creator");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(name, "name");
            members = Set.copyOf(members);
            Objects.requireNonNull(shop, "shop");
        }
    }

    /** @param created {@code false} when an existing direct room was returned */
    record Result(RoomView room, boolean created) {
    }
}

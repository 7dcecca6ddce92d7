package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Every field of a {@link Room}, for storage adapters: {@link Room#state()} to write,
 * {@link Room#reconstitute(RoomState)} to read back.
 *
 * @param participants current and former members, each once
 */
public record RoomState(RoomId id, RoomType type, Optional<RoomName> name, Optional<ShopId> shop,
        MemberId createdBy, Instant createdAt, Set<Participant> participants) {

    public RoomState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        participants = Set.copyOf(participants);
        if (participants.stream().map(Participant::member).distinct().count() != participants.size()) {
            throw new IllegalArgumentException("a member appears once in a roster");
        }
        if (type == RoomType.DIRECT && (participants.size() != 2 || name.isPresent() || shop.isPresent())) {
            throw new IllegalArgumentException("a direct room has two participants, no name and no shop");
        }
    }
}

package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.jmolecules.event.types.DomainEvent;

/** A room was created with {@code members} (its creator included). Not raised when a direct room already existed. */
public record RoomCreated(RoomId room, RoomType type, Optional<String> name, Optional<ShopId> shop,
        Set<MemberId> members, MemberId createdBy, Instant createdAt) implements DomainEvent {
}

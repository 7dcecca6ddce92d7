package io.parlor.domain.chat;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Rooms and members for domain tests. */
final class RoomFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    static final int MAX_MEMBERS = 5;

    private RoomFixtures() {
    }

    static MemberId anyMemberId() {
        return new MemberId(UUID.randomUUID());
    }

    static RoomId anyRoomId() {
        return new RoomId(UUID.randomUUID());
    }

    static Room anyGroup(MemberId creator, MemberId... others) {
        return Room.openGroup(anyRoomId(), creator, List.of(others), Optional.of(new RoomName("Regulars")),
                Optional.empty(), MAX_MEMBERS, NOW);
    }
}

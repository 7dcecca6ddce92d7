package io.parlor.domain.chat;

import io.parlor.domain.shared.DomainError;

/** A group room already holds as many members as the settings allow. */
public final class RoomFull extends DomainError {

    public RoomFull() {
        super("room-full", Kind.CONFLICT, "the room has no place for more members");
    }
}

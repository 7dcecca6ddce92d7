package io.parlor.domain.chat;

import io.parlor.domain.shared.DomainError;

/** No room has this id, or the caller may not know that it exists (it never was a member). */
public final class RoomNotFound extends DomainError {

    public RoomNotFound() {
        super("room-not-found", Kind.NOT_FOUND, "no such room");
    }
}

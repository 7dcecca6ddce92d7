package io.parlor.domain.chat;

import io.parlor.domain.shared.DomainError;

/** A direct room always holds its two members: nobody is invited, leaves or rejoins. */
public final class DirectRoomFixed extends DomainError {

    public DirectRoomFixed() {
        super("direct-room-fixed", Kind.UNPROCESSABLE, "the members of a direct room cannot change");
    }
}

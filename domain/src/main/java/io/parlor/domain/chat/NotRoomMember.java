package io.parlor.domain.chat;

import io.parlor.domain.shared.DomainError;

/** The caller was a member of the room but left it; only current members may do this. */
public final class NotRoomMember extends DomainError {

    public NotRoomMember() {
        super("not-room-member", Kind.FORBIDDEN, "only current members of the room may do this");
    }
}

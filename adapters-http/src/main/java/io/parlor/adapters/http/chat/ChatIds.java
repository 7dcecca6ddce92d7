package io.parlor.adapters.http.chat;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentNotFound;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.chat.RoomNotFound;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.util.Optional;
import java.util.UUID;

/** Ids from paths and bodies: a room or attachment id that cannot be one names nothing. */
public final class ChatIds {

    private ChatIds() {
    }

    public static RoomId room(String raw) {
        return uuid(raw).map(RoomId::new).orElseThrow(RoomNotFound::new);
    }

    public static AttachmentId attachment(String raw) {
        return uuid(raw).map(AttachmentId::new).orElseThrow(AttachmentNotFound::new);
    }

    /** A member named in a request body; a malformed one is an invalid field. */
    public static MemberId member(String raw, String field) {
        return uuid(raw).map(MemberId::new).orElseThrow(() -> new InvalidValue(field, "is not a member id"));
    }

    private static Optional<UUID> uuid(String raw) {
        try {
            return Optional.of(UUID.fromString(raw));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return Optional.empty();
        }
    }
}

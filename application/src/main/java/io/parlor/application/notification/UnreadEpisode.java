package io.parlor.application.notification;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.UUID;

/** What an unread-chat deadline remembers: whose, where, and the first message left unread. */
record UnreadEpisode(RoomId room, MemberId member, long firstSeq) {

    static String payload(RoomId room, MemberId member, long firstSeq) {
        return room + " " + member + " " + firstSeq;
    }

    static UnreadEpisode of(String payload) {
        var parts = payload.split(" ");
        return new UnreadEpisode(new RoomId(UUID.fromString(parts[0])), new MemberId(UUID.fromString(parts[1])),
                Long.parseLong(parts[2]));
    }
}

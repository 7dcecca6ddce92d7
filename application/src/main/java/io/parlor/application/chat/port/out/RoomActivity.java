package io.parlor.application.chat.port.out;

import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.membership.MemberId;
import java.util.Set;

/**
 * Hears, on the instance that committed it and right after the commit, of each stored message and
 * each moved read mark; unlike the bus, which brings every event to every instance, this is told
 * once per fact. Called on chat's own threads: it must return at once and never throw.
 */
public interface RoomActivity {

    /** Hears of nothing. */
    RoomActivity NONE = new RoomActivity() {
        @Override
        public void posted(MessagePosted message, Set<MemberId> members) {
        }

        @Override
        public void read(MessagesRead read) {
        }
    };

    /** A message was stored; {@code members} are the room's current members. */
    void posted(MessagePosted message, Set<MemberId> members);

    /** A member's read mark moved forward. */
    void read(MessagesRead read);
}

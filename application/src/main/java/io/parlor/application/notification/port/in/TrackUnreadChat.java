package io.parlor.application.notification.port.in;

import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.membership.MemberId;
import java.util.List;
import java.util.Set;

/**
 * Keeps one unread-chat alert per member and room while that member has unread messages there:
 * scheduled when a message leaves it with something unread, due {@code unreadAfter} after that
 * message, cancelled when its read mark covers the message. When it falls due and the member is
 * still in the room and still has not read that far, a {@code CHAT_UNREAD} notification is raised.
 */
public interface TrackUnreadChat {

    /** A message was stored; {@code members} are the room's current members (the sender is skipped). */
    void posted(MessagePosted message, Set<MemberId> members);

    /** A member's read mark moved. */
    void read(MessagesRead read);

    /**
     * What chat heard, in order, with the same outcome as {@link #posted} and {@link #read} one
     * by one, in fewer writes: a run of posts schedules each member's episode once.
     */
    void track(List<Activity> activity);

    /** One fact that chat heard. */
    sealed interface Activity {
    }

    /** As {@link #posted}. */
    record Posted(MessagePosted message, Set<MemberId> members) implements Activity {
    }

    /** As {@link #read}. */
    record Read(MessagesRead read) implements Activity {
    }
}

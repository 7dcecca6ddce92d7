package io.parlor.application.notification.port.in;

import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.membership.MemberId;
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
}

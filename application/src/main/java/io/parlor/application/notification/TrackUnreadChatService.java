package io.parlor.application.notification;

import io.parlor.application.notification.port.in.TrackUnreadChat;
import io.parlor.application.shared.port.out.Deadline;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TransactionRunner;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.time.Duration;
import java.util.Set;

/**
 * One deadline per member and room, keyed by both: the first message of an unread episode
 * schedules it, later ones find it there, a read that covers its message removes it.
 */
final class TrackUnreadChatService implements TrackUnreadChat {

    static final String KIND = "chat-unread";

    private final Deadlines deadlines;
    private final TransactionRunner transactions;
    private final Duration unreadAfter;

    TrackUnreadChatService(Deadlines deadlines, TransactionRunner transactions, NotificationSettings settings) {
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.unreadAfter = settings.unreadAfter();
    }

    static String key(RoomId room, MemberId member) {
        return KIND + ":" + room + ":" + member;
    }

    @Override
    public void posted(MessagePosted message, Set<MemberId> members) {
        if (message.type() == MessageType.SYSTEM) {
            return;
        }
        var due = message.sentAt().plus(unreadAfter);
        transactions.runInTransaction(() -> members.stream()
                .filter(member -> !member.equals(message.sender()))
                .forEach(member -> deadlines.scheduleIfAbsent(Deadline.of(key(message.room(), member), KIND, due,
                        UnreadEpisode.payload(message.room(), member, message.seq())))));
    }

    @Override
    public void read(MessagesRead read) {
        var key = key(read.room(), read.member());
        transactions.runInTransaction(() -> deadlines.find(key)
                .filter(deadline -> UnreadEpisode.of(deadline.payload()).firstSeq() <= read.seq())
                .ifPresent(deadline -> deadlines.cancel(key)));
    }
}

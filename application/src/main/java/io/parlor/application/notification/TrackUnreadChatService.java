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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        track(List.of(new Posted(message, members)));
    }

    /** Later posts of a run only find the episodes the first ones scheduled, so they are left out before the write. */
    @Override
    public void track(List<Activity> activity) {
        var episodes = new LinkedHashMap<String, Deadline>();
        for (Activity fact : activity) {
            if (fact instanceof Posted posted) {
                addEpisodes(posted.message(), posted.members(), episodes);
            } else if (fact instanceof Read read) {
                schedule(episodes);
                read(read.read());
            }
        }
        schedule(episodes);
    }

    /** The episode each member but the sender has from this message on, unless one is pending already. */
    private void addEpisodes(MessagePosted message, Set<MemberId> members, Map<String, Deadline> episodes) {
        if (message.type() == MessageType.SYSTEM) {
            return;
        }
        var due = message.sentAt().plus(unreadAfter);
        for (MemberId member : members) {
            if (member.equals(message.sender())) {
                continue;
            }
            var key = key(message.room(), member);
            if (!episodes.containsKey(key)) {
                episodes.put(key, Deadline.of(key, KIND, due, UnreadEpisode.payload(message.room(), member,
                        message.seq())));
            }
        }
    }

    private void schedule(Map<String, Deadline> episodes) {
        if (!episodes.isEmpty()) {
            var all = List.copyOf(episodes.values());
            episodes.clear();
            transactions.runInTransaction(() -> deadlines.scheduleAllIfAbsent(all));
        }
    }

    @Override
    public void read(MessagesRead read) {
        var key = key(read.room(), read.member());
        transactions.runInTransaction(() -> deadlines.find(key)
                .filter(deadline -> UnreadEpisode.of(deadline.payload()).firstSeq() <= read.seq())
                .ifPresent(deadline -> deadlines.cancel(key)));
    }
}

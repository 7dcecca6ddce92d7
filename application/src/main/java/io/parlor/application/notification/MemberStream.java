package io.parlor.application.notification;

import io.parlor.application.notification.port.in.FollowNotifications;
import io.parlor.application.notification.port.in.StreamEvent;
import io.parlor.application.notification.port.out.Notifications;
import io.parlor.application.notification.port.out.RoomSummary;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.notification.Notification;

/**
 * One open stream. Its methods run on the hub's thread only, so the listener is called one event
 * at a time. Numbers are given in commit order and published after the commit, so when one arrives
 * past a gap the store already holds what fills it (or it was deleted): the gap is read at once.
 */
final class MemberStream implements FollowNotifications.Stream {

    private static final int PAGE = 100;

    private final MemberId member;
    private final FollowNotifications.Listener listener;
    private final Notifications notifications;
    private final StreamHub hub;
    private long lastSeq;
    private long others;
    private volatile boolean closed;

    MemberStream(MemberId member, long lastSeq, FollowNotifications.Listener listener, Notifications notifications,
                 StreamHub hub) {
        this.member = member;
        this.lastSeq = lastSeq;
        this.listener = listener;
        this.notifications = notifications;
        this.hub = hub;
    }

    MemberId member() {
        return member;
    }

    /** Shows every stored notification after the last one shown. */
    void replay() {
        while (!closed) {
            var page = notifications.after(member, lastSeq, PAGE);
            page.forEach(this::show);
            if (page.size() < PAGE) {
                return;
            }
        }
    }

    void offer(Notification notification) {
        if (closed || notification.seq() <= lastSeq) {
            return;
        }
        if (notification.seq() == lastSeq + 1) {
            show(notification);
        } else {
            replay();
        }
    }

    void roomChanged(RoomSummary summary) {
        if (!closed) {
            listener.event(new StreamEvent.RoomChanged(otherId(), summary.room(), summary.lastMessage(),
                    summary.unreadCount()));
        }
    }

    void statusChanged(String status) {
        if (closed) {
            return;
        }
        listener.event(new StreamEvent.StatusChanged(otherId(), member, status));
        close();
        listener.ended();
    }

    private void show(Notification notification) {
        if (closed || notification.seq() <= lastSeq) {
            return;
        }
        lastSeq = notification.seq();
        listener.event(new StreamEvent.NotificationShown(Long.toString(lastSeq), notification));
    }

    private String otherId() {
        return lastSeq + "." + (++others);
    }

    @Override
    public void catchUp() {
        hub.run(this::replay);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            hub.remove(this);
        }
    }
}

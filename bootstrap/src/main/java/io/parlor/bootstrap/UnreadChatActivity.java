package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.parlor.application.chat.port.out.RoomActivity;
import io.parlor.application.notification.port.in.TrackUnreadChat;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.membership.MemberId;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands chat's activity to notification's unread tracking on a thread of its own, in order, so
 * that chat's group-commit thread never waits for the deadline writes. The thread takes
 * whatever queued up while it wrote, as one run: a busy room costs one write per run, not one
 * per message and member.
 */
final class UnreadChatActivity implements RoomActivity, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadChatActivity.class);
    private static final int MAX_RUN = 2_000;

    private final BeanProvider<TrackUnreadChat> track;
    private final BlockingQueue<TrackUnreadChat.Activity> queue = new LinkedBlockingQueue<>(100_000);
    private final Thread worker = new Thread(this::work, "parlor-unread-chat");
    private volatile boolean closed;

    UnreadChatActivity(BeanProvider<TrackUnreadChat> track) {
        this.track = track;
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void posted(MessagePosted message, Set<MemberId> members) {
        offer(new TrackUnreadChat.Posted(message, members));
    }

    @Override
    public void read(MessagesRead read) {
        offer(new TrackUnreadChat.Read(read));
    }

    private void offer(TrackUnreadChat.Activity activity) {
        if (closed || !queue.offer(activity)) {
            LOG.warn("unread chat tracking is saturated or stopped; an alert may be missed");
        }
    }

    private void work() {
        var run = new ArrayList<TrackUnreadChat.Activity>();
        while (!closed || !queue.isEmpty()) {
            try {
                var first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                run.add(first);
                queue.drainTo(run, MAX_RUN - 1);
                track(List.copyOf(run));
            } catch (InterruptedException stopping) {
                return;
            } finally {
                run.clear();
            }
        }
    }

    private void track(List<TrackUnreadChat.Activity> run) {
        try {
            track.get().track(run);
        } catch (RuntimeException e) {
            LOG.warn("tracking unread chat failed for {} facts", run.size(), e);
        }
    }

    /** Stops taking activity; what was taken is still tracked, unless the server stops first. */
    @PreDestroy
    @Override
    public void close() {
        closed = true;
    }
}

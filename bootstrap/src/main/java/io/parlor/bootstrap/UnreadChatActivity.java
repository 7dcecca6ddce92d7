package io.parlor.bootstrap;

import io.micronaut.context.BeanProvider;
import io.parlor.application.chat.port.out.RoomActivity;
import io.parlor.application.notification.port.in.TrackUnreadChat;
import io.parlor.domain.chat.MessagePosted;
import io.parlor.domain.chat.MessagesRead;
import io.parlor.domain.membership.MemberId;
import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands chat's activity to notification's unread tracking on a thread of its own, in order, so
 * that chat's group-commit thread never waits for the deadline writes.
 */
final class UnreadChatActivity implements RoomActivity, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadChatActivity.class);

    private final BeanProvider<TrackUnreadChat> track;
    private final ExecutorService worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(100_000), runnable -> {
                var thread = new Thread(runnable, "parlor-unread-chat");
                thread.setDaemon(true);
                return thread;
            });

    UnreadChatActivity(BeanProvider<TrackUnreadChat> track) {
        this.track = track;
    }

    @Override
    public void posted(MessagePosted message, Set<MemberId> members) {
        submit(() -> track.get().posted(message, members));
    }

    @Override
    public void read(MessagesRead read) {
        submit(() -> track.get().read(read));
    }

    private void submit(Runnable work) {
        try {
            worker.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.warn("tracking unread chat failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("unread chat tracking is saturated or stopped; an alert may be missed");
        }
    }

    @PreDestroy
    @Override
    public void close() {
        worker.shutdown();
    }
}

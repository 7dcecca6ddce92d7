package io.parlor.application.chat;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.shared.Recurring;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Chat's housekeeping: files uploaded and never posted are deleted, with their records, once
 * they are {@code keep} old, by one instance once per {@code every}, through a recurring deadline.
 */
public final class ChatHousekeeping {

    static final String KIND = "chat.purge";

    private final Deadlines deadlines;
    private final TransactionRunner transactions;
    private final TimeSource time;
    private final Duration every;
    private final PurgeUnpostedAttachmentsService purge;

    private ChatHousekeeping(Attachments attachments, BlobStore blobs, Deadlines deadlines,
                             TransactionRunner transactions, TimeSource time, Duration every, Duration keep) {
        this.deadlines = deadlines;
        this.transactions = transactions;
        this.time = time;
        this.every = every;
        this.purge = new PurgeUnpostedAttachmentsService(attachments, blobs, deadlines, time, every, keep);
    }

    /**
     * @param every how often the purge runs, e.g. an hour
     * @param keep  how long an upload may wait for its message, e.g. a day
     */
    public static ChatHousekeeping wire(Attachments attachments, BlobStore blobs, Deadlines deadlines,
                                        TransactionRunner transactions, TimeSource time, Duration every,
                                        Duration keep) {
        Objects.requireNonNull(every, "every");
        Objects.requireNonNull(keep, "keep");
        return new ChatHousekeeping(attachments, blobs, deadlines, transactions, time, every, keep);
    }

    /** The handlers of these deadlines, for {@code Scheduling.runner}. */
    public List<DeadlineHandler> deadlineHandlers() {
        return List.of(purge);
    }

    /** Schedules the next purge unless an instance did already; call at every start. */
    public void start() {
        transactions.runInTransaction(() -> deadlines.scheduleIfAbsent(Recurring.next(KIND, KIND, every, time.now())));
    }
}

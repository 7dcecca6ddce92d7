package io.parlor.application.chat;

import io.parlor.application.chat.port.out.Attachments;
import io.parlor.application.chat.port.out.BlobStore;
import io.parlor.application.shared.Recurring;
import io.parlor.application.shared.port.in.DeadlineHandler;
import io.parlor.application.shared.port.out.Deadlines;
import io.parlor.application.shared.port.out.TimeSource;
import java.time.Duration;

/**
 * Deletes uploads that no message showed within {@code keep}, a bounded batch per run, and
 * schedules the next run. The record goes first, and only if still unposted (checked by the
 * store in the same statement); then the file. A run that fails after a file was deleted leaves
 * a record without its file, which the next run removes.
 */
final class PurgeUnpostedAttachmentsService implements DeadlineHandler {

    static final int BATCH = 1_000;

    private final Attachments attachments;
    private final BlobStore blobs;
    private final Deadlines deadlines;
    private final TimeSource time;
    private final Duration every;
    private final Duration keep;

    PurgeUnpostedAttachmentsService(Attachments attachments, BlobStore blobs, Deadlines deadlines, TimeSource time,
                                    Duration every, Duration keep) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.deadlines = deadlines;
        this.time = time;
        this.every = every;
        this.keep = keep;
    }

    @Override
    public String kind() {
        return ChatHousekeeping.KIND;
    }

    @Override
    public void run(String key, String payload) {
        var now = time.now();
        for (var id : attachments.unpostedBefore(now.minus(keep), BATCH)) {
            if (attachments.removeUnposted(id)) {
                blobs.delete(id);
            }
        }
        deadlines.scheduleIfAbsent(Recurring.next(ChatHousekeeping.KIND, ChatHousekeeping.KIND, every, now));
    }
}

package io.parlor.application.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.chat.inmemory.InMemoryAttachments;
import io.parlor.application.chat.inmemory.InMemoryBlobStore;
import io.parlor.application.chat.inmemory.InMemoryMessages;
import io.parlor.application.shared.Scheduling;
import io.parlor.application.shared.inmemory.InMemoryDeadlines;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;
import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.MessageContent;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Uploads never posted are deleted, record and file, a day on, by one run per hour whatever the instances. */
class ChatHousekeepingTest {

    private static final Instant START = Instant.parse("2026-12-06T10:20:00Z");

    private final InMemoryTransactionRunner transactions = new InMemoryTransactionRunner();
    private final InMemoryMessages messages = new InMemoryMessages(transactions);
    private final InMemoryAttachments attachments = new InMemoryAttachments(messages);
    private final InMemoryBlobStore blobs = new InMemoryBlobStore();
    private final InMemoryDeadlines deadlines = new InMemoryDeadlines(transactions);
    private final InMemoryTimeSource time = new InMemoryTimeSource(START);
    private final MemberId owner = new MemberId(UUID.randomUUID());

    private ChatHousekeeping instance() {
        return ChatHousekeeping.wire(attachments, blobs, deadlines, transactions, time, Duration.ofHours(1),
                Duration.ofDays(1));
    }

    private AttachmentId upload(Instant at) {
        var id = new AttachmentId(UUID.randomUUID());
        attachments.add(new AttachmentInfo(id, owner, "photo.jpg", "image/jpeg", 3), at);
        blobs.write(id, new ByteArrayInputStream(new byte[] {1, 2, 3}), 10);
        return id;
    }

    @Test
    void anUploadNeverPostedGoesADayLaterAndAPostedOneStays() {
        var first = instance();
        instance().start();
        first.start();
        var abandoned = upload(START.minus(Duration.ofDays(2)));
        var posted = upload(START.minus(Duration.ofDays(2)));
        var recent = upload(START.minus(Duration.ofHours(1)));
        messages.append(new MessageDraft(new MessageId(UUID.randomUUID()), new RoomId(UUID.randomUUID()), owner,
                MessageContent.posted(MessageType.IMAGE, "", Optional.of(posted), 100), Optional.empty(), START));
        var runner = Scheduling.runner(deadlines, transactions, time, first.deadlineHandlers(),
                Scheduling.Retries.defaults());

        time.set(Instant.parse("2026-12-06T11:00:00Z"));
        assertThat(runner.runDue(10)).as("one run, though two instances started").isEqualTo(1);

        assertThat(attachments.find(abandoned)).isEmpty();
        assertThat(blobs.read(abandoned)).isEmpty();
        assertThat(attachments.find(posted)).isPresent();
        assertThat(blobs.read(posted)).isPresent();
        assertThat(attachments.find(recent)).isPresent();
        assertThat(runner.runDue(10)).isZero();
    }
}

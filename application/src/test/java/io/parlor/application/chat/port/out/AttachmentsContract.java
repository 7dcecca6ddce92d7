package io.parlor.application.chat.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.AttachmentName;
import io.parlor.domain.chat.MessageContent;
import io.parlor.domain.chat.MessageDraft;
import io.parlor.domain.chat.MessageId;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What every {@link Attachments} store does. Each test uses fresh ids. */
public abstract class AttachmentsContract {

    protected static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    /** An empty or shared store; tests never assume it is empty. */
    protected abstract Attachments newSubject();

    /** A member who may own uploads; a relational subclass adds the member first. */
    protected MemberId existingMember() {
        return new MemberId(UUID.randomUUID());
    }

    /** A room the messages of a test may go to; a relational subclass stores one first. */
    protected RoomId existingRoom(MemberId member) {
        return new RoomId(UUID.randomUUID());
    }

    /** Stores a message, where {@link #newSubject()} looks for the messages that show an attachment. */
    protected abstract void post(MessageDraft draft);

    private void showInAMessage(AttachmentInfo attachment) {
        post(new MessageDraft(new MessageId(UUID.randomUUID()), existingRoom(attachment.owner()), attachment.owner(),
                MessageContent.posted(MessageType.IMAGE, "", Optional.of(attachment.id()), 100), Optional.empty(),
                NOW));
    }

    private AttachmentInfo upload(String name, String contentType, long size) {
        return new AttachmentInfo(new AttachmentId(UUID.randomUUID()), existingMember(), name, contentType, size);
    }

    @Test
    void findsAnAddedAttachmentByItsId() {
        var attachments = newSubject();
        var photo = upload("photo.jpg", "image/jpeg", 2048);

        boolean added = attachments.add(photo, NOW);

        assertThat(added).isTrue();
        assertThat(attachments.find(photo.id())).contains(photo);
        assertThat(attachments.find(new AttachmentId(UUID.randomUUID()))).isEmpty();
    }

    @Test
    void aSecondAttachmentWithTheSameIdIsNotStored() {
        var attachments = newSubject();
        var first = upload("menu.pdf", "application/pdf", 10);
        attachments.add(first, NOW);
        var other = new AttachmentInfo(first.id(), existingMember(), "other.txt", "text/plain", 3);

        boolean added = attachments.add(other, NOW.plusSeconds(1));

        assertThat(added).isFalse();
        assertThat(attachments.find(first.id())).contains(first);
    }

    @Test
    void keepsTheLongestNameAndTypeAndAnySizeWhole() {
        var attachments = newSubject();
        var longest = "\uD83D\uDE00".repeat(AttachmentName.MAX_LENGTH - 1) + "\"";
        var type = "application/" + "x".repeat(127);
        var huge = upload(longest, type, 5L * 1024 * 1024 * 1024);
        var empty = upload("empty.txt", "text/plain", 0);

        attachments.add(huge, NOW);
        attachments.add(empty, NOW);

        assertThat(new AttachmentName(longest).value()).isEqualTo(longest);
        assertThat(attachments.find(huge.id())).contains(huge);
        assertThat(attachments.find(empty.id())).contains(empty);
    }

    @Test
    void ofConcurrentAddsOfOneIdExactlyOneStores() {
        var attachments = newSubject();
        var id = new AttachmentId(UUID.randomUUID());
        var owner = existingMember();

        var added = Concurrently.run(8, i -> attachments.add(new AttachmentInfo(id, owner, "v" + i, "text/plain", i),
                NOW));

        assertThat(added).containsOnlyOnce(true);
        assertThat(attachments.find(id)).isPresent();
    }

    @Test
    void findsTheAttachmentsUploadedBeforeACutOffThatNoMessageShowsAndRemovesOnlyThose() {
        var attachments = newSubject();
        var abandoned = upload("abandoned.jpg", "image/jpeg", 10);
        var posted = upload("posted.jpg", "image/jpeg", 10);
        var recent = upload("recent.jpg", "image/jpeg", 10);
        var longAgo = Instant.parse("1999-01-01T00:00:00Z");
        attachments.add(abandoned, longAgo);
        attachments.add(posted, longAgo.plusSeconds(1));
        attachments.add(recent, longAgo.plusSeconds(7_200));
        showInAMessage(posted);
        var cutOff = longAgo.plusSeconds(3_600);

        var unposted = attachments.unpostedBefore(cutOff, 100);

        assertThat(unposted).contains(abandoned.id()).doesNotContain(posted.id(), recent.id());
        assertThat(attachments.removeUnposted(posted.id())).isFalse();
        assertThat(attachments.removeUnposted(abandoned.id())).isTrue();
        assertThat(attachments.removeUnposted(abandoned.id())).isFalse();
        assertThat(attachments.find(abandoned.id())).isEmpty();
        assertThat(attachments.find(posted.id())).contains(posted);
        assertThat(attachments.unpostedBefore(cutOff, 100)).doesNotContain(abandoned.id());
    }
}

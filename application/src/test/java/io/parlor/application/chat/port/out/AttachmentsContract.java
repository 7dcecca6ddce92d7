package io.parlor.application.chat.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.AttachmentInfo;
import io.parlor.domain.chat.AttachmentName;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
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
}

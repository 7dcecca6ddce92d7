package io.parlor.application.chat.port.in;

import io.parlor.domain.chat.AttachmentId;
import io.parlor.domain.chat.ClientMessageId;
import io.parlor.domain.chat.Message;
import io.parlor.domain.chat.MessageType;
import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A member posts a message into a room. The check, the dedupe by {@code clientMessageId}, the
 * {@code seq} and the storing happen in one transaction; {@code MessagePosted} is published
 * after it commits. A retry with the same {@code clientMessageId} stores and publishes nothing
 * and returns the message stored the first time.
 */
public interface PostMessage {

    /**
     * Posts a message. Outside a unit of work the post is queued: the posts waiting at one moment
     * are stored together in one unit of work (one lock per room, one batch insert; a group
     * commit), which is how a busy server stores many messages a second; the answers of one
     * caller's posts complete in the order it posted them, and so do the messages' {@code seq}s
     * within each room. Inside the caller's unit of work the post is stored at once, as a batch
     * of one that takes part in it, and the answer is complete on return.
     *
     * <p>The answer completes after the message was stored, or with one of these errors:
     * {@link io.parlor.domain.shared.InvalidValue} for content the type does not allow (fields
     * {@code type}, {@code message}, {@code attachmentId}), or an {@code IMAGE} whose attachment
     * is no image; {@link io.parlor.domain.chat.RoomNotFound} for an unknown room or one
     * {@code sender} was never in; {@link io.parlor.domain.chat.NotRoomMember} if {@code sender}
     * left the room; {@link io.parlor.domain.chat.AttachmentNotFound} for an unknown attachment
     * or one {@code sender} did not upload; {@link IllegalStateException} once the use cases were closed.
     */
    CompletableFuture<Result> post(Command command);

    /**
     * @param sender  the authenticated caller, never a value taken from the message payload
     * @param message the text, or the caption of an image or file (may be empty then)
     */
    record Command(RoomId room, MemberId sender, MessageType type, String message, Optional<AttachmentId> attachment,
            ClientMessageId clientMessageId) {
        public Command {
            Objects.requireNonNull(room, "room");
            Objects.requireNonNull(sender, "sender");
            Objects.requireNonNull(type, "type");
            message = message == null ? "" : message;
            Objects.requireNonNull(attachment, "attachment");
            Objects.requireNonNull(clientMessageId, "clientMessageId");
        }
    }

    /**
     * @param replay whether this was a retry of a message stored before: the adapter confirms it
     *               to the sender but broadcasts nothing
     */
    record Result(Message message, boolean replay) {
    }
}

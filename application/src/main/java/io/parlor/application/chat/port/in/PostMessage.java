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
     * @throws io.parlor.domain.shared.InvalidValue for content the type does not allow (fields
     *         {@code type}, {@code message}, {@code attachmentId}), or an {@code IMAGE} whose
     *         attachment is no image
     * @throws io.parlor.domain.chat.RoomNotFound for an unknown room or one {@code sender} was never in
     * @throws io.parlor.domain.chat.NotRoomMember if {@code sender} left the room
     * @throws io.parlor.domain.chat.AttachmentNotFound for an unknown attachment or one {@code sender}
     *         did not upload
     */
    Result post(Command command);

    /**
     * As {@link #post}, but queued: the posts waiting at one moment are stored together in one
     * unit of work (one lock per room, one batch insert; a group commit), which is how a busy
     * server stores many messages a second. The answer completes after that unit of work
     * committed (or with the error {@link #post} would throw); the answers of one caller's
     * submissions complete in the order it submitted them, and so do the messages' {@code seq}s
     * within each room.
     */
    CompletableFuture<Result> submit(Command command);

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

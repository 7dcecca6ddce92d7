package io.parlor.domain.chat;

import io.parlor.domain.shared.InvalidValue;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a message says: its type, its text (a caption for images and files, possibly empty)
 * and, for images and files, the attachment it shows.
 */
@ValueObject
public record MessageContent(MessageType type, String text, Optional<AttachmentId> attachment) {

    public MessageContent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(attachment, "attachment");
    }

    /**
     * Content a member posts. {@code TEXT} and {@code TEMPLATE} need non-blank text and no
     * attachment; {@code IMAGE} and {@code FILE} need an attachment and take an optional caption.
     * Line breaks and tabs are kept; other control characters are refused.
     *
     * @param maxLength the most characters (code points) the text may have
     * @throws InvalidValue with field {@code type} for {@code SYSTEM}, {@code message} for text
     *                      that is missing, too long or holds control characters, and
     *                      {@code attachmentId} for a missing or unexpected attachment
     */
    public static MessageContent posted(MessageType type, String text, Optional<AttachmentId> attachment,
            int maxLength) {
        Objects.requireNonNull(type, "type");
        String body = text == null ? "" : text;
        if (type == MessageType.SYSTEM) {
            throw new InvalidValue("type", "SYSTEM messages are written by chat itself");
        }
        boolean needsAttachment = type == MessageType.IMAGE || type == MessageType.FILE;
        if (needsAttachment && attachment.isEmpty()) {
            throw new InvalidValue("attachmentId", "an " + type + " message needs an attachment");
        }
        if (!needsAttachment && attachment.isPresent()) {
            throw new InvalidValue("attachmentId", "a " + type + " message has no attachment");
        }
        if (!needsAttachment && body.isBlank()) {
            throw new InvalidValue("message", "a message is not blank");
        }
        if (body.codePointCount(0, body.length()) > maxLength) {
            throw new InvalidValue("message", "is longer than " + maxLength + " characters");
        }
        if (body.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw new InvalidValue("message", "contains control characters");
        }
        return new MessageContent(type, needsAttachment && body.isBlank() ? "" : body, attachment);
    }

    /** The {@code SYSTEM} message recording a roster change; its text is the notice's code. */
    public static MessageContent system(SystemNotice notice) {
        return new MessageContent(MessageType.SYSTEM, notice.code(), Optional.empty());
    }
}

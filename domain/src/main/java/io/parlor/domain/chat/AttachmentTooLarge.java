package io.parlor.domain.chat;

import io.parlor.domain.shared.DomainError;

/** An uploaded file holds more bytes than an attachment may; nothing of it was kept. */
public final class AttachmentTooLarge extends DomainError {

    private final long maxBytes;

    /** @param maxBytes the most bytes an attachment may hold */
    public AttachmentTooLarge(long maxBytes) {
        super("attachment-too-large", Kind.PAYLOAD_TOO_LARGE, "an attachment holds at most " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** The most bytes an attachment may hold. */
    public long maxBytes() {
        return maxBytes;
    }
}

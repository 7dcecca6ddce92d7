package io.parlor.application.chat;

import java.time.Duration;

/**
 * The tunable limits of chat; {@link #defaults()} gives the documented ones.
 *
 * @param maxTextLength     characters (code points) of one message's text or caption
 * @param defaultPageSize   messages in a history page when the request names no limit
 * @param maxPageSize       the largest history page a request may ask for
 * @param maxGroupMembers   current members a group room may hold
 * @param presenceTtl       how long one connection counts as online after its last mark
 * @param maxAttachmentSize the most bytes one uploaded file may hold
 */
public record ChatSettings(int maxTextLength, int defaultPageSize, int maxPageSize, int maxGroupMembers,
        Duration presenceTtl, long maxAttachmentSize) {

    /** 10 MiB. */
    public static final long DEFAULT_MAX_ATTACHMENT_SIZE = 10L * 1024 * 1024;

    public ChatSettings {
        if (maxTextLength < 1 || maxGroupMembers < 2) {
            throw new IllegalArgumentException("maxTextLength is at least 1 and maxGroupMembers at least 2");
        }
        if (defaultPageSize < 1 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("defaultPageSize is between 1 and maxPageSize");
        }
        if (presenceTtl == null || presenceTtl.isNegative() || presenceTtl.isZero()) {
            throw new IllegalArgumentException("presenceTtl must be a positive duration");
        }
        if (maxAttachmentSize < 1) {
            throw new IllegalArgumentException("maxAttachmentSize is at least 1 byte");
        }
    }

    /**
     * 4,000 characters a message; pages of 50, at most 200; 100 members a group; online for 60 s;
     * attachments of at most 10 MiB.
     */
    public static ChatSettings defaults() {
        return new ChatSettings(4_000, 50, 200, 100, Duration.ofSeconds(60), DEFAULT_MAX_ATTACHMENT_SIZE);
    }

    /** These settings with another attachment size limit, in bytes. */
    public ChatSettings withMaxAttachmentSize(long bytes) {
        return new ChatSettings(maxTextLength, defaultPageSize, maxPageSize, maxGroupMembers, presenceTtl, bytes);
    }
}

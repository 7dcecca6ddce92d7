package io.parlor.domain.chat;

/** What a message holds. */
public enum MessageType {
    /** Plain text. */
    TEXT,
    /** An uploaded image, with an optional caption. */
    IMAGE,
    /** An uploaded file, with an optional caption. */
    FILE,
    /** Written by chat itself when the roster changes; never posted by a member. */
    SYSTEM,
    /** Text rendered from a shop's message template by the member who sends it. */
    TEMPLATE
}

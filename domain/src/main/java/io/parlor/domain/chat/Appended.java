package io.parlor.domain.chat;

import java.util.Objects;

/**
 * The outcome of appending a draft to a room's timeline.
 *
 * @param message the stored message: the new one, or for a replay the one stored before
 * @param replay  whether the sender had already posted this {@code clientMessageId} in the room,
 *                so that nothing was stored now
 */
public record Appended(Message message, boolean replay) {

    public Appended {
        Objects.requireNonNull(message, "message");
    }
}

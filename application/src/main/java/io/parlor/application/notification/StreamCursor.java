package io.parlor.application.notification;

import io.parlor.domain.shared.InvalidValue;

/** Stream ids: a notification's number, or that number plus {@code .n} for any other event. */
final class StreamCursor {

    private StreamCursor() {
    }

    /** The last notification number an id stands for. */
    static long parse(String id) {
        int dot = id.indexOf('.');
        var head = dot < 0 ? id : id.substring(0, dot);
        try {
            long seq = Long.parseLong(head);
            if (seq >= 0 && head.length() <= 19) {
                return seq;
            }
        } catch (NumberFormatException e) {
            // falls through to the refusal
        }
        throw new InvalidValue("lastEventId", "is not an event id of this stream");
    }
}

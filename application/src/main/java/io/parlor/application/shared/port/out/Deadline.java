package io.parlor.application.shared.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Work that falls due at a time: an unread-chat alert, a reminder. {@code key} names it uniquely
 * (scheduling the same key again moves it), {@code kind} chooses the handler that runs it, and
 * {@code payload} is the handler's own short text (ids, usually).
 *
 * @param attempts how many runs of it failed so far
 */
public record Deadline(String key, String kind, Instant dueAt, String payload, int attempts) {

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    public Deadline {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("a deadline key is 1-200 of [A-Za-z0-9._:-]: " + key);
        }
        if (kind == null || !KEY.matcher(kind).matches() || kind.length() > 50) {
            throw new IllegalArgumentException("a deadline kind is 1-50 of [A-Za-z0-9._:-]: " + kind);
        }
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(payload, "payload");
        if (payload.length() > 2_000) {
            throw new IllegalArgumentException("a deadline payload is at most 2,000 characters");
        }
    }

    /** A deadline not tried yet. */
    public static Deadline of(String key, String kind, Instant dueAt, String payload) {
        return new Deadline(key, kind, dueAt, payload, 0);
    }

    /** This deadline after one more failed run, due again at {@code retryAt}. */
    public Deadline retriedAt(Instant retryAt) {
        return new Deadline(key, kind, retryAt, payload, attempts + 1);
    }
}

package io.parlor.domain.notification;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.shared.InvalidValue;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * One entry of a member's inbox. {@code seq} numbers a member's notifications in the order they
 * were stored, from 1 and without gaps; it is the cursor of the member's event stream, so a
 * stream that resumes after {@code seq} n misses nothing and repeats nothing. A draft has
 * {@code seq} 0 until its store numbers it.
 */
@AggregateRoot
public final class Notification {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 4_000;

    @Identity
    private final NotificationId id;
    private final MemberId recipient;
    private final long seq;
    private final NotificationType type;
    private final String title;
    private final String body;
    private final Map<String, String> data;
    private final Instant createdAt;
    private final Optional<Instant> readAt;

    private Notification(NotificationId id, MemberId recipient, long seq, NotificationType type, String title,
                         String body, Map<String, String> data, Instant createdAt, Optional<Instant> readAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.recipient = Objects.requireNonNull(recipient, "recipient");
        this.seq = seq;
        this.type = Objects.requireNonNull(type, "type");
        this.title = Objects.requireNonNull(title, "title");
        this.body = Objects.requireNonNull(body, "body");
        this.data = Map.copyOf(data);
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.readAt = Objects.requireNonNull(readAt, "readAt");
    }

    /**
     * A new, unread notification, not yet numbered.
     *
     * @throws InvalidValue when the title is blank or over 200 characters, or the body over 4,000
     */
    public static Notification raise(NotificationId id, MemberId recipient, NotificationType type, String title,
                                     String body, Map<String, String> data, Instant now) {
        if (title == null || title.isBlank() || title.length() > MAX_TITLE) {
            throw new InvalidValue("title", "must be 1 to " + MAX_TITLE + " characters");
        }
        if (body == null || body.length() > MAX_BODY) {
            throw new InvalidValue("body", "must be at most " + MAX_BODY + " characters");
        }
        return new Notification(id, recipient, 0, type, title, body, data, now, Optional.empty());
    }

    /** A notification as its store kept it. */
    public static Notification stored(NotificationId id, MemberId recipient, long seq, NotificationType type,
                                      String title, String body, Map<String, String> data, Instant createdAt,
                                      Optional<Instant> readAt) {
        return new Notification(id, recipient, seq, type, title, body, data, createdAt, readAt);
    }

    /** This draft with the number its store gave it. */
    public Notification numbered(long assigned) {
        if (assigned < 1) {
            throw new IllegalArgumentException("a stored notification is numbered from 1: " + assigned);
        }
        return new Notification(id, recipient, assigned, type, title, body, data, createdAt, readAt);
    }

    /** The event that tells the member's streams about this stored notification. */
    public NotificationRaised raised() {
        return new NotificationRaised(id, recipient, seq, type, title, body, data, createdAt);
    }

    public NotificationId id() {
        return id;
    }

    public MemberId recipient() {
        return recipient;
    }

    public long seq() {
        return seq;
    }

    public NotificationType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public Map<String, String> data() {
        return data;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> readAt() {
        return readAt;
    }

    public boolean unread() {
        return readAt.isEmpty();
    }
}

package io.parlor.domain.notification;

import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/**
 * The sending of one notification over one channel. It is written with its notification, in the
 * same transaction, as {@code PENDING} and due at once; a sender claims it after the commit,
 * tries it, and records the outcome: {@code SENT}, or a failure with its reason that is tried
 * again later ({@code PENDING}, a later {@code dueAt}) or given up ({@code FAILED}).
 *
 * @param attempts how many attempts were made so far
 */
@Entity
public record Delivery(@Identity DeliveryId id, NotificationId notification, MemberId recipient, Channel channel,
                       DeliveryStatus status, int attempts, Instant dueAt, Optional<String> lastError,
                       Optional<Instant> sentAt) {

    static final int MAX_ERROR = 500;

    public Delivery {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(notification, "notification");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(dueAt, "dueAt");
        lastError = lastError.map(e -> e.length() > MAX_ERROR ? e.substring(0, MAX_ERROR) : e);
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** A delivery of {@code notification} over {@code channel}, due at {@code now}. */
    public static Delivery pending(DeliveryId id, Notification notification, Channel channel, Instant now) {
        return new Delivery(id, notification.id(), notification.recipient(), channel, DeliveryStatus.PENDING, 0, now,
                Optional.empty(), Optional.empty());
    }

    /** This delivery claimed for one more attempt, which must end before {@code leaseUntil}. */
    public Delivery claimed(Instant leaseUntil) {
        return new Delivery(id, notification, recipient, channel, status, attempts + 1, leaseUntil, lastError, sentAt);
    }

    /** The attempt succeeded. */
    public Delivery sent(Instant now) {
        return new Delivery(id, notification, recipient, channel, DeliveryStatus.SENT, attempts, now, lastError,
                Optional.of(now));
    }

    /** The attempt failed for {@code reason}: tried again when {@code policy} allows, else given up. */
    public Delivery failed(String reason, RetryPolicy policy, Instant now) {
        var retry = policy.nextAttempt(attempts, now);
        return new Delivery(id, notification, recipient, channel,
                retry.isPresent() ? DeliveryStatus.PENDING : DeliveryStatus.FAILED, attempts, retry.orElse(now),
                Optional.of(reason), sentAt);
    }

    /** Nothing to send on this channel (no phone number, say): recorded as given up, not retried. */
    public Delivery skipped(String reason, Instant now) {
        return new Delivery(id, notification, recipient, channel, DeliveryStatus.FAILED, attempts, now,
                Optional.of(reason), sentAt);
    }
}

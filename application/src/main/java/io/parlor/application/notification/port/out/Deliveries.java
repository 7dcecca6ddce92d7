package io.parlor.application.notification.port.out;

import io.parlor.domain.notification.Delivery;
import io.parlor.domain.notification.NotificationId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The outbox: one row per notification and channel. {@link #add} joins the caller's unit of work. */
public interface Deliveries {

    /** Stores new {@code PENDING} deliveries, in the unit of work that stores their notification. */
    void add(List<Delivery> deliveries);

    /**
     * Claims up to {@code limit} {@code PENDING} deliveries due at {@code now}, earliest first, in a
     * unit of work of its own: each is returned {@linkplain Delivery#claimed claimed} (one more
     * attempt, due again at {@code now + lease}) and stored so, so that another instance takes it
     * only if this one did not record an outcome within the lease. Concurrent callers never get
     * the same delivery within one lease.
     */
    List<Delivery> claimDue(Instant now, Duration lease, int limit);

    /** Stores the outcome of an attempt ({@link Delivery#sent}, {@link Delivery#failed}, ...). */
    void record(Delivery outcome);

    /** The deliveries of one notification, in no particular order. */
    List<Delivery> of(NotificationId notification);
}

package io.parlor.domain.reservation;

import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.InvalidValue;
import java.time.Duration;
import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/**
 * Something a shop offers for booking: a name, how long it takes, its price, and an optional
 * buffer kept free after it. Services never change once offered, so reservations can rely on
 * the duration and price they were booked with.
 */
@AggregateRoot
public final class BookableService {

    /** Longest service or buffer: one day. */
    static final int MAX_MINUTES = 24 * 60;

    @Identity
    private final ServiceId id;
    private final ServiceState state;

    private BookableService(ServiceState state) {
        this.id = state.id();
        this.state = state;
    }

    /**
     * A new service of {@code shop}.
     *
     * @param durationMinutes 1 to 1440
     * @param bufferMinutes   0 to 1440
     * @throws InvalidValue (field {@code durationMinutes} or {@code bufferMinutes}) out of range
     */
    public static BookableService offer(ServiceId id, ShopId shop, ServiceName name, int durationMinutes,
            Price price, int bufferMinutes) {
        if (durationMinutes < 1 || durationMinutes > MAX_MINUTES) {
            throw new InvalidValue("durationMinutes", "must be between 1 and " + MAX_MINUTES);
        }
        if (bufferMinutes < 0 || bufferMinutes > MAX_MINUTES) {
            throw new InvalidValue("bufferMinutes", "must be between 0 and " + MAX_MINUTES);
        }
        return new BookableService(new ServiceState(id, shop, name, Duration.ofMinutes(durationMinutes), price,
                Duration.ofMinutes(bufferMinutes)));
    }

    /** The service exactly as stored. */
    public static BookableService reconstitute(ServiceState state) {
        return new BookableService(state);
    }

    /** Every field, for storage. */
    public ServiceState state() {
        return state;
    }

    public ServiceId id() {
        return id;
    }

    public ShopId shop() {
        return state.shop();
    }

    public Duration duration() {
        return state.duration();
    }

    public Duration buffer() {
        return state.buffer();
    }

    public Price price() {
        return state.price();
    }
}

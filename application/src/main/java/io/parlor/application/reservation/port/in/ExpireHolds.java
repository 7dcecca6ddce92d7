package io.parlor.application.reservation.port.in;

/**
 * The sweeper: stores {@code EXPIRED} on holds that ran out unconfirmed and publishes
 * {@code ReservationExpired} for each. Their slots were free from the moment they ran out;
 * this only makes the status durable. Idempotent and safe to run on several instances at once:
 * each hold is expired, and its event published, once.
 */
public interface ExpireHolds {

    /** @return how many holds this call expired (fewer than {@code limit} means none is left) */
    int expire(Command command);

    /** @param limit most holds to expire in this call, 1 to 1000 */
    record Command(int limit) {
        public Command {
            if (limit < 1 || limit > 1000) {
                throw new IllegalArgumentException("limit is 1 to 1000: " + limit);
            }
        }
    }
}

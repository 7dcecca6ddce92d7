package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;
import java.util.Optional;

/** A customer pages through its own reservations, latest start first. */
public interface ListMyReservations {

    /** @throws io.parlor.domain.shared.InvalidValue (field {@code cursor}) for a cursor this use case did not make */
    ReservationPage list(Query query);

    /**
     * @param cursor the {@code nextCursor} of the previous page; absent for the first
     * @param limit  1 to 100
     */
    record Query(MemberId customer, Optional<String> cursor, int limit) {
        public Query {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(cursor, "cursor");
            if (limit < 1 || limit > 100) {
                throw new IllegalArgumentException("limit is 1 to 100: " + limit);
            }
        }
    }
}

package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every field of a {@link Reservation}, for storage adapters.
 *
 * @param services       the booked services, in the order booked
 * @param endAt          when the customer's service ends
 * @param blockedUntil   when the designer is free again: {@code endAt} plus the last service's
 *                       buffer; overlap is judged on {@code [startAt, blockedUntil)}
 * @param price          the sum of the services' prices when booked
 * @param status         the stored status; a {@code HELD} one past {@code holdExpiresAt} counts as expired
 * @param holdExpiresAt  when the hold runs out if not confirmed
 * @param idempotencyKey the client's key for the request that created it, unique per customer
 */
public record ReservationState(ReservationId id, ShopId shop, MemberId designer, MemberId customer,
        List<ServiceId> services, Instant startAt, Instant endAt, Instant blockedUntil, Price price,
        ReservationStatus status, Instant holdExpiresAt, Optional<String> note,
        Optional<IdempotencyKey> idempotencyKey, Instant createdAt) {

    public ReservationState {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shop, "shop");
        Objects.requireNonNull(designer, "designer");
        Objects.requireNonNull(customer, "customer");
        services = List.copyOf(services);
        Objects.requireNonNull(startAt, "startAt");
        Objects.requireNonNull(endAt, "endAt");
        Objects.requireNonNull(blockedUntil, "blockedUntil");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(holdExpiresAt, "holdExpiresAt");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(createdAt, "createdAt");
        if (!startAt.isBefore(endAt) || endAt.isAfter(blockedUntil)) {
            throw new IllegalArgumentException("a reservation starts before it ends and ends by blockedUntil");
        }
    }

    /** This state in another status. */
    ReservationState withStatus(ReservationStatus next) {
        return new ReservationState(id, shop, designer, customer, services, startAt, endAt, blockedUntil, price, next,
                holdExpiresAt, note, idempotencyKey, createdAt);
    }

    /** This state moved to {@code start}, keeping how long it serves and blocks. */
    ReservationState movedTo(Instant start) {
        var served = Duration.between(startAt, endAt);
        var blocked = Duration.between(startAt, blockedUntil);
        return new ReservationState(id, shop, designer, customer, services, start, start.plus(served),
                start.plus(blocked), price, status, holdExpiresAt, note, idempotencyKey, createdAt);
    }
}

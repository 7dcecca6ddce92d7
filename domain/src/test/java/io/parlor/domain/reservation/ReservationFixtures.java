package io.parlor.domain.reservation;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Ids, services and reservations for domain tests. */
final class ReservationFixtures {

    static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    static final Duration HOLD = Duration.ofMinutes(5);

    private ReservationFixtures() {
    }

    static ShopId anyShopId() {
        return new ShopId(UUID.randomUUID());
    }

    static MemberId anyMemberId() {
        return new MemberId(UUID.randomUUID());
    }

    static BookableService service(ShopId shop, int minutes, String price, int bufferMinutes) {
        return BookableService.offer(new ServiceId(UUID.randomUUID()), shop, new ServiceName("Cut"), minutes,
                new Price(new BigDecimal(price)), bufferMinutes);
    }

    static Treatment treatment(int minutes, int bufferMinutes) {
        var shop = anyShopId();
        return Treatment.of(shop, List.of(service(shop, minutes, "30", bufferMinutes)));
    }

    /** A reservation held at {@link #NOW} for one hour starting at {@code startAt}. */
    static Reservation heldAt(Instant startAt) {
        return Reservation.hold(new ReservationId(UUID.randomUUID()), anyShopId(), anyMemberId(), anyMemberId(),
                treatment(60, 15), startAt, Optional.empty(), Optional.empty(), NOW, HOLD);
    }

    static Reservation confirmedAt(Instant startAt) {
        var reservation = heldAt(startAt);
        reservation.confirm(NOW);
        return reservation;
    }
}

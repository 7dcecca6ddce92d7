package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.IdempotencyKey;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.shared.ShopNotFound;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A customer holds a designer's time for some services: a {@code HELD} reservation that blocks
 * the slot until it is confirmed or its hold runs out. Holds of the same customer that overlap
 * the new one are cancelled in the same unit of work (the customer changed its mind). With an
 * idempotency key, a retried request returns the reservation the first one made, unchanged,
 * whatever else the retry asks for.
 */
public interface HoldSlot {

    /**
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.reservation.CustomerBlacklisted (403) if the shop blacklisted the customer
     * @throws io.parlor.domain.reservation.DesignerNotFound unless the designer is the shop's owner or designer
     * @throws io.parlor.domain.reservation.ServiceNotFound for a service id not of the shop
     * @throws io.parlor.domain.reservation.OutsideWorkingHours (422) off the grid, too soon, too
     *         far ahead, on a day off, or not fitting working hours
     * @throws io.parlor.domain.reservation.SlotUnavailable (409) when another reservation blocks the time
     * @throws io.parlor.domain.shared.InvalidValue for no service, one named twice, or a note too long
     */
    ReservationView hold(Command command);

    record Command(MemberId customer, ShopId shop, MemberId designer, List<ServiceId> services, Instant startAt,
            Optional<String> note, Optional<IdempotencyKey> idempotencyKey) {
        public Command {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(designer, "designer");
            services = List.copyOf(services);
            Objects.requireNonNull(startAt, "startAt");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        }
    }
}

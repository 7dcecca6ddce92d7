package io.parlor.application.reservation;

import io.parlor.application.reservation.port.out.BookingPolicies;
import io.parlor.application.reservation.port.out.Catalog;
import io.parlor.application.reservation.port.out.CustomerStanding;
import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.application.reservation.port.out.Reservations;
import io.parlor.application.reservation.port.out.Schedules;
import io.parlor.application.reservation.port.out.ShopDirectory;
import io.parlor.application.reservation.port.out.SlotLock;
import io.parlor.application.shared.OnPlatform;
import io.parlor.application.shared.Platform;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * Every secondary port the reservation use cases need, to be handed to {@link ReservationUseCases#wire}.
 * The stores must take part in the units of work of the platform. {@code standing} and
 * {@code followUps} tie bookings to a back office; {@link CustomerStanding#EVERYONE_WELCOME} and
 * {@link ReservationFollowUps#NONE} stand for none.
 */
@SecondaryPort
public record ReservationPorts(Platform platform, Reservations reservations, Catalog catalog, Schedules schedules,
        BookingPolicies policies, ShopDirectory shops, SlotLock slotLock, CustomerStanding standing,
        ReservationFollowUps followUps) implements OnPlatform {

    public ReservationPorts {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(reservations, "reservations");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(schedules, "schedules");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(shops, "shops");
        Objects.requireNonNull(slotLock, "slotLock");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(followUps, "followUps");
    }

    public ReservationPorts withStanding(CustomerStanding standing) {
        return new ReservationPorts(platform, reservations, catalog, schedules, policies, shops, slotLock, standing,
                followUps);
    }

    public ReservationPorts withFollowUps(ReservationFollowUps followUps) {
        return new ReservationPorts(platform, reservations, catalog, schedules, policies, shops, slotLock, standing,
                followUps);
    }
}

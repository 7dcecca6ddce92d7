package io.parlor.application.reservation.port.in;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.shared.ShopNotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The starts at which a designer can be booked for some services on one of the shop's local
 * dates: on the slot grid, within working hours (breaks and days off excluded), minimum notice
 * and horizon, and free of reservations that block time now. The viewer's own holds do not
 * hide slots from the viewer: holding such a slot again replaces the own hold.
 */
public interface ShowAvailability {

    /**
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop
     * @throws io.parlor.domain.reservation.DesignerNotFound unless the designer is the shop's owner or designer
     * @throws io.parlor.domain.reservation.ServiceNotFound for a service id not of the shop
     * @throws io.parlor.domain.shared.InvalidValue for no service, or one named twice
     */
    AvailabilityView show(Query query);

    /** @param viewer who asks, if known; its own holds stay bookable for it */
    record Query(Optional<MemberId> viewer, ShopId shop, MemberId designer, List<ServiceId> services,
            LocalDate date) {
        public Query {
            Objects.requireNonNull(viewer, "viewer");
            Objects.requireNonNull(shop, "shop");
            Objects.requireNonNull(designer, "designer");
            services = List.copyOf(services);
            Objects.requireNonNull(date, "date");
        }
    }
}

package io.parlor.application.bridge;

import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.notification.port.in.ShopMessageTriggers;
import io.parlor.application.reservation.port.out.CustomerStanding;
import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ReservationCompleted;
import io.parlor.domain.reservation.ReservationHeld;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reservation's changes as the back office follows them, inside the reservation's unit of work:
 * a hold makes the member a customer, a completion counts a visit, and shop messaging schedules,
 * moves or removes its sends. Also answers reservation's blacklist question from membership.
 */
public final class BackOfficeFollowUps implements ReservationFollowUps, CustomerStanding {

    private final Supplier<CustomerAudience> audience;
    private final Supplier<ShopMessageTriggers> triggers;

    public BackOfficeFollowUps(Supplier<CustomerAudience> audience, Supplier<ShopMessageTriggers> triggers) {
        this.audience = audience;
        this.triggers = triggers;
    }

    @Override
    public void recorded(List<Recorded> changes) {
        for (var change : changes) {
            var event = change.event();
            if (event instanceof ReservationHeld) {
                audience.get().booked(event.shop(), event.customer(), event.occurredAt());
            } else if (event instanceof ReservationCompleted) {
                audience.get().visited(event.shop(), event.customer(), event.startAt());
            }
        }
        triggers.get().reservationsChanged(changes.stream()
                .map(c -> new ShopMessageTriggers.Change(c.event(), c.status())).toList());
    }

    @Override
    public boolean isBlacklisted(ShopId shop, MemberId customer) {
        return audience.get().isBlacklisted(shop, customer);
    }
}

package io.parlor.application.reservation.inmemory;

import io.parlor.application.reservation.ReservationPorts;
import io.parlor.application.reservation.port.out.CustomerStanding;
import io.parlor.application.reservation.port.out.ReservationFollowUps;
import io.parlor.application.shared.inmemory.InMemoryPlatform;

/**
 * The reservation ports all in process: stores joined to the platform's units of work, an in-process
 * slot lock, no back office (everyone may book, nothing follows the changes).
 */
public final class InMemoryReservation {

    private InMemoryReservation() {
    }

    /** In-memory ports on {@code platform}, over a directory whose shops are registered by hand. */
    public static ReservationPorts ports(InMemoryPlatform platform, InMemoryShopDirectory shops) {
        var transactions = platform.transactions();
        return new ReservationPorts(platform.platform(), new InMemoryReservations(transactions),
                new InMemoryCatalog(transactions), new InMemorySchedules(transactions),
                new InMemoryBookingPolicies(transactions), shops, new InMemorySlotLock(platform.time()),
                CustomerStanding.EVERYONE_WELCOME, ReservationFollowUps.NONE);
    }
}

package io.parlor.application.reservation;

/** The helpers the reservation services share, built once by {@link ReservationUseCases#wire}. */
record Toolkit(ShopAccess access, Calendars calendars, Treatments treatments, SlotGuard guard, FastPath fastPath,
        Publisher publisher) {

    static Toolkit of(ReservationPorts ports, ReservationSettings settings) {
        return new Toolkit(new ShopAccess(ports.shops()), new Calendars(ports, settings),
                new Treatments(ports.catalog()), new SlotGuard(ports.reservations()),
                new FastPath(ports.slotLock(), settings.slotLockTtl()), new Publisher(ports.events(), ports.followUps()));
    }
}

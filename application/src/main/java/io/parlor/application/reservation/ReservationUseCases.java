package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.AddService;
import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.CompleteReservation;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.ExpireHolds;
import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.in.ListCustomerReservations;
import io.parlor.application.reservation.port.in.ListMyReservations;
import io.parlor.application.reservation.port.in.ListServices;
import io.parlor.application.reservation.port.in.ListShopReservations;
import io.parlor.application.reservation.port.in.MarkNoShow;
import io.parlor.application.reservation.port.in.RescheduleReservation;
import io.parlor.application.reservation.port.in.SetBookingRules;
import io.parlor.application.reservation.port.in.SetWorkingHours;
import io.parlor.application.reservation.port.in.ShowAvailability;
import io.parlor.application.reservation.port.in.ShowReservation;
import io.parlor.application.shared.EventPublisher;
import io.parlor.application.shared.port.out.Topic;

/**
 * Every reservation use case, built from ports and settings: the one entry point for framework
 * factories and library users, e.g. {@code ReservationUseCases.wire(ports, settings).holdSlot()}.
 */
public record ReservationUseCases(AddService addService, ListServices listServices, SetWorkingHours setWorkingHours,
        SetBookingRules setBookingRules, ShowAvailability showAvailability, HoldSlot holdSlot,
        ConfirmReservation confirmReservation, CancelReservation cancelReservation,
        RescheduleReservation rescheduleReservation, CompleteReservation completeReservation, MarkNoShow markNoShow,
        ExpireHolds expireHolds, ShowReservation showReservation, ListMyReservations listMyReservations,
        ListShopReservations listShopReservations, ListCustomerReservations listCustomerReservations) {

    /**
     * Where every {@code ReservationEvent} ({@code ReservationHeld}, {@code ReservationConfirmed},
     * ...) is published, after the unit of work that caused it has committed.
     */
    public static final Topic TOPIC = new Topic("reservation");

    /** Builds every use case over {@code ports}, following {@code settings}. */
    public static ReservationUseCases wire(ReservationPorts ports, ReservationSettings settings) {
        // the helpers are built once and shared by the services that need them
        var access = new ShopAccess(ports.shops());
        var calendars = new Calendars(ports.schedules(), ports.policies(), ports.events(), settings, System::nanoTime);
        var treatments = new Treatments(ports.catalog());
        var guard = new SlotGuard(ports.reservations());
        var fastPath = new FastPath(ports.slotLock(), settings.slotLockTtl());
        var publisher = new Publisher(new EventPublisher(ports.events(), TOPIC), ports.followUps());
        var transit = new Transit(ports.reservations(), access, publisher, ports.transactions(), ports.time());
        return new ReservationUseCases(
                new AddServiceService(ports.catalog(), access, ports.transactions(), ports.ids()),
                new ListServicesService(ports.catalog(), access),
                new SetWorkingHoursService(ports.schedules(), access, calendars, ports.transactions()),
                new SetBookingRulesService(ports.policies(), access, calendars, ports.transactions()),
                new ShowAvailabilityService(ports.reservations(), access, calendars, treatments, ports.time()),
                new HoldSlotService(ports.reservations(), ports.standing(), access, calendars, treatments, guard,
                        fastPath, publisher, ports.transactions(), ports.time(), ports.ids(), settings),
                new ConfirmReservationService(transit, guard),
                new CancelReservationService(transit, calendars),
                new RescheduleReservationService(ports.reservations(), transit, access, calendars, guard, fastPath),
                new CompleteReservationService(transit),
                new MarkNoShowService(transit),
                new ExpireHoldsService(ports.reservations(), publisher, ports.transactions(), ports.time()),
                new ShowReservationService(ports.reservations(), access, ports.time()),
                new ListMyReservationsService(ports.reservations(), ports.time()),
                new ListShopReservationsService(ports.reservations(), access, ports.time()),
                new ListCustomerReservationsService(ports.reservations(), access, ports.time()));
    }
}

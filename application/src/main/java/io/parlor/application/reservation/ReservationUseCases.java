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
        var kit = Toolkit.of(ports, settings);
        var transit = new Transit(ports, kit);
        return new ReservationUseCases(
                new AddServiceService(ports, kit),
                new ListServicesService(ports, kit),
                new SetWorkingHoursService(ports, kit),
                new SetBookingRulesService(ports, kit),
                new ShowAvailabilityService(ports, kit),
                new HoldSlotService(ports, settings, kit),
                new ConfirmReservationService(transit, kit),
                new CancelReservationService(transit, kit),
                new RescheduleReservationService(ports, transit, kit),
                new CompleteReservationService(transit),
                new MarkNoShowService(transit),
                new ExpireHoldsService(ports, kit),
                new ShowReservationService(ports, kit),
                new ListMyReservationsService(ports),
                new ListShopReservationsService(ports, kit),
                new ListCustomerReservationsService(ports, kit));
    }
}

package io.parlor.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.parlor.application.reservation.ReservationUseCases;
import io.parlor.application.reservation.port.in.AddService;
import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.CompleteReservation;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.ExpireHolds;
import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.in.ListMyReservations;
import io.parlor.application.reservation.port.in.ListServices;
import io.parlor.application.reservation.port.in.ListCustomerReservations;
import io.parlor.application.reservation.port.in.ListShopReservations;
import io.parlor.application.reservation.port.in.MarkNoShow;
import io.parlor.application.reservation.port.in.RescheduleReservation;
import io.parlor.application.reservation.port.in.SetBookingRules;
import io.parlor.application.reservation.port.in.SetWorkingHours;
import io.parlor.application.reservation.port.in.ShowAvailability;
import io.parlor.application.reservation.port.in.ShowReservation;

/** Offers each reservation use case as a bean of its primary-port type, for the controllers and the sweeper. */
@Factory
class ReservationUseCaseBeans {

    @Bean final AddService addService;
    @Bean final ListServices listServices;
    @Bean final SetWorkingHours setWorkingHours;
    @Bean final SetBookingRules setBookingRules;
    @Bean final ShowAvailability showAvailability;
    @Bean final HoldSlot holdSlot;
    @Bean final ConfirmReservation confirmReservation;
    @Bean final CancelReservation cancelReservation;
    @Bean final RescheduleReservation rescheduleReservation;
    @Bean final CompleteReservation completeReservation;
    @Bean final MarkNoShow markNoShow;
    @Bean final ExpireHolds expireHolds;
    @Bean final ShowReservation showReservation;
    @Bean final ListMyReservations listMyReservations;
    @Bean final ListCustomerReservations listCustomerReservations;
    @Bean final ListShopReservations listShopReservations;

    ReservationUseCaseBeans(ReservationUseCases useCases) {
        addService = useCases.addService();
        listServices = useCases.listServices();
        setWorkingHours = useCases.setWorkingHours();
        setBookingRules = useCases.setBookingRules();
        showAvailability = useCases.showAvailability();
        holdSlot = useCases.holdSlot();
        confirmReservation = useCases.confirmReservation();
        cancelReservation = useCases.cancelReservation();
        rescheduleReservation = useCases.rescheduleReservation();
        completeReservation = useCases.completeReservation();
        markNoShow = useCases.markNoShow();
        expireHolds = useCases.expireHolds();
        showReservation = useCases.showReservation();
        listMyReservations = useCases.listMyReservations();
        listCustomerReservations = useCases.listCustomerReservations();
        listShopReservations = useCases.listShopReservations();
    }
}

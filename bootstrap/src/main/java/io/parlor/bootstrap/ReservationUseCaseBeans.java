package io.parlor.bootstrap;

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
import jakarta.inject.Singleton;

/** Offers each reservation use case as a bean of its primary-port type, for the controllers and the sweeper. */
@Factory
class ReservationUseCaseBeans {

    @Singleton
    AddService addService(ReservationUseCases useCases) {
        return useCases.addService();
    }

    @Singleton
    ListServices listServices(ReservationUseCases useCases) {
        return useCases.listServices();
    }

    @Singleton
    SetWorkingHours setWorkingHours(ReservationUseCases useCases) {
        return useCases.setWorkingHours();
    }

    @Singleton
    SetBookingRules setBookingRules(ReservationUseCases useCases) {
        return useCases.setBookingRules();
    }

    @Singleton
    ShowAvailability showAvailability(ReservationUseCases useCases) {
        return useCases.showAvailability();
    }

    @Singleton
    HoldSlot holdSlot(ReservationUseCases useCases) {
        return useCases.holdSlot();
    }

    @Singleton
    ConfirmReservation confirmReservation(ReservationUseCases useCases) {
        return useCases.confirmReservation();
    }

    @Singleton
    CancelReservation cancelReservation(ReservationUseCases useCases) {
        return useCases.cancelReservation();
    }

    @Singleton
    RescheduleReservation rescheduleReservation(ReservationUseCases useCases) {
        return useCases.rescheduleReservation();
    }

    @Singleton
    CompleteReservation completeReservation(ReservationUseCases useCases) {
        return useCases.completeReservation();
    }

    @Singleton
    MarkNoShow markNoShow(ReservationUseCases useCases) {
        return useCases.markNoShow();
    }

    @Singleton
    ExpireHolds expireHolds(ReservationUseCases useCases) {
        return useCases.expireHolds();
    }

    @Singleton
    ShowReservation showReservation(ReservationUseCases useCases) {
        return useCases.showReservation();
    }

    @Singleton
    ListMyReservations listMyReservations(ReservationUseCases useCases) {
        return useCases.listMyReservations();
    }

    @Singleton
    ListCustomerReservations listCustomerReservations(ReservationUseCases useCases) {
        return useCases.listCustomerReservations();
    }

    @Singleton
    ListShopReservations listShopReservations(ReservationUseCases useCases) {
        return useCases.listShopReservations();
    }
}

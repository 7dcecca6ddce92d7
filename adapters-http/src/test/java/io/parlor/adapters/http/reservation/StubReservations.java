package io.parlor.adapters.http.reservation;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.CompleteReservation;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.in.MarkNoShow;
import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.RescheduleReservation;
import io.parlor.application.reservation.port.in.ShowReservation;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ReservationStatus;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.shared.DomainError;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Stands in for the reservation use cases in the HTTP adapter's own tests: each answers with
 * {@link #VIEW}, or refuses with the error a test sets, and the last hold command is kept.
 */
@Factory
@Requires(property = "spec.name", value = "ReservationProblemsTest")
class StubReservations {

    static final ReservationView VIEW = new ReservationView(
            new ReservationId(UUID.fromString("0192f3a0-0000-7000-8000-000000000001")),
            new ShopId(UUID.fromString("0192f3a0-0000-7000-8000-000000000002")),
            new MemberId(UUID.fromString("0192f3a0-0000-7000-8000-000000000003")),
            new MemberId(UUID.fromString("0192f3a0-0000-7000-8000-000000000004")),
            List.of(new ServiceId(UUID.fromString("0192f3a0-0000-7000-8000-000000000005"))),
            Instant.parse("2026-11-23T09:00:00Z"), Instant.parse("2026-11-23T10:00:00Z"), ReservationStatus.CONFIRMED,
            Optional.empty(), new BigDecimal("45.5"));

    /** The refusal the next call answers with, if any. */
    static final AtomicReference<DomainError> REFUSAL = new AtomicReference<>();
    static final AtomicReference<HoldSlot.Command> LAST_HOLD = new AtomicReference<>();

    private static ReservationView answer() {
        var refusal = REFUSAL.get();
        if (refusal != null) {
            throw refusal;
        }
        return VIEW;
    }

    @Singleton
    HoldSlot holdSlot() {
        return command -> {
            LAST_HOLD.set(command);
            return answer();
        };
    }

    @Singleton
    ConfirmReservation confirmReservation() {
        return command -> answer();
    }

    @Singleton
    CancelReservation cancelReservation() {
        return command -> answer();
    }

    @Singleton
    RescheduleReservation rescheduleReservation() {
        return command -> answer();
    }

    @Singleton
    CompleteReservation completeReservation() {
        return command -> answer();
    }

    @Singleton
    MarkNoShow markNoShow() {
        return command -> answer();
    }

    @Singleton
    ShowReservation showReservation() {
        return query -> answer();
    }
}

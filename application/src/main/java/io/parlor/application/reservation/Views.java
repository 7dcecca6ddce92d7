package io.parlor.application.reservation;

import io.parlor.application.reservation.port.in.ReservationView;
import io.parlor.application.reservation.port.in.ScheduleView;
import io.parlor.application.reservation.port.in.ServiceView;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationStatus;
import java.time.Instant;
import java.util.Optional;

/** Turns aggregates into the records the use cases return. */
final class Views {

    private Views() {
    }

    /** The reservation as seen at {@code now}. */
    static ReservationView of(Reservation reservation, Instant now) {
        var s = reservation.state();
        var status = reservation.statusAt(now);
        boolean hold = status == ReservationStatus.HELD || status == ReservationStatus.EXPIRED;
        return new ReservationView(s.id(), s.shop(), s.designer(), s.customer(), s.services(), s.startAt(), s.endAt(),
                status, hold ? Optional.of(s.holdExpiresAt()) : Optional.empty(), s.price().amount());
    }

    static ServiceView of(BookableService service) {
        var s = service.state();
        return new ServiceView(s.id(), s.shop(), s.name().value(), (int) s.duration().toMinutes(),
                s.price().amount(), (int) s.buffer().toMinutes());
    }

    static ScheduleView of(DesignerSchedule schedule) {
        var s = schedule.state();
        return new ScheduleView(s.id().shop(), s.id().designer(), s.weekly(), s.daysOff().stream().sorted().toList());
    }
}

package io.parlor.application.notification.port.in;

import io.parlor.domain.chat.RoomId;
import io.parlor.domain.membership.MemberId;
import io.parlor.domain.reservation.ReservationEvent;
import io.parlor.domain.reservation.ReservationStatus;
import java.util.List;
import java.util.Set;

/** The facts of other contexts that send a shop's templates by themselves; called by the application's wiring. */
public interface ShopMessageTriggers {

    /**
     * Schedules, moves or removes the template sends of these reservation changes, in order. Runs inside the
     * unit of work that made the changes, so a send is stored, moved or removed with its cause.
     */
    void reservationsChanged(List<Change> changes);

    /**
     * Posts the shop's {@code ROOM_CREATED} templates into a room just opened between a customer
     * and the shop's staff, before anyone else can post; a second call for the room posts nothing.
     */
    void roomOpened(RoomId room, Set<MemberId> members);

    /** A reservation event and the status the reservation has after it. */
    record Change(ReservationEvent event, ReservationStatus status) {
    }
}

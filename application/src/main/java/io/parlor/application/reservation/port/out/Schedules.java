package io.parlor.application.reservation.port.out;

import io.parlor.domain.reservation.DesignerSchedule;
import io.parlor.domain.reservation.ScheduleId;
import java.util.Optional;

/** The designers' working hours, one schedule per designer and shop. */
public interface Schedules {

    /** Stores the schedule, replacing every range and day off stored under its id. */
    void put(DesignerSchedule schedule);

    /** The schedule stored under {@code id}; empty if its hours were never set. */
    Optional<DesignerSchedule> find(ScheduleId id);
}

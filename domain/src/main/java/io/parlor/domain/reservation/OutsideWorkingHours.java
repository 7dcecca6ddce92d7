package io.parlor.domain.reservation;

import io.parlor.domain.shared.DomainError;
import java.util.Objects;

/**
 * The start asked for is not bookable, whatever other reservations there are. One wire code,
 * {@code outside-working-hours}, covers every {@link Reason}, so clients handle one 422; the
 * reason is for the detail and for logs.
 */
public final class OutsideWorkingHours extends DomainError {

    /** Why the start is not bookable. */
    public enum Reason {
        /** Not on the shop's slot grid (minutes past local midnight not a multiple of the slot). */
        OFF_GRID("the start is not on the shop's slot grid"),
        /** Sooner than the shop's minimum notice (starts in the past included). */
        TOO_SOON("the start is sooner than the shop's minimum notice"),
        /** Further ahead than the shop's booking horizon. */
        TOO_FAR("the start is beyond the shop's booking horizon"),
        /** The designer's day off. */
        DAY_OFF("the designer is off that day"),
        /** The services do not fit within one of the designer's working ranges. */
        CLOSED("the services do not fit within the designer's working hours");

        private final String detail;

        Reason(String detail) {
            this.detail = detail;
        }
    }

    private final Reason reason;

    public OutsideWorkingHours(Reason reason) {
        super("outside-working-hours", Kind.UNPROCESSABLE, Objects.requireNonNull(reason, "reason").detail);
        this.reason = reason;
    }

    /** Which rule refused the start. */
    public Reason reason() {
        return reason;
    }
}

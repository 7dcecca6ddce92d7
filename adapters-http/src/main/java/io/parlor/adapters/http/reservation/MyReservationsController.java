package io.parlor.adapters.http.reservation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parlor.adapters.http.reservation.ReservationResponses.ReservationPageResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.reservation.port.in.ListMyReservations;
import io.parlor.domain.shared.InvalidValue;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.Optional;

/** The caller's own reservations as a customer, latest start first, a page at a time. */
@Controller("/me/reservations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class MyReservationsController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final ListMyReservations list;

    MyReservationsController(ListMyReservations list) {
        this.list = list;
    }

    /**
     * @param cursor the {@code nextCursor} of the previous page; none for the first page
     * @param limit  1 to 100, 20 if not given
     */
    @Get
    ReservationPageResponse list(Authentication caller, @Nullable @QueryValue String cursor,
                                 @Nullable @QueryValue Integer limit) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new InvalidValue("limit", "must be between 1 and " + MAX_LIMIT);
        }
        return ReservationPageResponse.of(list.list(new ListMyReservations.Query(Caller.memberOf(caller),
                Optional.ofNullable(cursor).filter(c -> !c.isBlank()), size)));
    }
}

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
import io.parlor.adapters.http.reservation.ReservationResponses.AvailabilityResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.reservation.port.in.ShowAvailability;
import java.util.Optional;

/**
 * The starts at which a designer can be booked for some services on one of the shop's local
 * dates. Open to anyone; a signed-in customer's own holds stay bookable for it.
 */
@Controller("/shops/{shopId}/availability")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class AvailabilityController {

    private final ShowAvailability showAvailability;

    AvailabilityController(ShowAvailability showAvailability) {
        this.showAvailability = showAvailability;
    }

    /**
     * @param serviceIds comma-separated, in the order they would be booked
     * @param date       the shop's local date, {@code YYYY-MM-DD}
     */
    @Get
    AvailabilityResponse show(@Nullable Authentication caller, String shopId, @QueryValue String designerId,
                              @QueryValue String serviceIds, @QueryValue String date) {
        return AvailabilityResponse.of(showAvailability.show(new ShowAvailability.Query(
                Optional.ofNullable(caller).map(Caller::memberOf), WireIds.shop(shopId), WireIds.designer(designerId),
                WireIds.services(serviceIds), WireTime.date(date, "date"))));
    }
}

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
import io.parlor.adapters.http.reservation.ReservationResponses.ReservationResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.reservation.port.in.ListShopReservations;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;
import java.util.Optional;

/** The reservations starting on one of the shop's local dates, for its owner and designers. */
@Controller("/shops/{shopId}/reservations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopReservationsController {

    private final ListShopReservations list;

    ShopReservationsController(ListShopReservations list) {
        this.list = list;
    }

    /**
     * @param date       the shop's local date, {@code YYYY-MM-DD}
     * @param designerId only this designer's reservations, if given
     */
    @Get
    List<ReservationResponse> list(Authentication caller, String shopId, @QueryValue String date,
                                   @Nullable @QueryValue String designerId) {
        return ReservationResponse.of(list.list(new ListShopReservations.Query(Caller.memberOf(caller),
                WireIds.shop(shopId), WireTime.date(date, "date"),
                Optional.ofNullable(designerId).filter(d -> !d.isBlank()).map(WireIds::designer))));
    }
}

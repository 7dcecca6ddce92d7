package io.parlor.adapters.http.reservation;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.reservation.ReservationResponses.BookingRulesResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.reservation.port.in.SetBookingRules;
import io.parlor.domain.reservation.BookingRules;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * A shop's booking rules (not in the fixed wire contract): how much notice a start needs, how
 * far ahead it may be, and until when before the start a customer may cancel or reschedule.
 * Shops that never set them follow the defaults: 30 minutes, 90 days, 24 hours.
 */
@Controller("/shops/{shopId}/booking-rules")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class BookingRulesController {

    @Serdeable
    record Rules(@NotNull Integer minimumNoticeMinutes, @NotNull Integer horizonDays,
                 @NotNull Integer cancellationCutoffMinutes) {
    }

    private final SetBookingRules setBookingRules;

    BookingRulesController(SetBookingRules setBookingRules) {
        this.setBookingRules = setBookingRules;
    }

    @Put
    BookingRulesResponse set(Authentication caller, String shopId, @Body @Valid Rules request) {
        var rules = new BookingRules(Duration.ofMinutes(request.minimumNoticeMinutes()),
                Duration.ofDays(request.horizonDays()), Duration.ofMinutes(request.cancellationCutoffMinutes()));
        return BookingRulesResponse.of(setBookingRules.set(new SetBookingRules.Command(Caller.memberOf(caller),
                WireIds.shop(shopId), rules)));
    }
}

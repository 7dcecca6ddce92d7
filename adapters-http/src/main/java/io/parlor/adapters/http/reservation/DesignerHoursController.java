package io.parlor.adapters.http.reservation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.reservation.ReservationResponses.ScheduleResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.reservation.port.in.SetWorkingHours;
import io.parlor.domain.reservation.WorkingHours;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A designer's weekly hours and days off in a shop, in the shop's local time, replaced as a
 * whole: the owner sets anyone's, a designer its own.
 */
@Controller("/shops/{shopId}/designers/{designerId}/hours")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class DesignerHoursController {

    /** One range of a day: {@code dayOfWeek} {@code MONDAY}…{@code SUNDAY}, {@code start} and {@code end} {@code HH:mm}. */
    @Serdeable
    record Range(@Nullable String dayOfWeek, @Nullable String start, @Nullable String end) {
    }

    @Serdeable
    record Hours(@NotNull List<@NotNull Range> weekly, @Nullable List<@NotNull String> daysOff) {
    }

    private final SetWorkingHours setWorkingHours;

    DesignerHoursController(SetWorkingHours setWorkingHours) {
        this.setWorkingHours = setWorkingHours;
    }

    @Put
    ScheduleResponse set(Authentication caller, String shopId, String designerId, @Body @Valid Hours request) {
        var weekly = request.weekly().stream().map(range -> new WorkingHours(
                WireTime.dayOfWeek(range.dayOfWeek(), "weekly"), WireTime.timeOfDay(range.start(), "weekly"),
                WireTime.timeOfDay(range.end(), "weekly"))).toList();
        var daysOff = request.daysOff() == null ? List.<String>of() : request.daysOff();
        return ScheduleResponse.of(setWorkingHours.set(new SetWorkingHours.Command(Caller.memberOf(caller),
                WireIds.shop(shopId), WireIds.designer(designerId), weekly,
                daysOff.stream().map(day -> WireTime.date(day, "daysOff")).collect(Collectors.toSet()))));
    }
}

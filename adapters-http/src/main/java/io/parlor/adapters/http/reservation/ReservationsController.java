package io.parlor.adapters.http.reservation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.reservation.ReservationResponses.ReservationResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.reservation.port.in.CancelReservation;
import io.parlor.application.reservation.port.in.CompleteReservation;
import io.parlor.application.reservation.port.in.ConfirmReservation;
import io.parlor.application.reservation.port.in.HoldSlot;
import io.parlor.application.reservation.port.in.MarkNoShow;
import io.parlor.application.reservation.port.in.RescheduleReservation;
import io.parlor.application.reservation.port.in.ShowReservation;
import io.parlor.domain.reservation.IdempotencyKey;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;

/**
 * A reservation's lifecycle: a customer holds a slot ({@code HELD}), confirms it before the
 * hold runs out, cancels or reschedules it; the shop's staff completes it or marks a no-show.
 * Someone who is neither its customer nor staff of its shop is told it does not exist.
 */
@Controller("/reservations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class ReservationsController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Serdeable
    record NewReservation(@NotBlank String shopId, @NotBlank String designerId, @NotNull List<@NotNull String> serviceIds,
                          @NotBlank String startAt, @Nullable String note) {
    }

    @Serdeable
    record Cancellation(@Nullable String reason) {
    }

    @Serdeable
    record NewStart(@NotBlank String startAt) {
    }

    private final HoldSlot holdSlot;
    private final ConfirmReservation confirm;
    private final CancelReservation cancel;
    private final RescheduleReservation reschedule;
    private final CompleteReservation complete;
    private final MarkNoShow markNoShow;
    private final ShowReservation show;

    ReservationsController(HoldSlot holdSlot, ConfirmReservation confirm, CancelReservation cancel,
                           RescheduleReservation reschedule, CompleteReservation complete, MarkNoShow markNoShow,
                           ShowReservation show) {
        this.holdSlot = holdSlot;
        this.confirm = confirm;
        this.cancel = cancel;
        this.reschedule = reschedule;
        this.complete = complete;
        this.markNoShow = markNoShow;
        this.show = show;
    }

    /** A retry with the same {@code Idempotency-Key} answers with the reservation the first attempt made. */
    @Post
    @Status(HttpStatus.CREATED)
    ReservationResponse hold(Authentication caller, @Body @Valid NewReservation request,
                             @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey) {
        return ReservationResponse.of(holdSlot.hold(new HoldSlot.Command(Caller.memberOf(caller),
                WireIds.shop(request.shopId()), WireIds.designer(request.designerId()),
                WireIds.services(request.serviceIds()), WireTime.instant(request.startAt(), "startAt"),
                Optional.ofNullable(request.note()), Optional.ofNullable(idempotencyKey).map(IdempotencyKey::new))));
    }

    @Get("/{id}")
    ReservationResponse show(Authentication caller, String id) {
        return ReservationResponse.of(show.show(new ShowReservation.Query(Caller.memberOf(caller),
                WireIds.reservation(id))));
    }

    @Post("/{id}/confirm")
    ReservationResponse confirm(Authentication caller, String id) {
        return ReservationResponse.of(confirm.confirm(new ConfirmReservation.Command(Caller.memberOf(caller),
                WireIds.reservation(id))));
    }

    /** The body, and its {@code reason}, may be left out. */
    @Post("/{id}/cancel")
    ReservationResponse cancel(Authentication caller, String id, @Nullable @Body Cancellation request) {
        var reason = Optional.ofNullable(request).map(Cancellation::reason);
        return ReservationResponse.of(cancel.cancel(new CancelReservation.Command(Caller.memberOf(caller),
                WireIds.reservation(id), reason)));
    }

    @Post("/{id}/reschedule")
    ReservationResponse reschedule(Authentication caller, String id, @Body @Valid NewStart request) {
        return ReservationResponse.of(reschedule.reschedule(new RescheduleReservation.Command(
                Caller.memberOf(caller), WireIds.reservation(id), WireTime.instant(request.startAt(), "startAt"))));
    }

    @Post("/{id}/complete")
    ReservationResponse complete(Authentication caller, String id) {
        return ReservationResponse.of(complete.complete(new CompleteReservation.Command(Caller.memberOf(caller),
                WireIds.reservation(id))));
    }

    @Post("/{id}/no-show")
    ReservationResponse noShow(Authentication caller, String id) {
        return ReservationResponse.of(markNoShow.mark(new MarkNoShow.Command(Caller.memberOf(caller),
                WireIds.reservation(id))));
    }
}

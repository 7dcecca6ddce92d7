package io.parlor.adapters.http.reservation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.reservation.ReservationResponses.ServiceResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.reservation.port.in.AddService;
import io.parlor.application.reservation.port.in.ListServices;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.ServiceName;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;

/** The services a shop offers: its owner adds them, anyone lists them to choose what to book. */
@Controller("/shops/{shopId}/services")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ShopServicesController {

    @Serdeable
    record NewService(@NotBlank String name, @NotNull Integer durationMinutes, @NotNull BigDecimal price,
                      @Nullable Integer bufferMinutes) {
    }

    private final AddService addService;
    private final ListServices listServices;

    ShopServicesController(AddService addService, ListServices listServices) {
        this.addService = addService;
        this.listServices = listServices;
    }

    @Post
    @SecurityRequirement(name = "bearer")
    @Status(HttpStatus.CREATED)
    ServiceResponse add(Authentication caller, String shopId, @Body @Valid NewService request) {
        return ServiceResponse.of(addService.add(new AddService.Command(Caller.memberOf(caller), WireIds.shop(shopId),
                new ServiceName(request.name()), request.durationMinutes(), new Price(request.price()),
                request.bufferMinutes() == null ? 0 : request.bufferMinutes())));
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    List<ServiceResponse> list(String shopId) {
        return listServices.list(new ListServices.Query(WireIds.shop(shopId))).stream().map(ServiceResponse::of)
                .toList();
    }
}

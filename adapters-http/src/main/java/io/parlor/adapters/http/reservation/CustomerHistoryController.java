package io.parlor.adapters.http.reservation;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.parlor.adapters.http.chat.ChatResponses.RoomResponse;
import io.parlor.adapters.http.reservation.ReservationResponses.ReservationResponse;
import io.parlor.adapters.http.security.Caller;
import io.parlor.application.chat.port.in.ListRooms;
import io.parlor.application.membership.port.in.BrowseCustomers;
import io.parlor.application.reservation.port.in.ListCustomerReservations;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.util.List;

/**
 * What a customer did with a shop, for the shop's staff: its reservations there and the rooms it
 * shares with the shop's staff, nothing from other shops. Gathered from three contexts by id.
 */
@Controller("/shops/{shopId}/customers/{memberId}/history")
@Secured(SecurityRule.IS_AUTHENTICATED)
@SecurityRequirement(name = "bearer")
@ExecuteOn(TaskExecutors.BLOCKING)
class CustomerHistoryController {

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record HistoryResponse(List<ReservationResponse> reservations, List<RoomResponse> rooms) {
    }

    private final BrowseCustomers customers;
    private final ListCustomerReservations reservations;
    private final ListRooms rooms;

    CustomerHistoryController(BrowseCustomers customers, ListCustomerReservations reservations, ListRooms rooms) {
        this.customers = customers;
        this.reservations = reservations;
        this.rooms = rooms;
    }

    @Get
    HistoryResponse history(Authentication caller, String shopId, String memberId) {
        var viewer = Caller.memberOf(caller);
        var shop = WireIds.shop(shopId);
        var customer = WireIds.customer(memberId);
        customers.show(shop, viewer, customer);
        var staff = customers.staff(shop, viewer);
        var shared = rooms.list(new ListRooms.Query(customer)).stream()
                .filter(room -> room.memberIds().stream().anyMatch(staff::contains))
                .map(RoomResponse::of).toList();
        return new HistoryResponse(ReservationResponse.of(reservations.list(
                new ListCustomerReservations.Query(viewer, shop, customer))), shared);
    }
}

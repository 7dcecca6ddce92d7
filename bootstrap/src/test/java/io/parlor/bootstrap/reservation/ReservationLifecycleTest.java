package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every move of a reservation over HTTP, with the status codes of API.md. */
class ReservationLifecycleTest extends ReservationHttpSuite {

    @Test
    void aHoldIsCreatedHeldAndConfirmedBeforeItRunsOut() {
        var salon = salon();
        var customer = member();
        var start = at(salon, 2, "10:00");

        var held = hold(customer, salon, start);
        var confirmed = act(customer, held.text("id"), "confirm");

        assertThat(held.status()).isEqualTo(201);
        assertThat(held.json()).containsEntry("status", "HELD").containsEntry("shopId", salon.id())
                .containsEntry("designerId", salon.designer().id()).containsEntry("customerId", customer.id())
                .containsEntry("serviceIds", List.of(salon.service())).containsEntry("startAt", start.toString())
                .containsEntry("endAt", start.plus(Duration.ofMinutes(60)).toString())
                .containsEntry("holdExpiresAt", clock.now().plus(Duration.ofMinutes(5)).toString())
                .containsEntry("price", 45.5);
        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.json()).containsEntry("status", "CONFIRMED").containsEntry("id", held.text("id"))
                .containsEntry("holdExpiresAt", null);
    }

    @Test
    void anOverlappingHoldOfAnotherCustomerIsSlotUnavailable() {
        var salon = salon();
        hold(member(), salon, at(salon, 2, "10:00"));

        var clash = hold(member(), salon, at(salon, 2, "10:30"));
        var touching = hold(member(), salon, at(salon, 2, "11:00"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.code()).isEqualTo("slot-unavailable");
        assertThat(touching.status()).isEqualTo(201);
    }

    @Test
    void aStartOutsideWorkingHoursOrOffTheGridIsUnprocessable() {
        var salon = salon();
        var customer = member();

        var evening = hold(customer, salon, at(salon, 2, "17:30"));
        var offGrid = hold(customer, salon, at(salon, 2, "10:10"));
        var past = hold(customer, salon, at(salon, -1, "10:00"));

        for (var reply : List.of(evening, offGrid, past)) {
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.code()).isEqualTo("outside-working-hours");
        }
    }

    @Test
    void confirmingAfterTheHoldRanOutIsGone() {
        var salon = salon();
        var customer = member();
        var held = hold(customer, salon, at(salon, 3, "10:00"));

        clock.advance(Duration.ofMinutes(5));
        var late = act(customer, held.text("id"), "confirm");
        var shown = api.get("/reservations/" + held.text("id"), customer.token());
        var slotAgain = hold(member(), salon, at(salon, 3, "10:00"));

        assertThat(late.status()).isEqualTo(410);
        assertThat(late.code()).isEqualTo("hold-expired");
        assertThat(shown.json()).containsEntry("status", "EXPIRED");
        assertThat(slotAgain.status()).isEqualTo(201);
    }

    @Test
    void confirmingTwiceIsAnInvalidTransition() {
        var salon = salon();
        var customer = member();
        var id = hold(customer, salon, at(salon, 2, "12:00")).text("id");
        act(customer, id, "confirm");

        var again = act(customer, id, "confirm");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("invalid-transition");
    }

    @Test
    void cancellingFreesTheSlotAndCannotBeDoneTwice() {
        var salon = salon();
        var customer = member();
        var first = hold(customer, salon, at(salon, 2, "13:00")).text("id");
        var second = hold(customer, salon, at(salon, 2, "15:00")).text("id");

        var withReason = api.post("/reservations/" + first + "/cancel", Map.of("reason", "ill"), customer.token());
        var withoutBody = act(customer, second, "cancel");
        var again = act(customer, first, "cancel");
        var slotAgain = hold(member(), salon, at(salon, 2, "13:00"));

        assertThat(withReason.status()).isEqualTo(200);
        assertThat(withReason.json()).containsEntry("status", "CANCELLED");
        assertThat(withoutBody.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("invalid-transition");
        assertThat(slotAgain.status()).isEqualTo(201);
    }

    @Test
    void reschedulingMovesTheReservationUnlessTheNewTimeIsTaken() {
        var salon = salon();
        var customer = member();
        var id = hold(customer, salon, at(salon, 4, "10:00")).text("id");
        hold(member(), salon, at(salon, 4, "14:00"));

        var moved = api.post("/reservations/" + id + "/reschedule",
                Map.of("startAt", at(salon, 4, "12:00").toString()), customer.token());
        var taken = api.post("/reservations/" + id + "/reschedule",
                Map.of("startAt", at(salon, 4, "14:30").toString()), customer.token());
        var freed = hold(member(), salon, at(salon, 4, "10:00"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json()).containsEntry("startAt", at(salon, 4, "12:00").toString())
                .containsEntry("status", "HELD");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("slot-unavailable");
        assertThat(freed.status()).isEqualTo(201);
    }

    @Test
    void theStaffCompletesOrMarksANoShowOnceTheStartHasCome() {
        var salon = salon();
        setHours(salon, salon.owner().id(), salon.owner(), everyDay("09:00", "18:00"), List.of());
        var customer = member();
        var served = hold(customer, salon, at(salon, 1, "10:00")).text("id");
        var absent = hold(customer, salon, salon.owner().id(), at(salon, 1, "10:00")).text("id");
        act(customer, served, "confirm");
        act(customer, absent, "confirm");

        var tooEarly = act(salon.designer(), served, "complete");
        clock.advance(Duration.ofDays(2));
        var byCustomer = act(customer, served, "complete");
        var completed = act(salon.designer(), served, "complete");
        var noShow = act(salon.owner(), absent, "no-show");

        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.code()).isEqualTo("invalid-transition");
        assertThat(byCustomer.status()).isEqualTo(409);
        assertThat(completed.status()).isEqualTo(200);
        assertThat(completed.json()).containsEntry("status", "COMPLETED");
        assertThat(noShow.status()).isEqualTo(200);
        assertThat(noShow.json()).containsEntry("status", "NO_SHOW");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyAnswersWithTheFirstReservation() {
        var salon = salon();
        var customer = member();
        var body = Map.of("shopId", salon.id(), "designerId", salon.designer().id(), "serviceIds",
                List.of(salon.service()), "startAt", at(salon, 5, "10:00").toString());
        var key = Map.of("Idempotency-Key", "retry-" + customer.id());

        var first = api.send("POST", "/reservations", body, customer.token(), key);
        var retry = api.send("POST", "/reservations", body, customer.token(), key);
        var mine = api.get("/me/reservations", customer.token());

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(list(mine, "items")).hasSize(1);
    }

    @Test
    void malformedRequestsAreInvalidFieldsOrNotFound() {
        var salon = salon();
        var customer = member();

        var badStart = api.post("/reservations", Map.of("shopId", salon.id(), "designerId", salon.designer().id(),
                "serviceIds", List.of(salon.service()), "startAt", "tomorrow"), customer.token());
        var badShop = api.post("/reservations", Map.of("shopId", "no-shop", "designerId", salon.designer().id(),
                "serviceIds", List.of(salon.service()), "startAt", at(salon, 2, "10:00").toString()),
                customer.token());
        var notStaff = hold(customer, salon, member().id(), at(salon, 2, "10:00"));
        var noToken = api.post("/reservations", Map.of(), null);

        assertThat(badStart.status()).isEqualTo(400);
        assertThat(badStart.code()).isEqualTo("invalid-field");
        assertThat(badShop.status()).isEqualTo(404);
        assertThat(badShop.code()).isEqualTo("shop-not-found");
        assertThat(notStaff.status()).isEqualTo(404);
        assertThat(notStaff.code()).isEqualTo("designer-not-found");
        assertThat(noToken.status()).isEqualTo(401);
    }
}

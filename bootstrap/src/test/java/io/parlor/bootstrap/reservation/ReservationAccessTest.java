package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Customers see their own reservations, the shop's staff see the shop's, anyone else learns nothing. */
class ReservationAccessTest extends ReservationHttpSuite {

    @Test
    void aReservationIsShownToItsCustomerAndTheShopsStaffOnly() {
        var salon = salon();
        var customer = member();
        var id = hold(customer, salon, at(salon, 2, "10:00")).text("id");
        var otherOwner = salon().owner();

        var statuses = List.of(customer, salon.owner(), salon.designer(), member(), otherOwner).stream()
                .map(viewer -> api.get("/reservations/" + id, viewer.token()).status()).toList();
        var stranger = api.get("/reservations/" + id, member().token());
        var malformed = api.get("/reservations/not-an-id", customer.token());

        assertThat(statuses).containsExactly(200, 200, 200, 404, 404);
        assertThat(stranger.code()).isEqualTo("reservation-not-found");
        assertThat(malformed.status()).isEqualTo(404);
    }

    @Test
    void aStrangerCanNeitherConfirmNorCancelNorMoveAReservation() {
        var salon = salon();
        var id = hold(member(), salon, at(salon, 2, "12:00")).text("id");
        var stranger = member();

        var confirm = act(stranger, id, "confirm");
        var cancel = act(stranger, id, "cancel");
        var reschedule = api.post("/reservations/" + id + "/reschedule",
                Map.of("startAt", at(salon, 2, "15:00").toString()), stranger.token());

        assertThat(List.of(confirm.status(), cancel.status(), reschedule.status())).containsOnly(404);
    }

    @Test
    void myReservationsListsOnlyTheCallersLatestFirstOnePageAtATime() {
        var salon = salon();
        var customer = member();
        var early = hold(customer, salon, at(salon, 1, "10:00")).text("id");
        var middle = hold(customer, salon, at(salon, 2, "10:00")).text("id");
        var late = hold(customer, salon, at(salon, 3, "10:00")).text("id");
        hold(member(), salon, at(salon, 4, "10:00"));

        var first = api.get("/me/reservations?limit=2", customer.token());
        var second = api.get("/me/reservations?limit=2&cursor=" + first.text("nextCursor"), customer.token());
        var tooMany = api.get("/me/reservations?limit=1000", customer.token());

        assertThat(list(first, "items")).extracting(r -> r.get("id")).containsExactly(late, middle);
        assertThat(list(second, "items")).extracting(r -> r.get("id")).containsExactly(early);
        assertThat(second.json()).containsEntry("nextCursor", null);
        assertThat(tooMany.status()).isEqualTo(400);
    }

    @Test
    void theShopsReservationsOfADateAreForItsStaff() {
        var salon = salon();
        setHours(salon, salon.owner().id(), salon.owner(), everyDay("09:00", "18:00"), List.of());
        var withDesigner = hold(member(), salon, at(salon, 2, "10:00")).text("id");
        var withOwner = hold(member(), salon, salon.owner().id(), at(salon, 2, "09:00")).text("id");
        hold(member(), salon, at(salon, 3, "10:00"));
        var path = "/shops/" + salon.id() + "/reservations?date=" + inDays(salon, 2);

        var byOwner = api.get(path, salon.owner().token());
        var oneDesigner = api.get(path + "&designerId=" + salon.designer().id(), salon.designer().token());
        var byCustomer = api.get(path, member().token());
        var anonymous = api.get(path, null);

        assertThat(array(byOwner)).extracting(r -> r.get("id")).containsExactly(withOwner, withDesigner);
        assertThat(array(oneDesigner)).extracting(r -> r.get("id")).containsExactly(withDesigner);
        assertThat(byCustomer.status()).isEqualTo(403);
        assertThat(byCustomer.code()).isEqualTo("not-shop-staff");
        assertThat(anonymous.status()).isEqualTo(401);
    }
}

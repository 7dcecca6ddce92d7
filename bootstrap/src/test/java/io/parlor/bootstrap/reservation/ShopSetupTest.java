package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a shop offers and when its designers work, and the availability that follows, over HTTP. */
class ShopSetupTest extends ReservationHttpSuite {

    @Test
    void theOwnerAddsServicesAndAnyoneListsThemInTheOrderAdded() {
        var salon = salon();

        var added = api.post("/shops/" + salon.id() + "/services",
                Map.of("name", "Colour", "durationMinutes", 90, "price", 80.125, "bufferMinutes", 15),
                salon.owner().token());
        var byDesigner = api.post("/shops/" + salon.id() + "/services",
                Map.of("name", "Beard", "durationMinutes", 20, "price", 10), salon.designer().token());
        var listed = array(api.get("/shops/" + salon.id() + "/services", null));

        assertThat(added.status()).isEqualTo(201);
        assertThat(added.json()).containsEntry("name", "Colour").containsEntry("durationMinutes", 90)
                .containsEntry("price", 80.125).containsEntry("bufferMinutes", 15).containsEntry("shopId", salon.id());
        assertThat(byDesigner.status()).isEqualTo(403);
        assertThat(byDesigner.code()).isEqualTo("not-shop-owner");
        assertThat(listed).extracting(service -> service.get("name")).containsExactly("Cut", "Colour");
    }

    @Test
    void hoursAreSetByTheOwnerOrByTheDesignerItself() {
        var salon = salon();
        var weekly = List.of(Map.of("dayOfWeek", "TUESDAY", "start", "13:00", "end", "18:00"),
                Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "12:00"));

        var byDesigner = setHours(salon, salon.designer().id(), salon.designer(), weekly, List.of("2026-12-25"));
        var byStranger = setHours(salon, salon.designer().id(), member(), weekly, List.of());
        var forStranger = setHours(salon, member().id(), salon.owner(), weekly, List.of());
        var badTime = setHours(salon, salon.designer().id(), salon.owner(),
                List.of(Map.of("dayOfWeek", "MONDAY", "start", "9am", "end", "12:00")), List.of());
        var overlapping = setHours(salon, salon.designer().id(), salon.owner(),
                List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "12:00"),
                        Map.of("dayOfWeek", "MONDAY", "start", "11:00", "end", "13:00")), List.of());

        assertThat(byDesigner.status()).isEqualTo(200);
        assertThat(byDesigner.json()).containsEntry("designerId", salon.designer().id())
                .containsEntry("daysOff", List.of("2026-12-25"))
                .containsEntry("weekly", List.of(Map.of("dayOfWeek", "MONDAY", "start", "09:00", "end", "12:00"),
                        Map.of("dayOfWeek", "TUESDAY", "start", "13:00", "end", "18:00")));
        assertThat(byStranger.status()).isEqualTo(403);
        assertThat(forStranger.status()).isEqualTo(404);
        assertThat(forStranger.code()).isEqualTo("designer-not-found");
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(badTime.code()).isEqualTo("invalid-field");
        assertThat(overlapping.status()).isEqualTo(400);
    }

    @Test
    void availabilityOffersFreeStartsOnTheGridAndLeavesOutBookedTime() {
        var salon = salon();
        setHours(salon, salon.designer().id(), salon.owner(), everyDay("09:00", "12:00"), List.of());
        var holder = member();
        hold(holder, salon, at(salon, 2, "10:00"));
        var query = "/shops/" + salon.id() + "/availability?designerId=" + salon.designer().id() + "&serviceIds="
                + salon.service() + "&date=" + inDays(salon, 2);

        var anonymous = api.get(query, null);
        var forHolder = api.get(query, holder.token());

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json()).containsEntry("date", inDays(salon, 2).toString())
                .containsEntry("timeZone", "Europe/Paris");
        assertThat(list(anonymous, "slots")).extracting(slot -> slot.get("startAt"))
                .containsExactly(at(salon, 2, "09:00").toString(), at(salon, 2, "11:00").toString());
        assertThat(list(anonymous, "slots").get(0)).containsEntry("endAt", at(salon, 2, "10:00").toString());
        assertThat(list(forHolder, "slots")).hasSize(5);
    }

    @Test
    void aDayOffHasNoAvailabilityAndUnknownThingsAreNotFound() {
        var salon = salon();
        setHours(salon, salon.designer().id(), salon.owner(), everyDay("09:00", "18:00"),
                List.of(inDays(salon, 3).toString()));
        var base = "/shops/" + salon.id() + "/availability?designerId=" + salon.designer().id();

        var dayOff = api.get(base + "&serviceIds=" + salon.service() + "&date=" + inDays(salon, 3), null);
        var unknownService = api.get(base + "&serviceIds=not-a-service&date=" + inDays(salon, 2), null);
        var unknownShop = api.get("/shops/no-shop/availability?designerId=" + salon.designer().id()
                + "&serviceIds=" + salon.service() + "&date=" + inDays(salon, 2), null);
        var badDate = api.get(base + "&serviceIds=" + salon.service() + "&date=soon", null);

        assertThat(dayOff.status()).isEqualTo(200);
        assertThat(list(dayOff, "slots")).isEmpty();
        assertThat(unknownService.status()).isEqualTo(404);
        assertThat(unknownService.code()).isEqualTo("service-not-found");
        assertThat(unknownShop.code()).isEqualTo("shop-not-found");
        assertThat(badDate.status()).isEqualTo(400);
    }

    @Test
    void theOwnerSetsTheBookingRules() {
        var salon = salon();
        var rules = Map.of("minimumNoticeMinutes", 0, "horizonDays", 365, "cancellationCutoffMinutes", 60);

        var byOwner = api.send("PUT", "/shops/" + salon.id() + "/booking-rules", rules, salon.owner().token());
        var byDesigner = api.send("PUT", "/shops/" + salon.id() + "/booking-rules", rules, salon.designer().token());
        var farAhead = hold(member(), salon, at(salon, 200, "10:00"));

        assertThat(byOwner.status()).isEqualTo(200);
        assertThat(byOwner.json()).isEqualTo(rules);
        assertThat(byDesigner.status()).isEqualTo(403);
        assertThat(farAhead.status()).isEqualTo(201);
    }
}

package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.bootstrap.membership.Api;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A shop's back office over HTTP: customers, memos, groups, the blacklist, templates and what sends them. */
@SuppressWarnings("unchecked")
class BackOfficeHttpTest extends ReservationHttpSuite {

    private String customers(Salon salon) {
        return "/shops/" + salon.id() + "/customers";
    }

    private String reservationAt(Account customer, Salon salon, Instant start) {
        var held = hold(customer, salon, start);
        assertThat(held.status()).isEqualTo(201);
        return held.text("id");
    }

    private Map<String, Object> group(Salon salon, String kind) {
        return array(api.get("/shops/" + salon.id() + "/groups", salon.owner().token())).stream()
                .filter(g -> kind.equals(g.get("kind"))).findFirst().orElseThrow();
    }

    private Api.Reply addToGroup(Salon salon, Object groupId, List<String> members, Account actor) {
        return api.post("/shops/" + salon.id() + "/groups/" + groupId + "/members", Map.of("memberIds", members),
                actor.token());
    }

    private Api.Reply template(Salon salon, String body, Map<String, Object> trigger) {
        return api.post("/shops/" + salon.id() + "/templates",
                Map.of("name", "t-" + System.nanoTime(), "body", body, "trigger", trigger), salon.owner().token());
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> notifications(Account member) {
        return (List<Map<String, Object>>) api.get("/notifications", member.token()).json().get("items");
    }

    /** The room of {@code member} whose members include {@code other}, and its messages. */
    private List<Map<String, Object>> messagesWith(Account member, Account other) {
        var room = array(api.get("/chat/rooms", member.token())).stream()
                .filter(r -> ((List<?>) r.get("memberIds")).contains(other.id())).findFirst();
        return room.map(r -> array(api.get("/chat/rooms/" + r.get("id") + "/messages", member.token())))
                .orElse(List.of());
    }

    private static <T> T eventually(Supplier<T> read, java.util.function.Predicate<T> done) {
        var deadline = Instant.now().plus(Duration.ofSeconds(15));
        T last = read.get();
        while (!done.test(last) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = read.get();
        }
        return last;
    }

    @Test
    void aMemberWhoBooksBecomesACustomerThatOnlyTheShopsStaffSees() {
        var salon = salon();
        var other = salon();
        var customer = member();
        reservationAt(customer, salon, at(salon, 2, "10:00"));

        var byOwner = api.get(customers(salon), salon.owner().token());
        var byDesigner = api.get(customers(salon) + "?q=mina", salon.designer().token());
        var byOtherOwner = api.get(customers(salon), other.owner().token());
        var byCustomer = api.get(customers(salon), customer.token());
        var atOtherShop = api.get(customers(other) + "/" + customer.id(), other.owner().token());
        var anonymous = api.get(customers(salon), null);

        assertThat(byOwner.status()).isEqualTo(200);
        assertThat(list(byOwner, "items")).extracting(c -> c.get("memberId")).containsExactly(customer.id());
        assertThat(list(byOwner, "items").get(0)).containsEntry("name", "Mina Cho").containsEntry("visits", 0)
                .containsEntry("memo", "");
        assertThat(list(byDesigner, "items")).hasSize(1);
        assertThat(byOtherOwner.status()).isEqualTo(404);
        assertThat(byOtherOwner.code()).isEqualTo("shop-not-found");
        assertThat(byCustomer.status()).isEqualTo(404);
        assertThat(atOtherShop.status()).isEqualTo(404);
        assertThat(atOtherShop.code()).isEqualTo("customer-not-found");
        assertThat(anonymous.status()).isEqualTo(401);
    }

    @Test
    void theMemoIsKeptWithinItsLimitAndABadOneChangesNothing() {
        var salon = salon();
        var customer = member();
        reservationAt(customer, salon, at(salon, 2, "10:00"));
        var path = customers(salon) + "/" + customer.id() + "/memo";

        var written = api.send("PUT", path, Map.of("memo", "prefers the window seat"), salon.designer().token());
        var tooLong = api.send("PUT", path, Map.of("memo", "x".repeat(2_001)), salon.owner().token());
        var stranger = api.send("PUT", customers(salon) + "/" + member().id() + "/memo", Map.of("memo", "hi"),
                salon.owner().token());

        assertThat(written.status()).isEqualTo(200);
        assertThat(written.json()).containsEntry("memo", "prefers the window seat");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(api.get(customers(salon) + "/" + customer.id(), salon.owner().token()).json())
                .containsEntry("memo", "prefers the window seat");
    }

    @Test
    void groupsAreTheShopsOwnAndHoldOnlyItsCustomers() {
        var salon = salon();
        var customer = member();
        reservationAt(customer, salon, at(salon, 2, "10:00"));

        var listed = array(api.get("/shops/" + salon.id() + "/groups", salon.designer().token()));
        var created = api.post("/shops/" + salon.id() + "/groups", Map.of("name", "Brides", "minVisits", 2),
                salon.owner().token());
        var again = api.post("/shops/" + salon.id() + "/groups", Map.of("name", "brides"), salon.owner().token());
        var byDesigner = api.post("/shops/" + salon.id() + "/groups", Map.of("name", "Mine"), salon.designer().token());
        var vip = group(salon, "VIP").get("id");
        var stranger = addToGroup(salon, vip, List.of(member().id()), salon.owner());
        var added = addToGroup(salon, vip, List.of(customer.id()), salon.owner());

        assertThat(listed).extracting(g -> g.get("kind")).containsExactly("VIP", "FREQUENT", "BLACKLIST");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json()).containsEntry("kind", "CUSTOM").containsEntry("minVisits", 2)
                .containsEntry("memberCount", 0);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("group-name-taken");
        assertThat(byDesigner.status()).isEqualTo(403);
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.code()).isEqualTo("not-a-customer");
        assertThat(added.json()).containsEntry("memberCount", 1);
        assertThat(list(api.get(customers(salon) + "?group=" + vip, salon.owner().token()), "items"))
                .extracting(c -> c.get("memberId")).containsExactly(customer.id());
        assertThat(api.send("DELETE", "/shops/" + salon.id() + "/groups/" + vip + "/members/" + customer.id(), null,
                salon.owner().token()).status()).isEqualTo(204);
        assertThat(group(salon, "VIP")).containsEntry("memberCount", 0);
    }

    @Test
    void aBlacklistedCustomerCannotHoldAtThatShopOnly() {
        var salon = salon();
        var other = salon();
        var customer = member();
        reservationAt(customer, salon, at(salon, 2, "10:00"));
        addToGroup(salon, group(salon, "BLACKLIST").get("id"), List.of(customer.id()), salon.owner());

        var refused = hold(customer, salon, at(salon, 3, "10:00"));
        var elsewhere = hold(customer, other, at(other, 3, "10:00"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("customer-blacklisted");
        assertThat(refused.headers().firstValue("content-type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(elsewhere.status()).isEqualTo(201);
    }

    @Test
    void aCompletedReservationCountsAVisitAndFillsAGroupByItsRule() {
        var salon = salon();
        var customer = member();
        var id = reservationAt(customer, salon, at(salon, 1, "10:00"));
        act(customer, id, "confirm");
        var regulars = api.post("/shops/" + salon.id() + "/groups", Map.of("name", "Regulars", "minVisits", 1),
                salon.owner().token()).text("id");
        clock.advance(Duration.ofDays(2));

        assertThat(act(salon.designer(), id, "complete").status()).isEqualTo(200);

        var seen = api.get(customers(salon) + "/" + customer.id(), salon.owner().token()).json();
        assertThat(seen).containsEntry("visits", 1).containsEntry("lastVisitAt", at(salon, -1, "10:00").toString());
        assertThat((List<Object>) seen.get("groups")).contains(regulars);
        var history = api.get(customers(salon) + "/" + customer.id() + "/history", salon.designer().token());
        assertThat(list(history, "reservations")).extracting(r -> r.get("id")).containsExactly(id);
        assertThat(list(history, "reservations").get(0)).containsEntry("status", "COMPLETED");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderIsRefused() {
        var salon = salon();

        var refused = template(salon, "Your password is {{password}}", Map.of("type", "MANUAL"));
        var section = template(salon, "{{#customerName}}hi{{/customerName}}", Map.of("type", "MANUAL"));
        var badType = template(salon, "Hi", Map.of("type", "SOMETIMES"));
        var badTime = template(salon, "Hi", Map.of("type", "BEFORE_RESERVATION", "offsetDays", 1, "at", "9am"));
        var byDesigner = api.post("/shops/" + salon.id() + "/templates", Map.of("name", "x", "body", "Hi",
                "trigger", Map.of("type", "MANUAL")), salon.designer().token());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("unknown-placeholder");
        assertThat(section.code()).isEqualTo("unknown-placeholder");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(badTime.status()).isEqualTo(400);
        assertThat(byDesigner.status()).isEqualTo(403);
        assertThat(array(api.get("/shops/" + salon.id() + "/templates", salon.owner().token()))).isEmpty();
    }

    @Test
    void aConfirmationIsAnsweredWithTheShopsTemplateInChatAndInTheInbox() {
        var salon = salon();
        var customer = member();
        var created = template(salon, "Thanks {{customerName}}, see you {{reservationStart}} at {{shopName}}",
                Map.of("type", "RESERVATION_CONFIRMED"));
        assertThat(created.status()).isEqualTo(201);
        var start = at(salon, 2, "10:00");
        var id = reservationAt(customer, salon, start);

        act(customer, id, "confirm");

        var messages = eventually(() -> messagesWith(customer, salon.owner()), m -> !m.isEmpty());
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).containsEntry("type", "TEMPLATE").containsEntry("senderId", salon.owner().id())
                .containsEntry("message", "Thanks Mina Cho, see you " + inDays(salon, 2) + " 10:00 at Salon Mina");
        var inbox = eventually(() -> notifications(customer), n -> !n.isEmpty());
        assertThat(inbox).extracting(n -> n.get("type")).containsExactly("RESERVATION_CONFIRMED");
        assertThat((Map<String, Object>) inbox.get(0).get("data")).containsEntry("reservationId", id);
    }

    @Test
    void aNewRoomWithTheShopIsWelcomedBeforeAnythingElse() {
        var salon = salon();
        var customer = member();
        template(salon, "Welcome to {{shopName}}, {{customerName}}!", Map.of("type", "ROOM_CREATED"));

        var room = api.post("/chat/rooms", Map.of("type", "DIRECT", "memberIds", List.of(salon.designer().id())),
                customer.token());
        var messages = array(api.get("/chat/rooms/" + room.text("id") + "/messages", customer.token()));

        assertThat(room.status()).isEqualTo(201);
        assertThat(messages).extracting(m -> m.get("message")).containsExactly("Welcome to Salon Mina, Mina Cho!");
        assertThat(messages.get(0)).containsEntry("senderId", salon.designer().id()).containsEntry("seq", 1);
        assertThat(api.get(customers(salon) + "/" + customer.id(), salon.owner().token()).status()).isEqualTo(200);
        var history = api.get(customers(salon) + "/" + customer.id() + "/history", salon.owner().token());
        assertThat(list(history, "rooms")).extracting(r -> r.get("id")).containsExactly(room.text("id"));
    }

    @Test
    void aGroupMessageReachesEveryMemberButTheBlacklistedOnceWhateverTheRetries() {
        var salon = salon();
        var first = member();
        var second = member();
        var banned = member();
        for (var customer : List.of(first, second, banned)) {
            reservationAt(customer, salon, at(salon, 2 + List.of(first, second, banned).indexOf(customer), "10:00"));
        }
        var vip = group(salon, "VIP").get("id");
        addToGroup(salon, vip, List.of(first.id(), second.id(), banned.id()), salon.owner());
        addToGroup(salon, group(salon, "BLACKLIST").get("id"), List.of(banned.id()), salon.owner());
        var path = "/shops/" + salon.id() + "/groups/" + vip + "/messages";
        var body = Map.of("message", "Members' evening on Friday, {{customerName}}");

        var sent = api.send("POST", path, body, salon.owner().token(), Map.of("Idempotency-Key", "evening-1"));
        var retried = api.send("POST", path, body, salon.owner().token(), Map.of("Idempotency-Key", "evening-1"));
        var byDesigner = api.send("POST", path, body, salon.designer().token(), Map.of());

        assertThat(sent.status()).isEqualTo(202);
        assertThat(sent.json()).containsEntry("recipients", 2);
        assertThat(retried.json()).containsEntry("recipients", 2);
        assertThat(byDesigner.status()).isEqualTo(403);
        var firstInbox = eventually(() -> notifications(first), n -> !n.isEmpty());
        var secondInbox = eventually(() -> notifications(second), n -> !n.isEmpty());
        api.send("POST", path, body, salon.owner().token(), Map.of("Idempotency-Key", "evening-1"));
        // Deadlines run earliest first: once a later batch has arrived, the retry had its chance to send.
        api.send("POST", path, Map.of("message", "Later news"), salon.owner().token(), Map.of());
        var settled = eventually(() -> notifications(first), n -> n.size() > 1);
        assertThat(settled).extracting(n -> n.get("body"))
                .containsExactly("Later news", "Members' evening on Friday, Mina Cho");
        assertThat(firstInbox.get(0)).containsEntry("type", "GROUP_MESSAGE");
        assertThat(secondInbox).hasSize(1);
        assertThat(messagesWith(first, salon.owner())).extracting(m -> m.get("message"))
                .containsExactly("Members' evening on Friday, Mina Cho", "Later news");
        assertThat(notifications(banned)).isEmpty();
    }
}

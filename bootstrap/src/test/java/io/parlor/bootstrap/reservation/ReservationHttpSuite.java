package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.parlor.application.shared.inmemory.InMemoryTimeSource;
import io.parlor.bootstrap.membership.Api;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole server on the embedded default (H2 in a fresh data directory), called over HTTP,
 * with the reservation use cases on a test clock ({@link ReservationTestClock}). Subclasses add
 * properties through {@link #moreProperties()}.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReservationHttpSuite implements TestPropertyProvider {

    static final String SPEC = "ReservationHttpSuite";
    static final String PASSWORD = "violet-harbor-lantern";

    /** A signed-in member. */
    record Account(String id, String token) {
    }

    /**
     * A shop with an owner, one designer working {@code 09:00-18:00} every day and one service of
     * 60 minutes at 45.5; both staff can be booked.
     */
    record Salon(String id, ZoneId zone, Account owner, Account designer, String service) {
    }

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    @Inject
    InMemoryTimeSource clock;

    Api api;

    @Override
    public Map<String, String> getProperties() {
        var properties = new HashMap<String, String>();
        properties.put("spec.name", SPEC);
        properties.put("parlor.data-dir", temporaryDirectory());
        properties.put("parlor.membership.email-verification-required", "false");
        properties.put("parlor.reservation.sweep-interval", "1h");
        properties.putAll(moreProperties());
        return properties;
    }

    protected Map<String, String> moreProperties() {
        return Map.of();
    }

    @BeforeEach
    void client() {
        api = new Api(server.getURI(), json);
    }

    Account member() {
        var email = "r-" + UUID.randomUUID() + "@example.com";
        var signUp = api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Mina Cho"));
        assertThat(signUp.status()).isEqualTo(201);
        var login = api.post("/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return new Account(signUp.text("id"), login.text("accessToken"));
    }

    Salon salon(String zone) {
        var owner = member();
        var designer = member();
        var shop = api.post("/shops", Map.of("name", "Salon Mina", "timeZone", zone), owner.token());
        assertThat(shop.status()).isEqualTo(201);
        var shopId = shop.text("id");
        assertThat(api.post("/shops/" + shopId + "/designers", Map.of("memberId", designer.id()), owner.token())
                .status()).isEqualTo(201);
        var service = api.post("/shops/" + shopId + "/services",
                Map.of("name", "Cut", "durationMinutes", 60, "price", 45.5), owner.token());
        assertThat(service.status()).isEqualTo(201);
        var salon = new Salon(shopId, ZoneId.of(zone), owner, designer, service.text("id"));
        assertThat(setHours(salon, designer.id(), owner, everyDay("09:00", "18:00"), List.of()).status())
                .isEqualTo(200);
        return salon;
    }

    Salon salon() {
        return salon("Europe/Paris");
    }

    Api.Reply setHours(Salon salon, String designerId, Account actor, List<Map<String, String>> weekly,
            List<String> daysOff) {
        return api.send("PUT", "/shops/" + salon.id() + "/designers/" + designerId + "/hours",
                Map.of("weekly", weekly, "daysOff", daysOff), actor.token());
    }

    static List<Map<String, String>> everyDay(String start, String end) {
        return List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY").stream()
                .map(day -> Map.of("dayOfWeek", day, "start", start, "end", end)).toList();
    }

    Api.Reply hold(Account customer, Salon salon, Instant startAt) {
        return hold(customer, salon, salon.designer().id(), startAt);
    }

    Api.Reply hold(Account customer, Salon salon, String designerId, Instant startAt) {
        return api.post("/reservations", Map.of("shopId", salon.id(), "designerId", designerId,
                "serviceIds", List.of(salon.service()), "startAt", startAt.toString()), customer.token());
    }

    Api.Reply act(Account actor, String reservationId, String action) {
        return api.post("/reservations/" + reservationId + "/" + action, null, actor.token());
    }

    /** The shop's local date {@code days} after the test clock's today. */
    LocalDate inDays(Salon salon, int days) {
        return LocalDate.ofInstant(clock.now(), salon.zone()).plusDays(days);
    }

    /** {@code time} on the shop's local date {@code days} after today, as an instant. */
    Instant at(Salon salon, int days, String time) {
        return inDays(salon, days).atTime(LocalTime.parse(time)).atZone(salon.zone()).toInstant();
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Api.Reply reply, String field) {
        return (List<Map<String, Object>>) reply.json().get(field);
    }

    /** The body of a reply that is a JSON array of objects. */
    List<Map<String, Object>> array(Api.Reply reply) {
        try {
            return json.readValue(reply.raw(), Argument.listOf(Argument.mapOf(String.class, Object.class)));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON array: " + reply.raw(), e);
        }
    }

    private static String temporaryDirectory() {
        try {
            return Files.createTempDirectory("parlor-reservation").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

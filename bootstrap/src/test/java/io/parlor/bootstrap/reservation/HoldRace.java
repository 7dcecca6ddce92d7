package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.bootstrap.membership.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * One shop, one designer working 08:00-20:00, one 120-minute service and {@value #CUSTOMERS}
 * signed-in customers, spread over two application instances, ready to race for overlapping
 * starts the day after tomorrow.
 */
record HoldRace(Api[] apis, String shop, String designer, String service, List<String> tokens, LocalDate day) {

    static final int CUSTOMERS = 200;
    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    private static final String PASSWORD = "violet-harbor-lantern";
    /** Four starts, 30 minutes apart, of a 120-minute service: any two of them overlap. */
    private static final List<String> STARTS = List.of("10:00", "10:30", "11:00", "11:30");

    /** What happens while the race runs. */
    @FunctionalInterface
    interface Interruption {
        void run() throws Exception;
    }

    static HoldRace prepare(Api first, Api second) throws Exception {
        var apis = new Api[] {first, second};
        var owner = signUp(apis[0]);
        var designer = signUp(apis[1]);
        var shop = apis[0].post("/shops", Map.of("name", "Salon Duo", "timeZone", ZONE.getId()), owner[1])
                .text("id");
        apis[0].post("/shops/" + shop + "/designers", Map.of("memberId", designer[0]), owner[1]);
        var service = apis[0].post("/shops/" + shop + "/services",
                Map.of("name", "Colour", "durationMinutes", 120, "price", 90), owner[1]).text("id");
        var weekly = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                .stream().map(day -> Map.of("dayOfWeek", day, "start", "08:00", "end", "20:00")).toList();
        var hours = apis[1].send("PUT", "/shops/" + shop + "/designers/" + designer[0] + "/hours",
                Map.of("weekly", weekly, "daysOff", List.of()), designer[1]);
        assertThat(hours.status()).isEqualTo(200);
        var tokens = new ArrayList<String>();
        var pool = Executors.newFixedThreadPool(16);
        try {
            var signedUp = new ArrayList<Future<String>>();
            for (int i = 0; i < CUSTOMERS; i++) {
                var api = apis[i % 2];
                signedUp.add(pool.submit(() -> signUp(api)[1]));
            }
            for (Future<String> token : signedUp) {
                tokens.add(token.get(120, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        return new HoldRace(apis, shop, designer[0], service, List.copyOf(tokens), LocalDate.now(ZONE).plusDays(2));
    }

    /**
     * Sends one hold per customer, all at once, alternating instances and starts; runs
     * {@code midway} once {@code midwayAfter} have been answered, while the rest are in flight.
     *
     * @return the answers, by customer
     */
    List<Api.Reply> run(int midwayAfter, Interruption midway) throws Exception {
        var gate = new CountDownLatch(1);
        var answered = new CountDownLatch(midwayAfter);
        var pool = Executors.newFixedThreadPool(CUSTOMERS);
        try {
            List<Future<Api.Reply>> results = new ArrayList<>();
            for (int i = 0; i < CUSTOMERS; i++) {
                int customer = i;
                results.add(pool.submit(() -> {
                    gate.await();
                    try {
                        return hold(customer % 2, tokens.get(customer), at(STARTS.get(customer % STARTS.size())));
                    } finally {
                        answered.countDown();
                    }
                }));
            }
            gate.countDown();
            assertThat(answered.await(60, TimeUnit.SECONDS)).isTrue();
            midway.run();
            var replies = new ArrayList<Api.Reply>();
            for (Future<Api.Reply> result : results) {
                replies.add(result.get(60, TimeUnit.SECONDS));
            }
            return replies;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A hold of a free time on another day, by the first customer. */
    int holdAnotherDay() {
        return hold(0, tokens.get(0), day.plusDays(1).atTime(LocalTime.parse("10:00")).atZone(ZONE).toInstant())
                .status();
    }

    /** The customer cancels its reservation through the instance it did not hold it on. */
    int cancelOnTheOtherInstance(int customer, String reservation) {
        return apis[(customer + 1) % 2].post("/reservations/" + reservation + "/cancel", Map.of("reason", "moved"),
                tokens.get(customer)).status();
    }

    /** The customer holds the first of the raced starts again. */
    int holdAgain(int customer) {
        return hold(customer % 2, tokens.get(customer), at(STARTS.get(0))).status();
    }

    private Api.Reply hold(int instance, String token, Instant startAt) {
        return apis[instance].post("/reservations", Map.of("shopId", shop, "designerId", designer,
                "serviceIds", List.of(service), "startAt", startAt.toString()), token);
    }

    private Instant at(String time) {
        return day.atTime(LocalTime.parse(time)).atZone(ZONE).toInstant();
    }

    /** {@code [memberId, accessToken]} of a new member. */
    private static String[] signUp(Api api) {
        var email = "duo-" + UUID.randomUUID() + "@example.com";
        var member = api.post("/auth/signup", Map.of("email", email, "password", PASSWORD, "name", "Ari Lee"));
        var login = api.post("/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        return new String[] {member.text("id"), login.text("accessToken")};
    }
}

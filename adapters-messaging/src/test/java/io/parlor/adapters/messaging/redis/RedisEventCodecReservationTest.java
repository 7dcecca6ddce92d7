package io.parlor.adapters.messaging.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.reservation.BookableService;
import io.parlor.domain.reservation.BookingRules;
import io.parlor.domain.reservation.BookingRulesChanged;
import io.parlor.domain.reservation.Party;
import io.parlor.domain.reservation.Price;
import io.parlor.domain.reservation.Reservation;
import io.parlor.domain.reservation.ReservationEvent;
import io.parlor.domain.reservation.ReservationId;
import io.parlor.domain.reservation.ServiceId;
import io.parlor.domain.reservation.ServiceName;
import io.parlor.domain.reservation.Treatment;
import io.parlor.domain.reservation.WorkingHoursChanged;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every kind of reservation event, and the news of changed calendars, crosses instances through the Redis bus unchanged. */
class RedisEventCodecReservationTest {

    private static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");

    private final RedisEventCodec codec = new RedisEventCodec(getClass().getClassLoader());

    @Test
    void everyReservationEventSurvivesTheRoundTrip() {
        var events = new ArrayList<ReservationEvent>();
        var start = NOW.plus(Duration.ofDays(2));
        var served = reservation(start);
        served.confirm(NOW);
        served.reschedule(Party.STAFF, start.plus(Duration.ofHours(1)), NOW, BookingRules.DEFAULT);
        served.complete(Party.STAFF, start.plus(Duration.ofHours(2)));
        events.addAll(served.recordedEvents());
        var absent = reservation(start);
        absent.confirm(NOW);
        absent.markNoShow(Party.STAFF, start);
        var cancelled = reservation(start);
        cancelled.cancel(Party.CUSTOMER, Optional.of("ill"), NOW, BookingRules.DEFAULT);
        var silent = reservation(start);
        silent.cancel(Party.STAFF, Optional.empty(), NOW, BookingRules.DEFAULT);
        var expired = reservation(start);
        expired.expire(NOW.plus(Duration.ofMinutes(5)));
        for (var other : List.of(absent, cancelled, silent, expired)) {
            events.addAll(other.recordedEvents());
        }

        var decoded = events.stream().map(event -> codec.decode(codec.encode(event))).toList();

        assertThat(decoded).containsExactlyElementsOf(events);
        assertThat(events).extracting(event -> event.getClass().getSimpleName()).contains("ReservationHeld",
                "ReservationConfirmed", "ReservationRescheduled", "ReservationCompleted", "ReservationNoShow",
                "ReservationCancelled", "ReservationExpired");
    }

    @Test
    void theNewsOfChangedHoursAndRulesSurvivesTheRoundTrip() {
        var shop = new ShopId(UUID.randomUUID());
        var events = List.of(new WorkingHoursChanged(shop, new MemberId(UUID.randomUUID())), new BookingRulesChanged(shop));

        var decoded = events.stream().map(event -> codec.decode(codec.encode(event))).toList();

        assertThat(decoded).containsExactlyElementsOf(events);
    }

    private static Reservation reservation(Instant start) {
        var shop = new ShopId(UUID.randomUUID());
        var service = BookableService.offer(new ServiceId(UUID.randomUUID()), shop, new ServiceName("Cut"), 60,
                new Price(new BigDecimal("45.5")), 10);
        return Reservation.hold(new ReservationId(UUID.randomUUID()), shop, new MemberId(UUID.randomUUID()),
                new MemberId(UUID.randomUUID()), Treatment.of(shop, List.of(service)), start, Optional.empty(),
                Optional.empty(), NOW, Duration.ofMinutes(5));
    }
}

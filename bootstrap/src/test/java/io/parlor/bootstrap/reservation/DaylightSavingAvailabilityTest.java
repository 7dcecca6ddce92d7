package io.parlor.bootstrap.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.bootstrap.membership.Api;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Availability in {@code America/New_York} on the days its clocks change, answered as instants:
 * on 1 November 2026 the hour from 01:00 happens twice (EDT, then EST), on 14 March 2027 the hour
 * from 02:00 does not happen at all. The test clock stands on 26 October 2026.
 */
class DaylightSavingAvailabilityTest extends ReservationHttpSuite {

    @Test
    void onTheFallBackDayTheRepeatedHourIsOfferedTwice() {
        var salon = salon("America/New_York");
        setHours(salon, salon.designer().id(), salon.owner(),
                List.of(Map.of("dayOfWeek", "SUNDAY", "start", "00:00", "end", "03:00")), List.of());

        var slots = list(availability(salon, "2026-11-01"), "slots");

        assertThat(slots).extracting(slot -> slot.get("startAt")).containsExactly(
                "2026-11-01T04:00:00Z", "2026-11-01T04:30:00Z",
                "2026-11-01T05:00:00Z", "2026-11-01T05:30:00Z",
                "2026-11-01T06:00:00Z", "2026-11-01T06:30:00Z",
                "2026-11-01T07:00:00Z");
        assertThat(slots).extracting(slot -> slot.get("endAt")).contains("2026-11-01T08:00:00Z");
    }

    @Test
    void aHoldAtTheSecondOneOClockBlocksExactlyItsRealHour() {
        var salon = salon("America/New_York");
        setHours(salon, salon.designer().id(), salon.owner(),
                List.of(Map.of("dayOfWeek", "SUNDAY", "start", "00:00", "end", "03:00")), List.of());

        var held = hold(member(), salon, Instant.parse("2026-11-01T06:00:00Z"));
        var slots = list(availability(salon, "2026-11-01"), "slots");

        assertThat(held.status()).isEqualTo(201);
        assertThat(held.json()).containsEntry("endAt", "2026-11-01T07:00:00Z");
        assertThat(slots).extracting(slot -> slot.get("startAt")).containsExactly(
                "2026-11-01T04:00:00Z", "2026-11-01T04:30:00Z", "2026-11-01T05:00:00Z", "2026-11-01T07:00:00Z");
    }

    @Test
    void onTheSpringForwardDayTheMissingHourIsNeverOffered() {
        var salon = salon("America/New_York");
        api.send("PUT", "/shops/" + salon.id() + "/booking-rules",
                Map.of("minimumNoticeMinutes", 30, "horizonDays", 365, "cancellationCutoffMinutes", 1440),
                salon.owner().token());
        setHours(salon, salon.designer().id(), salon.owner(),
                List.of(Map.of("dayOfWeek", "SUNDAY", "start", "01:00", "end", "04:00")), List.of());

        var slots = list(availability(salon, "2027-03-14"), "slots");
        var acrossTheGap = hold(member(), salon, Instant.parse("2027-03-14T06:30:00Z"));

        assertThat(slots).extracting(slot -> slot.get("startAt")).containsExactly(
                "2027-03-14T06:00:00Z", "2027-03-14T06:30:00Z", "2027-03-14T07:00:00Z");
        assertThat(acrossTheGap.status()).isEqualTo(201);
        assertThat(acrossTheGap.json()).containsEntry("endAt", "2027-03-14T07:30:00Z");
    }

    private Api.Reply availability(Salon salon, String date) {
        var reply = api.get("/shops/" + salon.id() + "/availability?designerId=" + salon.designer().id()
                + "&serviceIds=" + salon.service() + "&date=" + date, null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("date", date).containsEntry("timeZone", "America/New_York");
        return reply;
    }
}

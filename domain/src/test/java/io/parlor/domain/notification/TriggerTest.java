package io.parlor.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.domain.shared.InvalidValue;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private static Instant wall(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void nineTheDayBeforeIsNineWallTimeOnBothSidesOfADaylightSavingChange() {
        var dayBefore = new Trigger(TriggerType.BEFORE_RESERVATION, 1, Optional.of(LocalTime.of(9, 0)));

        // Berlin leaves summer time in the night to 2026-10-25: the day before is UTC+2, the day itself UTC+1.
        var afterChange = wall("2026-10-26T14:00", BERLIN);
        var acrossChange = wall("2026-10-25T14:00", BERLIN);

        assertThat(dayBefore.sendAt(afterChange, BERLIN)).isEqualTo(Instant.parse("2026-10-25T08:00:00Z"));
        assertThat(dayBefore.sendAt(acrossChange, BERLIN)).isEqualTo(Instant.parse("2026-10-24T07:00:00Z"));
    }

    @Test
    void withoutATimeOfDayTheReminderTakesTheReservationsOwnWallTime() {
        var weekBefore = new Trigger(TriggerType.BEFORE_RESERVATION, 7, Optional.empty());
        // Berlin enters summer time on 2026-03-29: a week earlier 15:30 is UTC+1, on the day UTC+2.
        var start = wall("2026-04-02T15:30", BERLIN);

        assertThat(weekBefore.sendAt(start, BERLIN)).isEqualTo(wall("2026-03-26T15:30", BERLIN));
        assertThat(weekBefore.sendAt(start, BERLIN)).isEqualTo(Instant.parse("2026-03-26T14:30:00Z"));
    }

    @Test
    void afterAReservationCountsDaysForwardInTheShopsZone() {
        var followUp = new Trigger(TriggerType.AFTER_RESERVATION, 2, Optional.of(LocalTime.of(10, 0)));
        // 23:30 UTC on the 1st is already the 2nd in Seoul.
        var start = Instant.parse("2026-12-01T23:30:00Z");

        assertThat(followUp.sendAt(start, SEOUL)).isEqualTo(wall("2026-12-04T10:00", SEOUL));
    }

    @Test
    void aWallTimeTheChangeSkipsMovesForwardByTheGap() {
        var atTwoThirty = new Trigger(TriggerType.BEFORE_RESERVATION, 0, Optional.of(LocalTime.of(2, 30)));

        assertThat(atTwoThirty.sendAt(wall("2026-03-29T12:00", BERLIN), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
    }

    @Test
    void onlyTimedTriggersTakeAnOffsetOrATime() {
        assertThatThrownBy(() -> new Trigger(TriggerType.ROOM_CREATED, 1, Optional.empty()))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Trigger(TriggerType.MANUAL, 0, Optional.of(LocalTime.NOON)))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new Trigger(TriggerType.BEFORE_RESERVATION, -1, Optional.empty()))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> Trigger.of(TriggerType.MANUAL).sendAt(Instant.EPOCH, SEOUL))
                .isInstanceOf(IllegalStateException.class);
        assertThat(new Trigger(TriggerType.AFTER_RESERVATION, 0, Optional.of(LocalTime.of(9, 15, 42))).at())
                .contains(LocalTime.of(9, 15));
    }
}

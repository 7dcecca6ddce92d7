package io.parlor.application.shared.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TimeSourceContract;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SystemTimeSourceTest extends TimeSourceContract {

    @Override
    protected TimeSource newSubject() {
        return new SystemTimeSource();
    }

    @Test
    void aWallClockStepBackwardsRepeatsTheLastReading() {
        var late = Instant.parse("2026-11-21T09:30:05Z");
        var early = Instant.parse("2026-11-21T09:30:00Z");
        var time = new SystemTimeSource(new SteppingClock(List.of(late, early, late.plusSeconds(1))));

        assertThat(time.now()).isEqualTo(late);
        assertThat(time.now()).isEqualTo(late);
        assertThat(time.now()).isEqualTo(late.plusSeconds(1));
    }
}

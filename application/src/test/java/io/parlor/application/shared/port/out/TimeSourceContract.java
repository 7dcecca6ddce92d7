package io.parlor.application.shared.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link TimeSource} does. */
public abstract class TimeSourceContract {

    protected abstract TimeSource newSubject();

    @Test
    void successiveReadingsNeverGoBackwards() {
        var time = newSubject();
        Instant previous = time.now();

        for (int i = 0; i < 10_000; i++) {
            Instant reading = time.now();
            assertThat(reading).isAfterOrEqualTo(previous);
            previous = reading;
        }
    }

    @Test
    void readsAPlausibleInstant() {
        var time = newSubject();

        Instant now = time.now();

        assertThat(now).isAfter(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(now).isBefore(Instant.parse("3000-01-01T00:00:00Z"));
    }
}

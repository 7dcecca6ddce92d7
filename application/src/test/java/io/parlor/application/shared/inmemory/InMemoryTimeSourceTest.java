package io.parlor.application.shared.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.application.shared.port.out.TimeSourceContract;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryTimeSourceTest extends TimeSourceContract {

    private static final Instant START = Instant.parse("2026-11-21T09:30:00Z");

    @Override
    protected TimeSource newSubject() {
        return new InMemoryTimeSource(START);
    }

    @Test
    void movesOnlyWhenAdvanced() {
        var time = new InMemoryTimeSource(START);

        Instant advanced = time.advance(Duration.ofMinutes(5));

        assertThat(advanced).isEqualTo(START.plusSeconds(300));
        assertThat(time.now()).isEqualTo(advanced);
    }

    @Test
    void refusesToGoBackwards() {
        var time = new InMemoryTimeSource(START);

        assertThatIllegalArgumentException().isThrownBy(() -> time.advance(Duration.ofSeconds(-1)));
        assertThat(time.now()).isEqualTo(START);
    }
}

package io.parlor.application.shared.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.IdGeneratorContract;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SystemIdGeneratorTest extends IdGeneratorContract {

    @Override
    protected IdGenerator newSubject() {
        return new SystemIdGenerator();
    }

    @Test
    void carriesTheCreationMillisecondInTheFirst48Bits() {
        var at = Instant.parse("2026-11-21T09:30:00.123Z");
        var ids = new SystemIdGenerator(new SteppingClock(List.of(at)));

        UUID id = ids.newId();

        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void keepsOrderWhenTheClockStepsBack() {
        var late = Instant.parse("2026-11-21T09:30:05Z");
        var ids = new SystemIdGenerator(new SteppingClock(List.of(late, late.minusSeconds(5))));

        String first = ids.newId().toString();
        String second = ids.newId().toString();

        assertThat(second).isGreaterThan(first);
    }
}

package io.parlor.domain.membership;

import static io.parlor.domain.membership.MemberFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginFailuresTest {

    private final LockoutPolicy policy = new LockoutPolicy(3, Duration.ofMinutes(15));

    @Test
    void locksWhenTheThresholdIsReached() {
        var failures = LoginFailures.NONE.afterFailure(NOW, policy).afterFailure(NOW, policy);

        var third = failures.afterFailure(NOW, policy);

        assertThat(failures.lockedAt(NOW)).isFalse();
        assertThat(third).isEqualTo(new LoginFailures(3, Optional.of(NOW.plus(Duration.ofMinutes(15)))));
        assertThat(third.lockedAt(NOW)).isTrue();
    }

    @Test
    void aFailureDuringTheLockCountsButDoesNotProlongIt() {
        var locked = new LoginFailures(3, Optional.of(NOW.plusSeconds(60)));

        var next = locked.afterFailure(NOW, policy);

        assertThat(next).isEqualTo(new LoginFailures(4, Optional.of(NOW.plusSeconds(60))));
    }

    @Test
    void theLockLiftsWhenItsTimePassesAndTheNextFailureStartsAfresh() {
        var locked = new LoginFailures(3, Optional.of(NOW.plusSeconds(60)));

        var later = NOW.plusSeconds(60);

        assertThat(locked.lockedAt(later)).isFalse();
        assertThat(locked.afterFailure(later, policy)).isEqualTo(new LoginFailures(1, Optional.empty()));
    }
}

package io.parlor.application.shared.port.in;

import java.time.Duration;
import java.util.Optional;

/** Whether one more request under a key fits its quota of {@code limit} per {@code window}, on every instance. */
public interface CheckQuota {

    /**
     * Counts the request.
     *
     * @return empty when it fits; otherwise how long until the window ends
     */
    Optional<Duration> check(String key, int limit, Duration window);
}

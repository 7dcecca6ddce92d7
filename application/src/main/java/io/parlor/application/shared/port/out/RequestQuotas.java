package io.parlor.application.shared.port.out;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Counts requests per key in fixed windows, shared by every instance, so that a limit holds
 * however the requests are spread (a sign-up burst from one address, say). A window is
 * {@code window} long and aligned to the epoch; the count starts afresh in each.
 */
public interface RequestQuotas {

    /**
     * Counts one request for {@code key} in the window that holds {@code now}.
     *
     * @param key   1 to 200 of {@code [A-Za-z0-9._:-]}
     * @param limit how many requests a window takes, at least 1
     * @return empty when this request is within the limit; otherwise how long until the window
     *         ends (at least a millisecond), the request not being counted against the next one
     */
    Optional<Duration> take(String key, int limit, Duration window, Instant now);
}

package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.RetryAfter;
import java.time.Duration;

/** A request came before its cool-down ended; it may be repeated after {@link #retryAfterSeconds()}. */
public final class TooManyRequests extends DomainError implements RetryAfter {

    private final long retryAfterSeconds;

    /** @param retryAfter the rest of the cool-down, rounded up to whole seconds (at least 1) */
    public TooManyRequests(Duration retryAfter) {
        super("too-many-requests", Kind.TOO_MANY_REQUESTS, "too many requests, try again later");
        long seconds = retryAfter.getSeconds() + (retryAfter.getNano() > 0 ? 1 : 0);
        this.retryAfterSeconds = Math.max(1, seconds);
    }

    /** Whole seconds to wait, for a {@code Retry-After} header. */
    @Override
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

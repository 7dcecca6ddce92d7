package io.parlor.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How often and how late a failed delivery is tried again: attempt n (from 1) that fails is
 * followed by one after {@code firstBackoff × 2^(n-1)}, until {@code maxAttempts} have failed.
 */
public record RetryPolicy(int maxAttempts, Duration firstBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1 || firstBackoff.isNegative() || firstBackoff.isZero()) {
            throw new IllegalArgumentException("at least one attempt and a positive backoff");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(5, Duration.ofSeconds(10));
    }

    /** When to try again after {@code failedAttempts} attempts failed, or empty to give up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        long factor = 1L << Math.min(20, Math.max(0, failedAttempts - 1));
        return Optional.of(now.plus(firstBackoff.multipliedBy(factor)));
    }
}

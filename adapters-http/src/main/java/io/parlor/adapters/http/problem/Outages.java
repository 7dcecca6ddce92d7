package io.parlor.adapters.http.problem;

import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.RetryAfter;
import java.util.Optional;

/**
 * Tells a store that cannot be reached from a fault, however deep it is wrapped: a request that
 * failed only because the database or Redis is down is answered 503 with the error's
 * {@code Retry-After}, so that clients retry.
 */
public final class Outages {

    private Outages() {
    }

    /** The error of kind {@code UNAVAILABLE} that {@code failure} is or was caused by, if any. */
    public static Optional<DomainError> outageIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainError error && error.kind() == DomainError.Kind.UNAVAILABLE) {
                return Optional.of(error);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code failure}, or any of its causes, is an error of kind {@code UNAVAILABLE}. */
    public static boolean isOutage(Throwable failure) {
        return outageIn(failure).isPresent();
    }

    /** The seconds to wait that {@code outage} announces, if it does. */
    static Optional<Long> retryAfter(DomainError outage) {
        return outage instanceof RetryAfter retry ? Optional.of(retry.retryAfterSeconds()) : Optional.empty();
    }
}

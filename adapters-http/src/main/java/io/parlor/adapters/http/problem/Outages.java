package io.parlor.adapters.http.problem;

import io.parlor.domain.shared.DomainError;

/**
 * Tells a store that cannot be reached from a fault, however deep it is wrapped: a request that
 * failed only because the database or Redis is down is answered 503 with {@code Retry-After}, so
 * that clients retry.
 */
public final class Outages {

    /** Seconds a client should wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private Outages() {
    }

    /** Whether {@code failure}, or any of its causes, is an error of kind {@code UNAVAILABLE}. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DomainError error && error.kind() == DomainError.Kind.UNAVAILABLE) {
                return true;
            }
        }
        return false;
    }
}

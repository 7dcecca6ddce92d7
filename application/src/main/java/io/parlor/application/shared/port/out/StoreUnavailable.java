package io.parlor.application.shared.port.out;

import io.parlor.domain.shared.DomainError;
import io.parlor.domain.shared.RetryAfter;

/**
 * Thrown by a secondary port whose store or broker cannot be reached right now (it is down, or
 * the connection to it is lost): nothing was done, and the same call may succeed later. Primary
 * adapters answer it as "service unavailable, try again" ({@code unavailable}), never as an
 * internal error; the detail names no store, the cause (for the logs) does.
 */
public final class StoreUnavailable extends DomainError implements RetryAfter {

    /** Seconds a client should wait before trying again. */
    public static final long RETRY_AFTER_SECONDS = 5;

    private final String store;

    public StoreUnavailable(String store, Throwable cause) {
        super("unavailable", Kind.UNAVAILABLE, "The service is unavailable; try again later.", cause);
        this.store = store;
    }

    /** Which store could not be reached, e.g. {@code Redis}. */
    public String store() {
        return store;
    }

    @Override
    public long retryAfterSeconds() {
        return RETRY_AFTER_SECONDS;
    }
}

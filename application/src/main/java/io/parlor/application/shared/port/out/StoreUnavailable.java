package io.parlor.application.shared.port.out;

/**
 * Thrown by a secondary port whose store or broker cannot be reached right now (it is down, or
 * the connection to it is lost): nothing was done, and the same call may succeed later. A primary
 * adapter answers it as "service unavailable, try again", never as an internal error.
 */
public final class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String store, Throwable cause) {
        super(store + " cannot be reached", cause);
    }
}

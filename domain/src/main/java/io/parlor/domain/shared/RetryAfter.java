package io.parlor.domain.shared;

/** An error that ends by itself: the caller may try again after {@link #retryAfterSeconds()}. */
public interface RetryAfter {

    /** Whole seconds until a retry can succeed, at least 1. */
    long retryAfterSeconds();
}

package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.SecretDigest;
import java.time.Instant;
import java.util.Optional;

/**
 * Short-lived, single-use tickets of a social login: the {@code state} of a trip to an identity
 * provider and the login key that the callback hands to the web app. A ticket is known by the
 * digest of its random key only, so that the store never holds a usable key. Like
 * {@link OneTimeCodes}, every decision about expiry compares with the {@code now} given; an
 * adapter may still let its store drop a ticket by itself a little after its expiry (a Redis TTL).
 * Tickets take no part in units of work.
 */
public interface LoginTickets {

    /** What a ticket is for; each kind is a namespace of its own. */
    enum Kind {
        /** The {@code state} of an authorization request; its value names the provider and the shop. */
        OAUTH_STATE,
        /** A one-time login key; its value names the member (and the shop) it logs in. */
        LOGIN_KEY
    }

    /** Stores {@code value} under {@code key} until {@code expiresAt}, replacing a ticket of the same kind and key. */
    void put(Kind kind, SecretDigest key, String value, Instant expiresAt);

    /**
     * Takes the ticket away, atomically: of concurrent calls for one ticket at most one gets its
     * value, and every later call finds nothing.
     *
     * @return the value, if a ticket of this kind and key exists and {@code now} is before its
     *         expiry; empty otherwise (an expired ticket is removed all the same)
     */
    Optional<String> take(Kind kind, SecretDigest key, Instant now);
}

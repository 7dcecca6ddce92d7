package io.parlor.adapters.http.security;

import io.micronaut.security.authentication.Authentication;
import io.parlor.application.membership.port.token.AccessTokenClaim;
import io.parlor.domain.membership.InvalidToken;
import io.parlor.domain.membership.MemberId;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

/** Reads who is asking from the authentication that the access token produced. */
public final class Caller {

    private Caller() {
    }

    /**
     * The member named by the token's {@code sub}.
     *
     * @throws InvalidToken if the subject is not a member id
     */
    public static MemberId memberOf(Authentication authentication) {
        try {
            return new MemberId(UUID.fromString(authentication.getName()));
        } catch (IllegalArgumentException notAnId) {
            throw new InvalidToken();
        }
    }

    /** When the token was issued: to the millisecond when it says so, else its {@code iat}. */
    public static Instant issuedAt(Authentication authentication) {
        if (authentication.getAttributes().get(AccessTokenClaim.ISSUED_AT_MILLIS.key()) instanceof Number millis) {
            return Instant.ofEpochMilli(millis.longValue());
        }
        Object iat = authentication.getAttributes().get("iat");
        if (iat instanceof Date date) {
            return date.toInstant();
        }
        if (iat instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        if (iat instanceof Instant instant) {
            return instant;
        }
        return Instant.EPOCH;
    }

    /** Whether the token may only change the password (it came from a temporary password). */
    public static boolean mustChangePassword(Authentication authentication) {
        return Boolean.TRUE.equals(authentication.getAttributes().get(AccessTokenClaim.PASSWORD_CHANGE_REQUIRED.key()));
    }
}

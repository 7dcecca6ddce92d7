package io.parlor.domain.membership;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What is stored of an opaque refresh token: the digest of its value (never the value), its
 * family, owner and lifetime, and its status.
 */
@ValueObject
public record RefreshToken(SecretDigest digest, TokenFamily family, MemberId member, Instant issuedAt,
        Instant expiresAt, RefreshTokenStatus status) {

    public RefreshToken {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(status, "status");
    }

    /** A new, active token. */
    public static RefreshToken issue(SecretDigest digest, TokenFamily family, MemberId member, Instant now,
            Instant expiresAt) {
        return new RefreshToken(digest, family, member, now, expiresAt, RefreshTokenStatus.ACTIVE);
    }

    /** Whether it has expired at {@code now}. */
    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    /** The same token in another status, as a store records it. */
    public RefreshToken withStatus(RefreshTokenStatus next) {
        return new RefreshToken(digest, family, member, issuedAt, expiresAt, next);
    }
}

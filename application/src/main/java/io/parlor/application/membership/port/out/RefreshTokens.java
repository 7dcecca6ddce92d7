package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.MemberId;
import io.parlor.domain.membership.RefreshToken;
import io.parlor.domain.membership.RefreshTokenStatus;
import io.parlor.domain.membership.SecretDigest;
import io.parlor.domain.membership.TokenFamily;
import java.time.Instant;
import java.util.Optional;

/**
 * The stored refresh tokens, known by the SHA-256 digest of their value only. Expired tokens
 * may be deleted by the adapter at any time after their {@code expiresAt}.
 */
public interface RefreshTokens {

    /** Stores a new token. Its digest is unique (the value carries 256 random bits). */
    void add(RefreshToken token);

    /** The token whose value has this digest. */
    Optional<RefreshToken> findByDigest(SecretDigest digest);

    /**
     * Marks the token {@link RefreshTokenStatus#ROTATED} if, and only if, it is
     * {@link RefreshTokenStatus#ACTIVE}; atomically (a conditional {@code UPDATE}), so that of
     * concurrent calls for one token exactly one returns {@code true}.
     *
     * @return whether this call rotated it
     */
    boolean rotate(SecretDigest digest);

    /** Marks every token of the family {@link RefreshTokenStatus#REVOKED}. Idempotent. */
    void revokeFamily(TokenFamily family);

    /** Marks every token of the member {@link RefreshTokenStatus#REVOKED}. Idempotent. */
    void revokeAllOf(MemberId member);

    /**
     * Deletes up to {@code limit} tokens that expired before {@code before}, whatever their
     * status: an expired token opens nothing, and its family's live tokens expire later.
     *
     * @return how many were deleted
     */
    int purgeExpired(Instant before, int limit);
}

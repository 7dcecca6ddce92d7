package io.parlor.domain.membership;

/** Where a stored refresh token stands. */
public enum RefreshTokenStatus {
    /** May be exchanged once for a new pair of tokens. */
    ACTIVE,
    /** Was exchanged; presenting it again is a reuse that revokes its family. */
    ROTATED,
    /** Was logged out, or its family was revoked. */
    REVOKED
}

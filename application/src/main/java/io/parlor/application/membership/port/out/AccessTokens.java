package io.parlor.application.membership.port.out;

/** Signs access tokens (a JWT in production). */
public interface AccessTokens {

    /**
     * A signed, self-contained token carrying every claim of {@code grant}. The issue time is
     * kept to the millisecond, so that a revocation voids every token issued before it, even
     * within the same second; {@code exp} may be truncated to whole seconds.
     */
    String issue(AccessGrant grant);
}

package io.parlor.application.membership.port.out;

/** Signs access tokens (a JWT in production). */
public interface AccessTokens {

    /**
     * A signed, self-contained token carrying every claim of {@code grant}; {@code iat} and
     * {@code exp} may be truncated to whole seconds.
     */
    String issue(AccessGrant grant);
}

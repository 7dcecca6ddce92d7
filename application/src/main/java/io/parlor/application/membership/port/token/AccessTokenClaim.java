package io.parlor.application.membership.port.token;

/**
 * The claims of an access token beyond the registered ones ({@code sub}, {@code iat}, {@code exp}).
 * The adapter that issues tokens and the one that checks them meet here, at the port, so that
 * neither depends on the other.
 */
public enum AccessTokenClaim {

    /** Set when the bearer must change the password before anything else. */
    PASSWORD_CHANGE_REQUIRED("pwd_change"),

    /** The issue time in epoch milliseconds; {@code iat} has whole seconds only. */
    ISSUED_AT_MILLIS("iat_ms");

    private final String key;

    AccessTokenClaim(String key) {
        this.key = key;
    }

    /** The claim's name in the token. */
    public String key() {
        return key;
    }
}

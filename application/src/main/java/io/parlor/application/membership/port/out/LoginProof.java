package io.parlor.application.membership.port.out;

import java.util.Objects;

/**
 * The secrets that bind one authorization request to its code exchange: a PKCE
 * {@code code_verifier} (RFC 7636), so that a stolen code is useless without it, and an OpenID
 * Connect {@code nonce}, so that an ID token minted for another login is refused.
 */
public record LoginProof(String codeVerifier, String nonce) {

    public LoginProof {
        if (codeVerifier == null || !codeVerifier.matches("[A-Za-z0-9._~-]{43,128}")) {
            throw new IllegalArgumentException("a code verifier is 43 to 128 unreserved characters");
        }
        if (nonce == null || !nonce.matches("[A-Za-z0-9_-]{16,128}")) {
            throw new IllegalArgumentException("a nonce is 16 to 128 URL-safe characters");
        }
    }
}

package io.parlor.application.membership.port.out;

import java.net.URI;

/**
 * One OAuth 2.0 / OpenID Connect provider, used with the authorization-code flow. Where the
 * provider sends the browser back to (the redirect URI) is fixed by configuration and never taken
 * from a request.
 */
public interface IdentityProvider {

    /**
     * Where to send the browser to log in: the provider's authorization endpoint with this
     * client's id, the configured redirect URI and scopes, {@code state}, which the provider
     * hands back unchanged, the PKCE challenge of {@code proof}'s verifier and, for OpenID
     * Connect, its nonce.
     */
    URI authorizationUri(String state, LoginProof proof);

    /**
     * Exchanges an authorization code the provider handed back for the identity of the person who
     * logged in (code exchange at the token endpoint, then the user-info endpoint). Blocks for at
     * most the configured timeouts.
     *
     * @param proof the proof of the authorization request the code answers: its verifier goes
     *              with the code, and an OpenID Connect ID token must carry its nonce
     * @throws io.parlor.domain.membership.ProviderFailed if the provider refuses the code, cannot
     *         be reached in time, answers without a usable subject, or with an ID token of
     *         another nonce or another client
     */
    ExternalIdentity identify(String authorizationCode, LoginProof proof);
}

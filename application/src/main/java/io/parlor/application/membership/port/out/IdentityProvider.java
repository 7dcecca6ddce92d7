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
     * client's id, the configured redirect URI and scopes, and {@code state}, which the provider
     * hands back unchanged.
     */
    URI authorizationUri(String state);

    /**
     * Exchanges an authorization code the provider handed back for the identity of the person who
     * logged in (code exchange at the token endpoint, then the user-info endpoint). Blocks for at
     * most the configured timeouts.
     *
     * @throws io.parlor.domain.membership.ProviderFailed if the provider refuses the code, cannot
     *         be reached in time, or answers without a usable subject
     */
    ExternalIdentity identify(String authorizationCode);
}

package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/**
 * The identity provider refused the authorization code, could not be reached in time, or answered
 * something unusable. The detail never repeats what the provider said.
 */
public final class ProviderFailed extends DomainError {

    public ProviderFailed() {
        super("provider-failed", Kind.UPSTREAM_FAILED, "the identity provider did not confirm the login");
    }
}

package io.parlor.domain.membership;

import io.parlor.domain.shared.DomainError;

/** No identity provider of this name is configured. */
public final class ProviderNotFound extends DomainError {

    public ProviderNotFound() {
        super("provider-not-found", Kind.NOT_FOUND, "no such identity provider");
    }
}

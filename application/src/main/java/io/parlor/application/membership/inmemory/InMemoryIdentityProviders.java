package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.application.membership.port.out.IdentityProviders;
import java.util.Map;
import java.util.Optional;

/** Identity providers handed over by name, for tests and for library users who bring their own clients. */
public final class InMemoryIdentityProviders implements IdentityProviders {

    private final Map<String, IdentityProvider> byName;

    /** @param byName the providers under their names, copied */
    public InMemoryIdentityProviders(Map<String, IdentityProvider> byName) {
        this.byName = Map.copyOf(byName);
    }

    @Override
    public Optional<IdentityProvider> named(String provider) {
        return Optional.ofNullable(provider).map(byName::get);
    }
}

package io.parlor.application.membership.port.out;

import java.util.Optional;

/** The external identity providers members may log in with, by the names configured for them. */
public interface IdentityProviders {

    /** The provider configured as {@code provider} (such as {@code kakao}); empty for any other name. */
    Optional<IdentityProvider> named(String provider);
}

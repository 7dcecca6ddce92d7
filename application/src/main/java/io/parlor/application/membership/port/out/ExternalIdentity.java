package io.parlor.application.membership.port.out;

import io.parlor.domain.membership.Email;
import io.parlor.domain.membership.MemberName;
import io.parlor.domain.membership.SocialIdentity;
import java.util.Objects;
import java.util.Optional;

/**
 * Who logged in at a provider, as the provider says.
 *
 * @param provider      the configured name of the provider
 * @param subject       the provider's stable id of the person
 * @param email         the address the provider has on file, if it shared one
 * @param emailVerified whether the provider says it verified that address
 * @param name          a display name, if the provider shared one
 */
public record ExternalIdentity(String provider, String subject, Optional<Email> email, boolean emailVerified,
        Optional<MemberName> name) {

    /** @throws io.parlor.domain.shared.InvalidValue if provider or subject are not shaped as {@link SocialIdentity} needs */
    public ExternalIdentity {
        new SocialIdentity(provider, subject);
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
    }

    /** The provider and subject, which name the person whatever its address. */
    public SocialIdentity identity() {
        return new SocialIdentity(provider, subject);
    }

    /** The address, only if the provider verified it. */
    public Optional<Email> verifiedEmail() {
        return emailVerified ? email : Optional.empty();
    }
}

package io.parlor.domain.membership;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A password hash in the self-describing text form of the hasher that made it (such as a
 * PHC string {@code $argon2id$...}); opaque to the domain.
 */
@ValueObject
public record PasswordHash(String encoded) {

    public PasswordHash {
        if (encoded == null || encoded.isBlank()) {
            throw new IllegalArgumentException("a password hash is required");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[***]";
    }
}

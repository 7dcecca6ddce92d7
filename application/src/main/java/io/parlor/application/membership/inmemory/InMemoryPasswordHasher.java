package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;
import io.parlor.domain.membership.SecretDigest;
import java.util.UUID;

/**
 * A fast, salted SHA-256 for tests only: a stolen hash falls to a dictionary within seconds.
 * Production wires a slow hasher (argon2id or bcrypt). Format: {@code insecure$<salt>$<sha256>}.
 */
public final class InMemoryPasswordHasher implements PasswordHasher {

    private static final String PREFIX = "insecure$";

    @Override
    public PasswordHash hash(Password password) {
        String salt = UUID.randomUUID().toString();
        return new PasswordHash(PREFIX + salt + "$" + SecretDigest.of(salt + password.value()).hex());
    }

    @Override
    public boolean matches(Password presented, PasswordHash hash) {
        String[] parts = hash.encoded().split("\\$");
        if (!hash.encoded().startsWith(PREFIX) || parts.length != 3) {
            return false;
        }
        return SecretDigest.of(parts[1] + presented.value()).matches(new SecretDigest(parts[2]));
    }
}

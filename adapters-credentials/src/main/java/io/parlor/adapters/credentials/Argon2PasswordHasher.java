package io.parlor.adapters.credentials;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;
import jakarta.inject.Singleton;

/**
 * Argon2id in PHC string form ({@code $argon2id$v=19$m=...}). The parameters are the OWASP
 * minimum (19 MiB, 2 passes, 1 lane); a stored hash keeps its own, so they can be raised later.
 */
@Singleton
public final class Argon2PasswordHasher implements PasswordHasher {

    private static final String PREFIX = "$argon2id$";
    private static final int SALT_BYTES = 16;

    private final Argon2Function argon2 = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(com.password4j.Password.hash(password.value())
                .addRandomSalt(SALT_BYTES)
                .with(argon2)
                .getResult());
    }

    @Override
    public boolean matches(Password presented, PasswordHash hash) {
        String encoded = hash.encoded();
        if (!encoded.startsWith(PREFIX)) {
            return false;
        }
        try {
            return Argon2Function.getInstanceFromHash(encoded).check(presented.value(), encoded);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}

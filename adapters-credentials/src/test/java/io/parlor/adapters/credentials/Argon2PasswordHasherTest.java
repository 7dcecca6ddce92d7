package io.parlor.adapters.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.PasswordHasherContract;
import io.parlor.domain.membership.Password;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest extends PasswordHasherContract {

    @Override
    protected PasswordHasher newSubject() {
        return new Argon2PasswordHasher();
    }

    @Test
    void writesArgon2idWithTheOwaspMinimumParameters() {
        var hash = new Argon2PasswordHasher().hash(new Password("correct horse battery"));

        assertThat(hash.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    @Test
    void aTamperedHashMatchesNothing() {
        var hasher = new Argon2PasswordHasher();
        var hash = hasher.hash(new Password("correct horse battery")).encoded();

        boolean matched = hasher.matches(new Password("correct horse battery"),
                new io.parlor.domain.membership.PasswordHash(hash.substring(0, hash.length() - 4) + "AAAA"));

        assertThat(matched).isFalse();
    }
}

package io.parlor.application.membership.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;
import org.junit.jupiter.api.Test;

/** What every {@link PasswordHasher} does. */
public abstract class PasswordHasherContract {

    protected abstract PasswordHasher newSubject();

    @Test
    void matchesTheHashedPasswordOnly() {
        var hasher = newSubject();

        var hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hasher.matches(new Password("correct horse battery"), hash)).isTrue();
        assertThat(hasher.matches(new Password("correct horse battery "), hash)).isFalse();
        assertThat(hash.encoded()).doesNotContain("correct horse battery");
    }

    @Test
    void saltsEveryHash() {
        var hasher = newSubject();

        var first = hasher.hash(new Password("correct horse battery"));
        var second = hasher.hash(new Password("correct horse battery"));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aForeignHashMatchesNothing() {
        var hasher = newSubject();

        boolean matched = hasher.matches(new Password("anything at all"), new PasswordHash("$unknown$format"));

        assertThat(matched).isFalse();
    }
}

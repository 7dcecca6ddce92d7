package io.parlor.adapters.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parlor.application.membership.port.out.PasswordHasher;
import io.parlor.application.membership.port.out.PasswordHasherContract;
import io.parlor.domain.membership.Password;
import io.parlor.domain.membership.PasswordHash;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
                new PasswordHash(hash.substring(0, hash.length() - 4) + "AAAA"));

        assertThat(matched).isFalse();
    }

    /** Hashes written by the hashing library used before (password4j 1.8.4), as rows hold them. */
    @Test
    void hashesStoredBeforeStillMatchWithTheirOwnParameters() {
        var hasher = new Argon2PasswordHasher();
        var owaspMinimum = new PasswordHash(
                "$argon2id$v=19$m=19456,t=2,p=1$ZJX2pXz3ZGXca+Y2SArKuA$Z70q7vKA07GTwVGY2BT2+itYL+AtKqWz4fRpufOg7ws");
        var otherParameters = new PasswordHash(
                "$argon2id$v=19$m=8192,t=3,p=1$dneqrjaYKYPNrQDV8DxCgw$9Vg7VZOGHL9NREf2DA6Mk7QaYal1s4ajsZsWNQxq+8w");

        assertThat(hasher.matches(new Password("correct horse battery"), owaspMinimum)).isTrue();
        assertThat(hasher.matches(new Password("correct horse batteries"), owaspMinimum)).isFalse();
        assertThat(hasher.matches(new Password("another pass phrase"), otherParameters)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "$argon2i$v=19$m=19456,t=2,p=1$ZJX2pXz3ZGXca+Y2SArKuA$Z70q7vKA07GTwVGY2BT2+itYL+AtKqWz4fRpufOg7ws",
            "$argon2id$v=16$m=19456,t=2,p=1$ZJX2pXz3ZGXca+Y2SArKuA$Z70q7vKA07GTwVGY2BT2+itYL+AtKqWz4fRpufOg7ws",
            "$argon2id$v=19$m=99999999,t=2,p=1$ZJX2pXz3ZGXca+Y2SArKuA$Z70q7vKA07GTwVGY2BT2+itYL+AtKqWz4fRpufOg7ws",
            "$argon2id$v=19$m=19456,t=0,p=1$ZJX2pXz3ZGXca+Y2SArKuA$Z70q7vKA07GTwVGY2BT2+itYL+AtKqWz4fRpufOg7ws",
            "$argon2id$v=19$m=19456,t=2,p=1$ZJX2pXz3ZGXca+Y2SArKuA$Z70q7vKA07GTwVGY2BT2+itYL+AtKqWz4fRpuf=g7ws",
            "$argon2id$v=19$m=19456,t=2,p=1$ZJX2pXz3ZGXca+Y2SArKuA",
            "$2a$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy"})
    void aMalformedOrForeignHashMatchesNothing(String stored) {
        assertThat(new Argon2PasswordHasher().matches(new Password("correct horse battery"), new PasswordHash(stored)))
                .isFalse();
    }

    @Test
    void howManyHashesRunAtOnceIsConfiguredOrHalfTheCores() {
        try (var configured = ApplicationContext.run(Map.of("parlor.credentials.hashing-concurrency", "3"));
             var unset = ApplicationContext.run()) {
            var hasher = (Argon2PasswordHasher) configured.getBean(PasswordHasher.class);
            var hash = hasher.hash(new Password("correct horse battery"));

            assertThat(hasher.concurrency()).isEqualTo(3);
            assertThat(hasher.matches(new Password("correct horse battery"), hash)).isTrue();
            assertThat(((Argon2PasswordHasher) unset.getBean(PasswordHasher.class)).concurrency())
                    .isEqualTo(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));
        }
    }

    @Test
    void atLeastOneHashMustBeAbleToRun() {
        assertThatThrownBy(() -> new Argon2PasswordHasher(0)).isInstanceOf(IllegalArgumentException.class);
    }
}

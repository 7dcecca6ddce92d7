package io.parlor.adapters.http;

import io.micronaut.test.support.TestPropertyProvider;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** Gives each test context a fresh signing secret, so none is ever committed. */
public interface RandomJwtSecret extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return Map.of("micronaut.security.token.jwt.signatures.secret.generator.secret",
                Base64.getEncoder().encodeToString(secret));
    }
}

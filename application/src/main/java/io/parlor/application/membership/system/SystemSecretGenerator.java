package io.parlor.application.membership.system;

import io.parlor.application.membership.port.out.SecretGenerator;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets from the platform's {@link SecureRandom}. */
public final class SystemSecretGenerator implements SecretGenerator {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String digits(int count) {
        var digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    @Override
    public String urlSafe(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}

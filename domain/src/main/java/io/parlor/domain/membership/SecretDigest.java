package io.parlor.domain.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * The SHA-256 of a secret that must not be stored as such (a refresh token, an emailed code,
 * a withdrawn member's address), as 64 lower-case hex digits. Fit for high-entropy or
 * short-lived secrets only; passwords go through a slow hasher instead.
 */
@ValueObject
public record SecretDigest(String hex) {

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    public SecretDigest {
        if (hex == null || !HEX.matcher(hex).matches()) {
            throw new IllegalArgumentException("a SHA-256 digest is 64 lower-case hex digits");
        }
    }

    /** The digest of {@code secret} encoded as UTF-8. */
    public static SecretDigest of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new SecretDigest(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /** Compares in constant time, so that timing reveals nothing about a stored digest. */
    public boolean matches(SecretDigest other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII),
                other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}

package io.parlor.application.membership.port.out;

/** Unpredictable secrets from a cryptographically strong source ({@code SecureRandom}). */
public interface SecretGenerator {

    /** {@code count} uniformly drawn decimal digits, e.g. a one-time code. */
    String digits(int count);

    /** {@code bytes} random bytes in unpadded base64url ({@code A-Z a-z 0-9 - _}). */
    String urlSafe(int bytes);
}

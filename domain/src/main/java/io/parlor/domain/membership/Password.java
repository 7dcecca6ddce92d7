package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.util.Locale;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A password in clear, as presented by its owner. It never prints its value. A presented
 * password is only bounded in length (so hashing stays cheap); a password being <em>chosen</em>
 * goes through {@link #chosen(String)}, which applies the policy.
 */
@ValueObject
public record Password(String value) {

    /** The longest password accepted when choosing one. */
    public static final int MAX_LENGTH = 128;
    /** The shortest password accepted when choosing one. */
    public static final int MIN_LENGTH = 8;
    private static final int MAX_PRESENTED_LENGTH = 1024;

    /** @throws InvalidValue (field {@code password}) when empty or absurdly long */
    public Password {
        if (value == null || value.isEmpty()) {
            throw new InvalidValue("password", "a password is required");
        }
        if (value.length() > MAX_PRESENTED_LENGTH) {
            throw new InvalidValue("password", "is too long");
        }
    }

    /**
     * A new password that meets the policy: {@value #MIN_LENGTH} to {@value #MAX_LENGTH}
     * characters (Unicode code points), no composition rules, not one of the most common
     * passwords.
     *
     * @throws WeakPassword when the policy refuses it
     */
    public static Password chosen(String value) {
        if (value == null) {
            throw new WeakPassword("a password is required");
        }
        int length = value.codePointCount(0, value.length());
        if (length < MIN_LENGTH) {
            throw new WeakPassword("must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            throw new WeakPassword("must have at most " + MAX_LENGTH + " characters");
        }
        if (CommonPasswords.contains(value.toLowerCase(Locale.ROOT))) {
            throw new WeakPassword("is one of the most common passwords");
        }
        return new Password(value);
    }

    @Override
    public String toString() {
        return "Password[***]";
    }
}

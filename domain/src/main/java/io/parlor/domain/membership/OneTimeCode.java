package io.parlor.domain.membership;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A mailed one-time code: six digits. Only its {@link #digest(CodePurpose, Email)} is stored;
 * the digest binds purpose and address so that a code for one cannot serve another.
 */
@ValueObject
public record OneTimeCode(String digits) {

    public OneTimeCode {
        Objects.requireNonNull(digits, "digits");
    }

    /** Whether the text is shaped like a code at all (six ASCII digits). */
    public boolean wellFormed() {
        return digits.matches("[0-9]{6}");
    }

    /** What is stored of this code for {@code purpose} and {@code email}. */
    public SecretDigest digest(CodePurpose purpose, Email email) {
        return SecretDigest.of("code:" + purpose + ":" + email.value() + ":" + digits);
    }

    @Override
    public String toString() {
        return "OneTimeCode[***]";
    }
}

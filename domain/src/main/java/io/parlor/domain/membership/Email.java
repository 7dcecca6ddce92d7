package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * An email address, normalised: surrounding blanks removed and lower-cased, so that one
 * mailbox is always one account.
 */
@ValueObject
public record Email(String value) {

    private static final Pattern SHAPE = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int MAX_LENGTH = 254;

    /** @throws InvalidValue (field {@code email}) when the text is not shaped like an address */
    public Email {
        if (value == null) {
            throw new InvalidValue("email", "an email address is required");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValue("email", "is not an email address");
        }
    }

    /** The address a withdrawn member keeps instead of its real one; it can receive nothing. */
    public static Email tombstoneFor(MemberId member) {
        return new Email("withdrawn-" + member.value() + "@withdrawn.invalid");
    }

    /**
     * The address of a member who joined through an identity provider that vouched for no
     * address; like a tombstone it can receive nothing and names no person.
     */
    public static Email placeholderFor(MemberId member) {
        return new Email("member-" + member.value() + "@no-email.invalid");
    }

    /** A one-way digest of the address, kept after withdrawal to recognise the address. */
    public SecretDigest digest() {
        return SecretDigest.of("email:" + value);
    }

    @Override
    public String toString() {
        return value;
    }
}

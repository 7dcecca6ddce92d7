package io.parlor.domain.membership;

import io.parlor.domain.shared.InvalidValue;
import java.util.regex.Pattern;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Who a person is at an external identity provider: the provider's configured name (such as
 * {@code kakao}) and the stable, provider-assigned {@code subject} (the OIDC {@code sub}, Kakao's
 * user id). Addresses and names change at the provider; this pair does not.
 */
@ValueObject
public record SocialIdentity(String provider, String subject) {

    private static final Pattern PROVIDER = Pattern.compile("[a-z0-9][a-z0-9-]{0,31}");
    private static final int MAX_SUBJECT_LENGTH = 255;

    /**
     * @throws InvalidValue (field {@code provider}) unless 1 to 32 of {@code a-z 0-9 -}, starting
     *                      with a letter or digit; (field {@code subject}) when blank, longer than
     *                      255 characters or holding control characters
     */
    public SocialIdentity {
        if (provider == null || !PROVIDER.matcher(provider).matches()) {
            throw new InvalidValue("provider", "is not a provider name");
        }
        if (subject == null || subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH
                || subject.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidValue("subject", "is not a provider subject");
        }
    }

    /** Whether {@code name} could name a provider. */
    public static boolean isProviderName(String name) {
        return name != null && PROVIDER.matcher(name).matches();
    }
}

package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.MemberId;
import java.util.Objects;

/**
 * Finishes a login at an external identity provider when the browser comes back with an
 * authorization code, and hands out a one-time login key (valid for 60 seconds) that
 * {@link ExchangeLoginKey} turns into tokens.
 *
 * <p>The member is the one the provider identity is linked to. An identity seen for the first time
 * is linked to the member holding the provider's address only if the provider verified that
 * address and the member verified it too; if the address belongs to a member on other terms,
 * nothing is linked or created. Otherwise a new customer joins, with the provider's address only
 * if the provider verified it. Whether the member may log in is decided when the key is exchanged.
 */
public interface CompleteSocialLogin {

    /**
     * @throws io.parlor.domain.membership.ProviderNotFound if no provider has this name
     * @throws io.parlor.domain.membership.InvalidState unless {@code state} was handed out for this
     *         provider, is unexpired and unused; nothing else happens then
     * @throws io.parlor.domain.membership.ProviderFailed if the provider does not confirm the code
     * @throws io.parlor.domain.membership.EmailTaken if the identity is new and its address belongs
     *         to a member it may not be linked to
     */
    Result complete(Command command);

    record Command(String provider, String authorizationCode, String state) {
        public Command {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(authorizationCode, "authorizationCode");
            Objects.requireNonNull(state, "state");
        }
    }

    /** @param loginKey 256 random bits in base64url, for {@link ExchangeLoginKey} */
    record Result(String loginKey, MemberId member) {
        public Result {
            Objects.requireNonNull(loginKey, "loginKey");
            Objects.requireNonNull(member, "member");
        }
    }
}

package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.ShopCode;
import io.parlor.domain.shared.ShopNotFound;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a login at an external identity provider: remembers a fresh, random {@code state} for
 * ten minutes (with the shop whose link the login came through) and says where to send the
 * browser. The state is also returned, so that the caller can bind it to the browser (a cookie)
 * and refuse a callback that another browser started.
 */
public interface StartSocialLogin {

    /**
     * @throws io.parlor.domain.membership.ProviderNotFound if no provider has this name
     * @throws io.parlor.domain.shared.ShopNotFound for an unknown shop code
     */
    Result start(Command command);

    record Command(String provider, Optional<ShopCode> shopCode) {
        public Command {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(shopCode, "shopCode");
        }
    }

    /** @param authorizationUri the provider's authorization endpoint, carrying {@code state} */
    record Result(URI authorizationUri, String state) {
        public Result {
            Objects.requireNonNull(authorizationUri, "authorizationUri");
            Objects.requireNonNull(state, "state");
        }
    }
}

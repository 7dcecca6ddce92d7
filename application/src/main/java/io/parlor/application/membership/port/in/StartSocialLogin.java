package io.parlor.application.membership.port.in;

import io.parlor.domain.membership.ShopCode;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Starts a login at an external identity provider: remembers a fresh, random {@code state} for
 * ten minutes (with the shop whose link the login came through) and says where to send the
 * browser.
 */
public interface StartSocialLogin {

    /**
     * @return the provider's authorization URI, carrying the new {@code state}
     * @throws io.parlor.domain.membership.ProviderNotFound if no provider has this name
     * @throws io.parlor.domain.membership.ShopNotFound for an unknown shop code
     */
    URI start(Command command);

    record Command(String provider, Optional<ShopCode> shopCode) {
        public Command {
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(shopCode, "shopCode");
        }
    }
}

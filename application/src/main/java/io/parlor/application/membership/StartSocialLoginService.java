package io.parlor.application.membership;

import io.parlor.application.membership.port.in.StartSocialLogin;
import io.parlor.application.membership.port.out.IdentityProvider;
import io.parlor.application.membership.port.out.IdentityProviders;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.port.out.TimeSource;
import io.parlor.domain.membership.ProviderNotFound;
import io.parlor.domain.membership.Shop;
import io.parlor.domain.membership.ShopId;
import io.parlor.domain.shared.ShopNotFound;
import java.util.Optional;

final class StartSocialLoginService implements StartSocialLogin {

    private final IdentityProviders providers;
    private final Shops shops;
    private final SocialLoginTickets tickets;
    private final TimeSource time;

    StartSocialLoginService(IdentityProviders providers, Shops shops, SocialLoginTickets tickets, TimeSource time) {
        this.providers = providers;
        this.shops = shops;
        this.tickets = tickets;
        this.time = time;
    }

    @Override
    public Result start(Command command) {
        IdentityProvider provider = providers.named(command.provider()).orElseThrow(ProviderNotFound::new);
        Optional<ShopId> shop = command.shopCode()
                .map(code -> shops.findByCode(code).map(Shop::id).orElseThrow(ShopNotFound::new));
        var proof = tickets.newProof();
        String state = tickets.putState(new SocialLoginTickets.State(command.provider(), proof, shop), time.now());
        return new Result(provider.authorizationUri(state, proof), state);
    }
}

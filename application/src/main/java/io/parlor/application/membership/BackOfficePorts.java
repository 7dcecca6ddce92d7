package io.parlor.application.membership;

import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.OnPlatform;
import io.parlor.application.shared.Platform;
import java.util.Objects;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/**
 * The secondary ports of a shop's back office (customers and groups), to be handed to
 * {@link BackOfficeUseCases#wire}. The stores must take part in the units of work of the platform.
 */
@SecondaryPort
public record BackOfficePorts(Platform platform, Shops shops, ShopCustomers customers, CustomerGroups groups)
        implements OnPlatform {

    public BackOfficePorts {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(shops, "shops");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(groups, "groups");
    }
}

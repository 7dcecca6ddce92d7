package io.parlor.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.parlor.application.membership.BackOfficePorts;
import io.parlor.application.membership.BackOfficeUseCases;
import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.Platform;
import jakarta.inject.Singleton;

/** Builds the back office over customers and groups from the JDBC stores. */
@Factory
class BackOfficeFactory {

    @Singleton
    BackOfficePorts backOfficePorts(Platform platform, Shops shops, ShopCustomers customers, CustomerGroups groups) {
        return new BackOfficePorts(platform, shops, customers, groups);
    }

    @Singleton
    BackOfficeUseCases backOfficeUseCases(BackOfficePorts ports) {
        return BackOfficeUseCases.wire(ports);
    }
}

package io.parlor.bootstrap;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.parlor.application.membership.BackOfficeUseCases;
import io.parlor.application.membership.port.in.BrowseCustomers;
import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.membership.port.in.ManageGroups;

/** Offers each back-office use case as a bean of its primary-port type. */
@Factory
class BackOfficeUseCaseBeans {

    @Bean final BrowseCustomers browseCustomers;
    @Bean final ManageGroups manageGroups;
    @Bean final CustomerAudience customerAudience;

    BackOfficeUseCaseBeans(BackOfficeUseCases useCases) {
        browseCustomers = useCases.browseCustomers();
        manageGroups = useCases.manageGroups();
        customerAudience = useCases.customerAudience();
    }
}

package io.parlor.application.membership;

import io.parlor.application.membership.port.in.BrowseCustomers;
import io.parlor.application.membership.port.in.CustomerAudience;
import io.parlor.application.membership.port.in.ManageGroups;

/** The back-office use cases over customers and groups, e.g. {@code BackOfficeUseCases.wire(ports).browseCustomers()}. */
public record BackOfficeUseCases(BrowseCustomers browseCustomers, ManageGroups manageGroups,
        CustomerAudience customerAudience) {

    public static BackOfficeUseCases wire(BackOfficePorts ports) {
        var staff = new ShopStaff(ports.shops());
        var groups = new GroupBook(ports.groups(), ports.customers());
        return new BackOfficeUseCases(
                new BrowseCustomersService(ports.customers(), staff, groups, ports.transactions()),
                new ManageGroupsService(ports.groups(), ports.customers(), staff, groups, ports.transactions(),
                        ports.ids()),
                new CustomerAudienceService(ports.shops(), ports.customers(), groups, ports.transactions()));
    }
}

package io.parlor.application.membership;

import io.parlor.application.membership.port.out.CustomerGroups;
import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.Shops;
import io.parlor.application.shared.port.out.IdGenerator;
import io.parlor.application.shared.port.out.TransactionRunner;
import java.util.Objects;

/**
 * The secondary ports of a shop's back office (customers and groups), to be handed to
 * {@link BackOfficeUseCases#wire}. The stores must take part in the units of work of {@code transactions}.
 */
public record BackOfficePorts(Shops shops, ShopCustomers customers, CustomerGroups groups,
        TransactionRunner transactions, IdGenerator ids) {

    public BackOfficePorts {
        Objects.requireNonNull(shops, "shops");
        Objects.requireNonNull(customers, "customers");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(transactions, "transactions");
        Objects.requireNonNull(ids, "ids");
    }
}

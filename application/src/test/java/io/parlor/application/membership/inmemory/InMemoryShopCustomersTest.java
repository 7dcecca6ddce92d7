package io.parlor.application.membership.inmemory;

import io.parlor.application.membership.port.out.ShopCustomers;
import io.parlor.application.membership.port.out.ShopCustomersContract;
import io.parlor.application.shared.inmemory.InMemoryTransactionRunner;

class InMemoryShopCustomersTest extends ShopCustomersContract {

    @Override
    protected ShopCustomers newSubject() {
        return new InMemoryShopCustomers(new InMemoryTransactionRunner());
    }
}
